// Group folder lines of `npm run bench` (issue 17), on a plain folder (the sync engine's own delay
// is not ours to measure): a new member's first sync of a ten-year group into their encrypted
// workspace, one change from its writing to its application on another replica, and the folder's
// size against that workspace's encrypted database.
import fs from 'node:fs';
import path from 'node:path';
import type { Sodium } from '../../electron/crypto/sodium.js';
import { groupRoot } from '../../electron/services/group/folder.js';
import { FolderSync } from '../../electron/services/group/folderSync.js';
import { GroupReplica } from '../../electron/services/group/replica.js';
import { databaseSink } from '../../electron/services/group/store.js';
import { createWorkspace, endSession } from '../../electron/services/workspace.js';
import { groupHistory, writeHistoryFolder } from './groupHistory.js';
import { singleLine, type BenchLine } from './report.js';

const MIGRATIONS_DIR = path.resolve('db/migrations');
const MiB = 2 ** 20;

function folderBytes(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    total += e.isDirectory() ? folderBytes(full) : fs.statSync(full).size;
  }
  return total;
}

export async function groupBench(s: Sodium, changes: number, workDir: string, repeats: { firstSync: number; applyOne: number }, log: (text: string) => void): Promise<BenchLine[]> {
  const t0 = performance.now();
  const history = groupHistory(s, changes);
  log(`group folder: ${history.files.length} changes generated (${history.sessions} sessions, 30 members) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const shared = fs.mkdtempSync(path.join(workDir, 'group-folder-'));
  const root = groupRoot(s, shared, history.groupId);
  writeHistoryFolder(s, root, history);
  const link = { groupId: history.groupId, founderKeyId: history.founderKeyId };

  const firstSync: number[] = [];
  let dbBytes = 0;
  let joined: { replica: GroupReplica; folder: FolderSync; close: () => Promise<void> } | null = null;
  for (let run = 0; run < repeats.firstSync; run++) {
    const dir = fs.mkdtempSync(path.join(workDir, 'group-member-'));
    const { session } = await createWorkspace(
      dir,
      { groupName: 'Banc d’essai', territory: '', coordinator: { firstName: 'Nouveau', lastName: 'Membre', username: 'nouveau', secrecyStatus: 'professional_secret' }, passphrase: 'banc-essai-groupe-2027-long' },
      { migrationsDir: MIGRATIONS_DIR },
    );
    const start = performance.now();
    const replica = new GroupReplica(s, history.newcomer, link, databaseSink(session.ws.db, () => new Date().toISOString()));
    const folder = new FolderSync(s, replica, root);
    const report = folder.sync();
    firstSync.push(performance.now() - start);
    if (report.received !== history.files.length || replica.log.waiting.length > 0) throw new Error(`first sync incomplete: ${report.received}/${history.files.length}`);
    session.ws.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    dbBytes = fs.statSync(path.join(dir, 'concerto.db')).size;
    if (joined) await joined.close();
    joined = { replica, folder, close: () => endSession(session) };
  }
  log(`group folder: first sync of ${history.files.length} changes, median ${(firstSync.sort((a, b) => a - b)[Math.floor(firstSync.length / 2)]! / 1000).toFixed(1)} s`);

  // One change: the coordinator's replica writes it into the folder, the newcomer's replica reads and applies it.
  const coordinator = history.writers[0]!;
  const coordinatorFolder = new FolderSync(s, coordinator, root);
  coordinatorFolder.sync();
  joined!.folder.sync();
  const applyOne: number[] = [];
  for (let run = 0; run < repeats.applyOne; run++) {
    const start = performance.now();
    coordinator.write([{ type: 'session.cancel', sessionId: `session-${String(run).padStart(5, '0')}`, reason: 'Banc d’essai' }], new Date().toISOString());
    coordinatorFolder.sync();
    joined!.folder.sync();
    applyOne.push(performance.now() - start);
    if (!joined!.replica.state.sessions.get(`session-${String(run).padStart(5, '0')}`)?.cancelled) throw new Error('change not applied');
  }
  const folderSize = folderBytes(shared);
  await joined!.close();

  const n = history.files.length;
  return [
    singleLine('group.firstSync', `group folder: first sync of ${n} changes (new member)`, 'ms', firstSync, { max: 30_000, text: '≤ 30 s' }),
    singleLine('group.applyOne', `group folder: one change, written → applied on another replica (${n} held)`, 'ms', applyOne, { max: 50, text: '≤ 50 ms' }),
    singleLine('group.folderSize', `group folder: size for ${n} changes`, 'MiB', [folderSize / MiB], { max: (3 * dbBytes) / MiB, text: `≤ 3× the encrypted database (${(dbBytes / MiB).toFixed(1)} MiB)` }, `${(folderSize / dbBytes).toFixed(2)}× the database`),
  ];
}
