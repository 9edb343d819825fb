// Restore on real encrypted workspaces: checked first, confirmation required, the replaced
// workspace kept as a backup; recovery key path when the key file is lost; damaged files refused.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppStatus, Member } from '../../contract/types/app.js';
import type { BackupSummary, CreatedBackupInfo, RestoreDone, RestorePreviewInfo } from '../../contract/types/safety.js';
import type { Router } from '../../electron/api/router.js';
import { backupFiles, tarEntries } from '../helpers/safety.js';
import { closeTrackedRouters, createdWorkspace, folderBytes, newRouter, PASSPHRASE, sampleMember, unwrap } from '../helpers/workspace.js';

let router: Router;
let dir: string;
let accountId: string;
let recoveryKey: string;
let backup: CreatedBackupInfo;

const byPassphrase = { kind: 'passphrase', username: 'anne', passphrase: PASSPHRASE } as const;

async function lastNames(r: Router): Promise<string[]> {
  return (unwrap(await r.handle('members.list', {})) as Member[]).map((m) => m.lastName);
}

beforeAll(async () => {
  ({ router, dir, accountId, recoveryKey } = await createdWorkspace());
  unwrap(await router.handle('members.create', { ...sampleMember, lastName: 'Avant' }));
  backup = unwrap(await router.handle('backup.create', {})) as CreatedBackupInfo;
  unwrap(await router.handle('members.create', { ...sampleMember, lastName: 'Après' }));
});
afterAll(closeTrackedRouters);

