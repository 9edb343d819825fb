import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSodium } from '../../electron/crypto/sodium.js';
import { openStore, closeStore } from '../../electron/services/store.js';
import { knownMigrationCount } from '../../db/migrate.js';
import { tempDir } from '../helpers/workspace.js';

const migrationsDir = path.resolve('db/migrations');

describe('migrations', () => {
  it('apply to an empty encrypted database and re-open cleanly (idempotent)', async () => {
    const s = await getSodium();
    const dir = tempDir();
    const key = s.randombytes_buf(32);
    const first = openStore(dir, key, { migrationsDir, create: true });
    const tables = (first.sqlite.prepare("select name from sqlite_master where type='table' order by name").all() as Array<{ name: string }>).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['accounts', 'audit_events', 'members', 'retired_identities', 'workspace', '__drizzle_migrations']));
    expect(first.sqlite.pragma('user_version', { simple: true })).toBe(knownMigrationCount(migrationsDir));
    expect(first.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(first.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(first.sqlite.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    closeStore({ dir, workspaceId: '', ...first });
    const second = openStore(dir, key, { migrationsDir });
    const applied = second.sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number };
    expect(applied.n).toBe(knownMigrationCount(migrationsDir));
    expect(second.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    closeStore({ dir, workspaceId: '', ...second });
  });

  it('refuses to open with another key', async () => {
    const s = await getSodium();
    const dir = tempDir();
    const first = openStore(dir, s.randombytes_buf(32), { migrationsDir, create: true });
    closeStore({ dir, workspaceId: '', ...first });
    expect(() => openStore(dir, s.randombytes_buf(32), { migrationsDir })).toThrow(expect.objectContaining({ code: 'DATABASE_UNREADABLE' }));
  });
});
