// How long the long operations take on the synthetic ten-year group (issue 19: show progress where
// it passes a second): backup (copy, reopen, compare), integrity check, each check apart.
//   npx tsx scripts/bench/longWorkProbe.ts [--repeats N]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultMigrationsDir } from '../../db/migrate.js';
import { getSodium } from '../../electron/crypto/sodium.js';
import { createBackup } from '../../electron/services/safety/backup.js';
import { INTEGRITY_CHECKS, runIntegrityChecks } from '../../electron/services/safety/integrity.js';
import { endSession, unlockWithPassphrase } from '../../electron/services/workspace.js';
import { generateGroup } from './generate.js';
import { time } from './measure.js';
import { BENCH_PASSPHRASE, buildStore, newBenchStore, writeBenchKeyFile } from './stores.js';

const repeats = Number(process.argv[process.argv.indexOf('--repeats') + 1]) || 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const s = await getSodium();
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-longwork-'));
try {
  const group = generateGroup(s, { seed: 20160901, members: 100, accounts: 5 }) // as SIZES.standard in index.ts;
  const store = newBenchStore(s, 'encrypted', workDir, 'workspace');
  buildStore(store, group);
  writeBenchKeyFile(s, store, group);
  const session = await unlockWithPassphrase(store.dir, group.coordinator.id, BENCH_PASSPHRASE, { migrationsDir: defaultMigrationsDir() });
  const dbBytes = fs.statSync(path.join(store.dir, fs.readdirSync(store.dir).find((f) => f.endsWith('.db'))!)).size;
  const rows: [string, number[]][] = [];
  const backup: number[] = [];
  for (let i = 0; i < repeats; i++) backup.push(await time(() => void createBackup(session, { appVersion: 'probe', destDir: path.join(workDir, `backups-${i}`) })));
  rows.push(['backup (copy, reopen, compare)', backup]);
  const whole: number[] = [];
  for (let i = 0; i < repeats; i++) whole.push(await time(() => void runIntegrityChecks(session.ws)));
  rows.push(['integrity check, all', whole]);
  for (const check of INTEGRITY_CHECKS) {
    const each: number[] = [];
    for (let i = 0; i < repeats; i++) each.push(await time(() => void runIntegrityChecks(session.ws, [check])));
    rows.push([`integrity check: ${check.id}`, each]);
  }
  console.log(`ten-year group, database ${(dbBytes / 2 ** 20).toFixed(1)} MiB, median of ${repeats}:`);
  for (const [name, xs] of rows) console.log(`  ${name}: ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`);
  await endSession(session);
} finally {
  fs.rmSync(workDir, { recursive: true, force: true });
}
