// This computer's replica of the group while the workspace is unlocked: built from the envelopes
// the database holds, kept in step with the shared folder by passes (on a timer and on demand),
// and what the last pass found. One per unlocked session; locking drops it with the session.
import type { Sodium } from '../../crypto/sodium.js';
import type { UnlockedWorkspace } from '../workspace.js';
import { groupRoot } from './folder.js';
import { FolderSync, type SyncReport } from './folderSync.js';
import { GroupReplica } from './replica.js';
import { databaseSink, readGroupLink, readStoredChanges, type StoredGroupLink } from './store.js';

export class GroupRuntime {
  readonly replica: GroupReplica;
  private folderSync: FolderSync | null = null;
  folder: string | null = null;
  lastReport: SyncReport | null = null;
  lastPassAt: string | null = null;
  /** null until a pass has been tried since unlocking (or since the folder changed). */
  reachable: boolean | null = null;

  constructor(
    private readonly s: Sodium,
    unlocked: UnlockedWorkspace,
    readonly link: StoredGroupLink,
  ) {
    const { db } = unlocked.ws;
    this.replica = new GroupReplica(s, unlocked.identity, link, databaseSink(db, () => new Date().toISOString()));
    this.replica.receive(readStoredChanges(db).map((file) => ({ file, verified: true })), false);
    this.useFolder(link.sharedFolder);
  }

  useFolder(folder: string | null): void {
    this.folder = folder;
    this.folderSync = folder ? new FolderSync(this.s, this.replica, groupRoot(this.s, folder, this.link.groupId)) : null;
    this.lastReport = null;
    this.reachable = null;
  }

  /** One pass against the folder. Never throws for a folder that is away: it says so in `reachable`. */
  pass(now = new Date()): SyncReport | null {
    if (!this.folderSync) return null;
    this.lastPassAt = now.toISOString();
    try {
      this.lastReport = this.folderSync.sync();
      this.reachable = true;
    } catch (error) {
      if (!isFolderError(error)) throw error;
      this.reachable = false;
    }
    return this.lastReport;
  }
}

/** A folder unplugged, unmounted, turned read-only or full: the replica keeps its changes and tries again later. */
const isFolderError = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EIO', 'EBUSY', 'ENOTCONN', 'ESTALE', 'EHOSTDOWN'].includes(code);
};

const runtimes = new WeakMap<UnlockedWorkspace, GroupRuntime>();

/** The session's replica, opened on first use; null on a computer not linked to a group. */
export function groupRuntime(s: Sodium, unlocked: UnlockedWorkspace): GroupRuntime | null {
  const open = runtimes.get(unlocked);
  if (open) return open;
  const link = readGroupLink(unlocked.ws.db);
  if (!link) return null;
  const runtime = new GroupRuntime(s, unlocked, link);
  runtimes.set(unlocked, runtime);
  return runtime;
}

/** The timer's pass: quiet when there is no group or no folder. */
export function backgroundGroupPass(s: Sodium, unlocked: UnlockedWorkspace): void {
  groupRuntime(s, unlocked)?.pass();
}
