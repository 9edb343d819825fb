// A workspace opened at service level (no router), for tests that need the raw connection:
// injecting SQLite errors, tampering, or building backups of other versions.
import fs from 'node:fs';
import path from 'node:path';
import { createWorkspace, type UnlockedWorkspace } from '../../electron/services/workspace.js';
import { coordinatorInput, tempDir } from './workspace.js';

export const MIGRATIONS_DIR = path.resolve('db/migrations');

/** A copy of the migrations folder holding only the first `count` migrations: an older Concerto. */
export function olderMigrations(count: number): string {
  const dir = tempDir('concerto-migrations-');
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
  for (const entry of journal.entries.slice(count)) fs.rmSync(path.join(dir, `${entry.tag}.sql`));
  journal.entries = journal.entries.slice(0, count);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

export async function serviceWorkspace(migrationsDir = MIGRATIONS_DIR): Promise<{ session: UnlockedWorkspace; dir: string; recoveryKey: string }> {
  const dir = tempDir();
  const { session, recoveryKey } = await createWorkspace(dir, coordinatorInput, { migrationsDir });
  return { session, dir, recoveryKey };
}
