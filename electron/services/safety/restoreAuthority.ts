// Who may replace what is in the workspace folder with a backup. A backup's own credentials prove
// only that one held an account of the workspace *when the backup was made* (a former member, a
// plain member, a passphrase changed since). So:
//  - an empty folder (a new computer): the backup's credentials are enough;
//  - the same workspace, which cannot be opened any more (key file lost, database damaged): the
//    backup's credentials are enough, after the confirmation;
//  - anything that can be opened, or that is another workspace: a coordinator's passphrase of the
//    workspace in the folder now, or its recovery key.
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { accounts } from '../../../db/schema.js';
import { openEncrypted } from '../../../db/connection.js';
import { readKeyFile, type AccountSlot, type KeyFile } from '../../crypto/keyFile.js';
import { openRecoverySlot, unwrapAccountSlot } from '../../crypto/keySlots.js';
import { normaliseRecoveryKey, RECOVERY_KEY_PATTERN } from '../../crypto/recoveryKey.js';
import type { Sodium } from '../../crypto/sodium.js';
import { AppError } from '../../../contract/errors.js';
import { closeStore, dbFilePath, openStore, workspaceState, type StoreOptions } from '../store.js';
import { integrityOk } from './snapshot.js';

export type RestoreCredentials = { kind: 'passphrase'; username: string; passphrase: string } | { kind: 'recoveryKey'; recoveryKey: string };

/** What is in the folder now, as far as the backup's key can tell. */
export type FolderState = 'empty' | 'damagedSame' | 'openable' | 'other' | 'unknown';

/** How the replacement was allowed; recorded in the restored workspace's audit log. */
export type RestoreAuthority =
  | { kind: 'emptyFolder' }
  | { kind: 'damagedSameWorkspace' }
  | { kind: 'currentCoordinator'; accountId: string; username: string; dbKey: Uint8Array }
  | { kind: 'currentRecoveryKey'; dbKey: Uint8Array };

function readKeyFileOrNull(dir: string): KeyFile | null {
  try {
    return readKeyFile(dir);
  } catch {
    return null;
  }
}

/** Opens the folder's database with the backup's key: the same workspace shares the same key (it is never rekeyed). */
function opensWith(dir: string, dbKey: Uint8Array, workspaceId: string): boolean {
  if (!fs.existsSync(dbFilePath(dir))) return false;
  try {
    const db = openEncrypted(dbFilePath(dir), dbKey, { readonly: true });
    try {
      const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
      const row = db.prepare('select id from workspace').get() as { id: string } | undefined;
      return integrityOk(integrity) && row?.id === workspaceId;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

export function folderState(dir: string, backupWorkspaceId: string, backupDbKey: Uint8Array): FolderState {
  if (workspaceState(dir) === 'none') return 'empty';
  const keyFile = readKeyFileOrNull(dir);
  if (keyFile && keyFile.workspaceId !== backupWorkspaceId) return 'other';
  const healthy = opensWith(dir, backupDbKey, backupWorkspaceId);
  if (keyFile) return healthy ? 'openable' : 'damagedSame';
  // No readable key file: nobody can open the folder. It is the backup's workspace only if its key opens it.
  if (healthy) return 'damagedSame';
  return fs.existsSync(dbFilePath(dir)) ? 'unknown' : 'damagedSame';
}

/** One rule: does this folder state need the current workspace's own credentials? */
export const needsCurrentCredentials = (state: FolderState): boolean => state === 'openable' || state === 'other';

/** A coordinator's passphrase of the workspace in the folder now, or its recovery key. The caller wipes dbKey. */
export function checkCurrentCredentials(s: Sodium, dir: string, credentials: RestoreCredentials, options: StoreOptions): RestoreAuthority {
  const keyFile = readKeyFileOrNull(dir);
  if (!keyFile) throw new AppError('RESTORE_FOLDER_UNKNOWN');
  if (credentials.kind === 'recoveryKey') {
    const recovery = keyFile.slots.find((x) => x.kind === 'recovery');
    const normalised = normaliseRecoveryKey(credentials.recoveryKey);
    const dbKey = recovery && RECOVERY_KEY_PATTERN.test(normalised) ? openRecoverySlot(s, keyFile.workspaceId, recovery, normalised) : null;
    if (!dbKey) throw new AppError('WRONG_RECOVERY_KEY');
    return { kind: 'currentRecoveryKey', dbKey };
  }
  const username = credentials.username.trim().toLowerCase();
  const slot = keyFile.slots.find((x): x is AccountSlot => x.kind === 'account' && x.username === username);
  if (!slot) throw new AppError('UNKNOWN_ACCOUNT');
  const keys = unwrapAccountSlot(s, keyFile.workspaceId, slot, credentials.passphrase);
  if (!keys) throw new AppError('WRONG_PASSPHRASE');
  s.memzero(keys.identityKey);
  try {
    const store = openStore(dir, keys.dbKey, options);
    try {
      const row = store.db.select({ roles: accounts.roles, disabledAt: accounts.disabledAt }).from(accounts).where(eq(accounts.id, slot.accountId)).get();
      if (!row || row.disabledAt || !row.roles.includes('coordinator')) throw new AppError('RESTORE_CURRENT_NOT_COORDINATOR');
    } finally {
      closeStore({ dir, workspaceId: keyFile.workspaceId, ...store });
    }
  } catch (error) {
    s.memzero(keys.dbKey);
    // The roles cannot be read from a damaged database: then only the recovery key proves authority.
    throw error instanceof AppError && error.code === 'RESTORE_CURRENT_NOT_COORDINATOR' ? error : new AppError('RESTORE_CURRENT_NOT_COORDINATOR', { cause: error });
  }
  return { kind: 'currentCoordinator', accountId: slot.accountId, username, dbKey: keys.dbKey };
}

/** How the authority is written in the restored workspace's audit log (entity id of the event). */
export function authorityLabel(a: RestoreAuthority): string {
  switch (a.kind) {
    case 'emptyFolder':
      return 'empty-folder';
    case 'damagedSameWorkspace':
      return 'damaged-same-workspace';
    case 'currentCoordinator':
      return `current-coordinator:${a.username}`;
    case 'currentRecoveryKey':
      return 'current-recovery-key';
  }
}
