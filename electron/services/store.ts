// An open workspace: the encrypted SQLite file with drizzle on top, and where it lives.
import fs from 'node:fs';
import path from 'node:path';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { openEncrypted, type SqliteDatabase } from '../../db/connection.js';
import { applyMigrations } from '../../db/migrate.js';
import * as schema from '../../db/schema.js';
import { KEY_FILE_NAME } from '../crypto/keyFile.js';

export type Db = BetterSQLite3Database<typeof schema>;

export const DB_FILE_NAME = 'concerto.db';

export interface OpenWorkspace {
  dir: string;
  workspaceId: string;
  sqlite: SqliteDatabase;
  db: Db;
}

export interface StoreOptions {
  migrationsDir: string;
  nativeBinding?: string;
}

export const dbFilePath = (dir: string) => path.join(dir, DB_FILE_NAME);

/** What is in the folder: nothing of ours, or (at least part of) a workspace. */
export function workspaceState(dir: string): 'none' | 'present' {
  const hasDb = fs.existsSync(dbFilePath(dir));
  const hasKeys = fs.existsSync(path.join(dir, KEY_FILE_NAME));
  return hasDb || hasKeys ? 'present' : 'none';
}

export function openStore(dir: string, key: Uint8Array, options: StoreOptions & { create?: boolean }): { sqlite: SqliteDatabase; db: Db } {
  const sqlite = openEncrypted(dbFilePath(dir), key, { create: options.create, nativeBinding: options.nativeBinding });
  return { sqlite, db: attachStore(sqlite, options.migrationsDir) };
}

/** drizzle on an open connection, migrations applied; closes the connection if that fails. */
export function attachStore(sqlite: SqliteDatabase, migrationsDir: string): Db {
  try {
    const db = drizzle(sqlite, { schema });
    applyMigrations(sqlite, db as BetterSQLite3Database<Record<string, unknown>>, migrationsDir);
    return db;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** Runs fn in one IMMEDIATE transaction: all of it is written, or none. */
export function inTransaction<T>(ws: Pick<OpenWorkspace, 'sqlite'>, fn: () => T): T {
  return ws.sqlite.transaction(fn).immediate();
}

export function closeStore(ws: OpenWorkspace): void {
  if (!ws.sqlite.open) return;
  // Fold the WAL back into the file so a closed workspace is one file plus its key file.
  try {
    ws.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    ws.sqlite.close();
  }
}
