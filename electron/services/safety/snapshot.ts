// Copying the open encrypted database and checking a copy.
//
// Why VACUUM INTO and not better-sqlite3's backup(): backup() opens its destination itself,
// without a key, and SQLite3 Multiple Ciphers then refuses the copy ("backup is not supported with
// incompatible source and target databases"): it can never write a plaintext copy, but it cannot
// write an encrypted one either. VACUUM INTO is SQLite's other online backup: it reads one consistent
// snapshot inside a read transaction (writers in WAL mode are not blocked) and, in SQLite3 Multiple
// Ciphers, writes the target with the same cipher and key. Tests check both (same key opens it, no
// plaintext marker in its bytes).
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import { openEncrypted, type SqliteDatabase } from '../../../db/connection.js';

/** Tables counted in a backup check: every user table, whatever feature added it. */
export function userTables(sqlite: SqliteDatabase): string[] {
  const rows = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as Array<{ name: string }>;
  return rows.map((r) => r.name);
}

export function rowCounts(sqlite: SqliteDatabase): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of userTables(sqlite)) {
    const quoted = `"${table.replaceAll('"', '""')}"`;
    counts[table] = (sqlite.prepare(`select count(*) as n from ${quoted}`).get() as { n: number }).n;
  }
  return counts;
}

/** Keyed with the database key so the manifest reveals nothing (not even how many changes were made). */
export function changeMark(sqlite: SqliteDatabase, dbKey: Uint8Array): string {
  const head = sqlite.prepare('select audit_head_seq as seq, audit_head_hash as hash from workspace').get() as { seq: number; hash: string } | undefined;
  return createHmac('sha256', Buffer.from(dbKey))
    .update(`concerto.backup.change|${head?.seq ?? 0}|${head?.hash ?? ''}`)
    .digest('hex');
}

/** One consistent encrypted copy of the open database at `target` (which must not exist). */
export function snapshotInto(sqlite: SqliteDatabase, target: string): void {
  sqlite.prepare('vacuum into ?').run(target);
  fs.chmodSync(target, 0o600);
}

export interface CopyCheck {
  integrity: string[];
  counts: Record<string, number>;
  schemaVersion: number;
  workspaceId: string | null;
  groupName: string | null;
}

/** Opens a copy read-only with the key and reads what a check needs; throws DATABASE_UNREADABLE for a wrong key or garbage. */
export function inspectCopy(file: string, dbKey: Uint8Array): CopyCheck {
  const copy = openEncrypted(file, dbKey, { readonly: true });
  try {
    const integrity = (copy.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
    const hasWorkspace = userTables(copy).includes('workspace');
    const ws = hasWorkspace ? (copy.prepare('select id, group_name as groupName from workspace').get() as { id: string; groupName: string } | undefined) : undefined;
    return {
      integrity,
      counts: rowCounts(copy),
      schemaVersion: copy.pragma('user_version', { simple: true }) as number,
      workspaceId: ws?.id ?? null,
      groupName: ws?.groupName ?? null,
    };
  } finally {
    copy.close();
  }
}

export const integrityOk = (lines: string[]): boolean => lines.length === 1 && lines[0] === 'ok';