describe('restore', () => {
  it('inspects a backup without changing anything', async () => {
    await router.lockNow();
    const before = folderBytes(dir);
    const preview = unwrap(await router.handle('restore.inspect', { source: { kind: 'stored', name: backup.name }, credentials: byPassphrase })) as RestorePreviewInfo;
    expect(preview).toMatchObject({ groupName: 'Concertation Brabant wallon', kind: 'manual', needsMigration: false, current: 'same' });
    expect(preview.counts.members).toBe(backup.counts.members);
    const after = folderBytes(dir);
    for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
  });

  it('refuses without the explicit confirmation, and with a wrong passphrase; nothing changes', async () => {
    const before = folderBytes(dir);
    const unconfirmed = await router.handle('restore.apply', { source: { kind: 'stored', name: backup.name }, credentials: byPassphrase });
    expect(unconfirmed.ok).toBe(false);
    if (!unconfirmed.ok) expect(unconfirmed.error.code).toBe('VALIDATION');
    const wrong = await router.handle('restore.apply', {
      source: { kind: 'stored', name: backup.name },
      credentials: { ...byPassphrase, passphrase: 'pas-la-bonne-phrase' },
      confirmReplace: true,
    });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.code).toBe('WRONG_PASSPHRASE');
    const after = folderBytes(dir);
    for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
  });

  it('brings back the earlier data and keeps the replaced workspace as a backup', async () => {
    const before = backupFiles(dir);
    const done = unwrap(
      await router.handle('restore.apply', { source: { kind: 'stored', name: backup.name }, credentials: byPassphrase, confirmReplace: true, currentCredentials: byPassphrase }),
    ) as RestoreDone;
    expect(done.keptCurrentAs).toMatch(/-avant-restauration\.tar$/);
    expect(backupFiles(dir)).toEqual([...before, done.keptCurrentAs!].sort());
    expect(tarEntries(path.join(dir, 'backups', done.keptCurrentAs!))).toEqual(expect.arrayContaining(['concerto.db', 'concerto.keys.json', 'manifest.json']));
    expect(router.isUnlocked()).toBe(false);
    unwrap(await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE }));
    const names = await lastNames(router);
    expect(names).toContain('Avant');
    expect(names).not.toContain('Après');
    // The restored log records the restore, and still verifies.
    const audit = unwrap(await router.handle('audit.verify', {})) as { ok: boolean; count: number };
    expect(audit.ok).toBe(true);
    const report = unwrap(await router.handle('integrity.check', {})) as { ok: boolean };
    expect(report.ok).toBe(true);

    // …and the replaced workspace can itself be restored: nothing was lost.
    await router.lockNow();
    unwrap(
      await router.handle('restore.apply', { source: { kind: 'stored', name: done.keptCurrentAs! }, credentials: byPassphrase, confirmReplace: true, currentCredentials: byPassphrase }),
    );
    unwrap(await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE }));
    expect(await lastNames(router)).toContain('Après');
    await router.lockNow();
  });

  it('restores an uploaded file too', async () => {
    const content = fs.readFileSync(path.join(dir, 'backups', backup.name)).toString('base64');
    const preview = unwrap(
      await router.handle('restore.inspect', { source: { kind: 'upload', fileName: 'copie.tar', contentBase64: content }, credentials: byPassphrase }),
    ) as RestorePreviewInfo;
    expect(preview.counts.members).toBe(backup.counts.members);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('recovers from a lost key file with the recovery key, from the unlock screen, without reinstalling', async () => {
    fs.rmSync(path.join(dir, 'concerto.keys.json'));
    const fresh = newRouter(dir).router;
    const status = unwrap(await fresh.handle('app.status', {})) as AppStatus;
    expect(status.workspace).toBe('problem');
    expect(status.problem?.code).toBe('KEYFILE_MISSING');
    expect(status.problem?.message).toMatch(/fichier de clés/);
    const list = unwrap(await fresh.handle('restore.stored', {})) as BackupSummary[];
    expect(list.map((b) => b.name)).toContain(backup.name);
    const wrong = await fresh.handle('restore.apply', {
      source: { kind: 'stored', name: backup.name },
      credentials: { kind: 'recoveryKey', recoveryKey: 'AAAA-BBBB' },
      confirmReplace: true,
    });
    expect(!wrong.ok && wrong.error.code).toBe('WRONG_RECOVERY_KEY');
    const done = unwrap(
      await fresh.handle('restore.apply', { source: { kind: 'stored', name: backup.name }, credentials: { kind: 'recoveryKey', recoveryKey }, confirmReplace: true }),
    ) as RestoreDone;
    // Without its key file nobody can open the folder; the backup's key opens its database: the same workspace, damaged.
    expect(done.preview).toMatchObject({ current: 'same', replaceNeeds: 'nothing' });
    expect((unwrap(await fresh.handle('app.status', {})) as AppStatus).workspace).toBe('ready');
    unwrap(await fresh.handle('session.unlock', { accountId, passphrase: PASSPHRASE }));
    expect(await lastNames(fresh)).toContain('Avant');
    await fresh.lockNow();
  });

  it('recovers from a truncated database: clear message, then restore', async () => {
    const db = path.join(dir, 'concerto.db');
    fs.truncateSync(db, Math.floor(fs.statSync(db).size / 3));
    const fresh = newRouter(dir).router;
    const failed = await fresh.handle('session.unlock', { accountId, passphrase: PASSPHRASE });
    expect(failed.ok).toBe(false);
    if (!failed.ok) {
      expect(failed.error.code).toBe('DATABASE_UNREADABLE');
      expect(failed.error.message).toMatch(/restaurez une sauvegarde/);
    }
    const done = unwrap(
      await fresh.handle('restore.apply', { source: { kind: 'stored', name: backup.name }, credentials: byPassphrase, confirmReplace: true }),
    ) as RestoreDone;
    expect(done.keptCurrentAs).not.toBeNull();
    unwrap(await fresh.handle('session.unlock', { accountId, passphrase: PASSPHRASE }));
    expect(await lastNames(fresh)).toContain('Avant');
    await fresh.lockNow();
  });

  it('refuses a damaged backup with BACKUP_INVALID', async () => {
    const damaged = path.join(dir, 'backups', backup.name.replace('.tar', '-2.tar'));
    const bytes = fs.readFileSync(path.join(dir, 'backups', backup.name));
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 3000) ^ 0xff, bytes.length - 3000); // inside the database's last pages
    fs.writeFileSync(damaged, bytes);
    const result = await router.handle('restore.inspect', { source: { kind: 'stored', name: path.basename(damaged) }, credentials: byPassphrase });
    expect(!result.ok && result.error.code).toBe('BACKUP_INVALID');
    const garbage = await router.handle('restore.inspect', {
      source: { kind: 'upload', fileName: 'x.tar', contentBase64: Buffer.from('not a tar at all').toString('base64') },
      credentials: byPassphrase,
    });
    expect(!garbage.ok && garbage.error.code).toBe('BACKUP_INVALID');
    fs.rmSync(damaged);
  });
});
