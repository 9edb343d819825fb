// Applying drizzle-kit migrations at open. PRAGMA user_version records how many migrations
// a file has seen, so a file written by a newer Concerto is refused before anything is changed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { AppError } from '../contract/errors.js';
import type { SqliteDatabase } from './connection.js';

export const defaultMigrationsDir = (): string => process.env.CONCERTO_MIGRATIONS_DIR ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export function knownMigrationCount(migrationsDir: string): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

export function assertSchemaNotNewer(sqlite: SqliteDatabase, migrationsDir: string): void {
  const version = sqlite.pragma('user_version', { simple: true }) as number;
  if (version > knownMigrationCount(migrationsDir)) throw new AppError('SCHEMA_TOO_NEW');
}

export function applyMigrations(sqlite: SqliteDatabase, db: BetterSQLite3Database<Record<string, unknown>>, migrationsDir: string): void {
  assertSchemaNotNewer(sqlite, migrationsDir);
  migrate(db, { migrationsFolder: migrationsDir });
  sqlite.pragma(`user_version = ${knownMigrationCount(migrationsDir)}`);
}
