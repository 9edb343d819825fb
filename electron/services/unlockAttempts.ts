// Wrong passphrases, per account: after a few failures each new try must wait a delay that doubles
// with every failure, and the next successful unlock is told how many failures there were.
// Kept in a small file beside the key file (the database cannot be written before it is unlocked),
// so that quitting the app does not reset the delay. It holds only account ids, counts and dates.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../contract/errors.js';
import { syncDirectory } from '../crypto/keyFile.js';

export const ATTEMPTS_FILE_NAME = 'concerto.attempts.json';
/** Failures allowed without any delay: typing mistakes happen. */
export const FREE_FAILURES = 3;
const FIRST_DELAY_MS = 5_000;
const MAX_DELAY_MS = 5 * 60_000;

const fileSchema = z.object({
  version: z.literal(1),
  accounts: z.record(z.string(), z.object({ failures: z.number().int().nonnegative(), lastFailureAt: z.string() })),
});
type AttemptsFile = z.infer<typeof fileSchema>;

/** 0 for the first three failures, then 5 s, 10 s, 20 s… up to 5 minutes. */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES), MAX_DELAY_MS);
}

function read(dir: string): AttemptsFile {
  try {
    return fileSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, ATTEMPTS_FILE_NAME), 'utf8')));
  } catch {
    return { version: 1, accounts: {} };
  }
}

function write(dir: string, file: AttemptsFile): void {
  const target = path.join(dir, ATTEMPTS_FILE_NAME);
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(file), { mode: 0o600 });
  fs.renameSync(tmp, target);
  syncDirectory(dir);
}

/** Refuses before any key derivation while the account's delay runs. */
export function assertMayTry(dir: string, accountId: string, now = new Date()): void {
  const entry = read(dir).accounts[accountId];
  if (!entry) return;
  if (now.getTime() < Date.parse(entry.lastFailureAt) + delayAfter(entry.failures)) throw new AppError('UNLOCK_THROTTLED');
}

export function recordFailure(dir: string, accountId: string, now = new Date()): void {
  const file = read(dir);
  const failures = (file.accounts[accountId]?.failures ?? 0) + 1;
  file.accounts[accountId] = { failures, lastFailureAt: now.toISOString() };
  write(dir, file);
}

/** After a successful unlock: how many failures since the last one, and the count starts again. */
export function takeFailures(dir: string, accountId: string): number {
  const file = read(dir);
  const failures = file.accounts[accountId]?.failures ?? 0;
  if (failures > 0) {
    delete file.accounts[accountId];
    write(dir, file);
  }
  return failures;
}
