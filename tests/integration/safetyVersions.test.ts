// A backup from an older Concerto opens and migrates; one from a newer Concerto is refused.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEncrypted } from '../../db/connection.js';
import { knownMigrationCount } from '../../db/migrate.js';
import type { RestoreDone, RestorePreviewInfo } from '../../contract/types/safety.js';
import { createBackup } from '../../electron/services/safety/backup.js';
import { readManifest, writeContainer } from '../../electron/services/safety/container.js';
import { endSession } from '../../electron/services/workspace.js';
import { extractTo } from '../helpers/safety.js';
import { MIGRATIONS_DIR, olderMigrations, serviceWorkspace } from '../helpers/safetyWorkspace.js';
import { closeTrackedRouters, newRouter, PASSPHRASE, tempDir, unwrap } from '../helpers/workspace.js';

const credentials = { kind: 'passphrase', username: 'anne', passphrase: PASSPHRASE } as const;
const upload = (file: string) => ({ kind: 'upload', fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') }) as const;

let oldBackup: string;
let sessionKey: Uint8Array;

beforeAll(async () => {
  // A workspace made by a Concerto that knew only the first migration.
  const { session } = await serviceWorkspace(olderMigrations(1));
  sessionKey = new Uint8Array(session.dbKey);
  oldBackup = createBackup(session, { appVersion: '0.0.9', destDir: tempDir('concerto-old-') }).file;
  await endSession(session);
});
afterAll(closeTrackedRouters);

/** The old backup, rewritten: fn may change the extracted files before they are packed again. */
function variant(fn: (dir: string) => void, manifestPatch: Record<string, unknown> = {}): string {
  const dir = extractTo(oldBackup);
  fn(dir);
  const { sha256: _hashes, ...manifest } = readManifest(oldBackup);
  const out = path.join(tempDir('concerto-variant-'), 'concerto-variante-2026-01-01-000000.tar');
  writeContainer(out, dir, { ...manifest, ...manifestPatch } as typeof manifest, ['concerto.db', 'concerto.keys.json'], sessionKey);
  return out;
}

describe('backups across versions', () => {
  it('restores a backup from an older version and migrates it', async () => {
    expect(knownMigrationCount(MIGRATIONS_DIR)).toBeGreaterThan(1);
    const { router, dir } = newRouter();
    const preview = unwrap(await router.handle('restore.inspect', { source: upload(oldBackup), credentials })) as RestorePreviewInfo;
    expect(preview).toMatchObject({ needsMigration: true, appVersion: '0.0.9', current: 'none' });
    const done = unwrap(await router.handle('restore.apply', { source: upload(oldBackup), credentials, confirmReplace: true })) as RestoreDone;
    expect(done.keptCurrentAs).toBeNull();
    const db = openEncrypted(path.join(dir, 'concerto.db'), sessionKey, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(knownMigrationCount(MIGRATIONS_DIR));
      expect(db.prepare("select name from sqlite_master where name = 'backup_settings'").get()).toBeTruthy();
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const last = db.prepare("select action, account_id as accountId from audit_events where action = 'workspace.restore' order by seq desc limit 1").get() as {
        action: string;
        accountId: string | null;
      };
      expect(last.action).toBe('workspace.restore');
      expect(last.accountId).toEqual(expect.any(String));
    } finally {
      db.close();
    }
  });

  it('refuses a database from a newer version, before touching anything', async () => {
    const newer = variant((dir) => {
      const db = openEncrypted(path.join(dir, 'concerto.db'), sessionKey);
      db.pragma('user_version = 99');
      db.pragma('journal_mode = DELETE');
      db.close();
    });
    const { router, dir } = newRouter();
    for (const input of [{ source: upload(newer), credentials }, { source: upload(newer), credentials, confirmReplace: true }]) {
      const result = await router.handle('confirmReplace' in input ? 'restore.apply' : 'restore.inspect', input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('BACKUP_TOO_NEW');
        expect(result.error.message).toMatch(/version plus récente/);
      }
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a newer key file format and a newer backup format', async () => {
    const newerKeys = variant((dir) => {
      const file = path.join(dir, 'concerto.keys.json');
      fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), version: 2 }));
    });
    const newerFormat = variant(() => undefined, { version: 2 });
    const { router } = newRouter();
    for (const file of [newerKeys, newerFormat]) {
      const result = await router.handle('restore.inspect', { source: upload(file), credentials });
      expect(!result.ok && result.error.code).toBe('BACKUP_TOO_NEW');
    }
  });
});
