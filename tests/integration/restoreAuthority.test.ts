// Who may replace a workspace with a backup. A backup's own credentials say only that one held an
// account when the backup was made: replacing a workspace that can be opened (or another one) needs
// a coordinator's passphrase of the current workspace, or its recovery key; an empty folder or the
// same workspace, damaged, needs only the backup's. Each path through the router, refusals included.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEncrypted } from '../../db/connection.js';
import type { AccountSummary, Member } from '../../contract/types/app.js';
import type { CreatedBackupInfo, RestoreDone, RestorePreviewInfo } from '../../contract/types/safety.js';
import type { Router } from '../../electron/api/router.js';
import { dbKeyOf, extractTo } from '../helpers/safety.js';
import { closeTrackedRouters, coordinatorInput, createdWorkspace, folderBytes, newRouter, OTHER_PASSPHRASE, PASSPHRASE, sampleMember, tempDir, unwrap } from '../helpers/workspace.js';

let router: Router;
let dir: string;
let recoveryKey: string;
let backup: CreatedBackupInfo;
let foreignUpload: { kind: 'upload'; fileName: string; contentBase64: string };

const anne = { kind: 'passphrase', username: 'anne', passphrase: PASSPHRASE } as const;
const luc = { kind: 'passphrase', username: 'luc', passphrase: OTHER_PASSPHRASE } as const;
const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

async function auditOf(folder: string, username: string, passphrase: string): Promise<Array<{ accountId: string | null; action: string; entityId: string }>> {
  const db = openEncrypted(path.join(folder, 'concerto.db'), await dbKeyOf(folder, username, passphrase), { readonly: true });
  try {
    return db.prepare('select account_id as accountId, action, entity_id as entityId from audit_events order by seq').all() as Array<{ accountId: string | null; action: string; entityId: string }>;
  } finally {
    db.close();
  }
}

async function lastNames(r: Router): Promise<string[]> {
  return (unwrap(await r.handle('members.list', {})) as Member[]).map((m) => m.lastName);
}

beforeAll(async () => {
  ({ router, dir, recoveryKey } = await createdWorkspace());
  const member = unwrap(await router.handle('members.create', sampleMember)) as Member;
  unwrap(
    await router.handle('accounts.create', { memberId: member.id, username: 'luc', roles: ['member'], passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE }),
  ) as AccountSummary;
  backup = unwrap(await router.handle('backup.create', {})) as CreatedBackupInfo;
  unwrap(await router.handle('members.create', { ...sampleMember, lastName: 'Ajouté-après' }));
  await router.lockNow();

  // An unrelated workspace, whose backup someone brings on a USB key.
  const other = newRouter();
  unwrap(await other.router.handle('workspace.create', { ...coordinatorInput, groupName: 'Un autre groupe', passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE }));
  const foreign = unwrap(await other.router.handle('backup.create', {})) as CreatedBackupInfo;
  await other.router.lockNow();
  foreignUpload = { kind: 'upload', fileName: 'cle-usb.tar', contentBase64: fs.readFileSync(path.join(other.dir, 'backups', foreign.name)).toString('base64') };
});
afterAll(closeTrackedRouters);

describe('replacing a workspace that can be opened', () => {
  it('is refused to a plain member at the locked screen, with the backup’s credentials only; nothing changes', async () => {
    const before = folderBytes(dir);
    const preview = unwrap(await router.handle('restore.inspect', { source: { kind: 'stored', name: backup.name }, credentials: luc })) as RestorePreviewInfo;
    expect(preview).toMatchObject({ current: 'same', replaceNeeds: 'currentCredentials' });
    const result = await router.handle('restore.apply', { source: { kind: 'stored', name: backup.name }, credentials: luc, confirmReplace: true });
    expect(codeOf(result)).toBe('RESTORE_NEEDS_CURRENT_CREDENTIALS');
    if (!result.ok) expect(result.error.message).toMatch(/coordination/);
    const after = folderBytes(dir);
    for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
  });

  it('is refused with a member’s current passphrase, or a wrong coordinator passphrase', async () => {
    const base = { source: { kind: 'stored', name: backup.name }, credentials: luc, confirmReplace: true } as const;
    expect(codeOf(await router.handle('restore.apply', { ...base, currentCredentials: luc }))).toBe('RESTORE_CURRENT_NOT_COORDINATOR');
    expect(codeOf(await router.handle('restore.apply', { ...base, currentCredentials: { ...anne, passphrase: 'pas-la-bonne-phrase' } }))).toBe('WRONG_PASSPHRASE');
  });

  it('refuses an unrelated workspace’s backup opened with its own passphrase', async () => {
    const credentials = { ...anne, passphrase: OTHER_PASSPHRASE };
    const preview = unwrap(await router.handle('restore.inspect', { source: foreignUpload, credentials })) as RestorePreviewInfo;
    expect(preview).toMatchObject({ groupName: 'Un autre groupe', current: 'other', replaceNeeds: 'currentCredentials' });
    expect(codeOf(await router.handle('restore.apply', { source: foreignUpload, credentials, confirmReplace: true }))).toBe('RESTORE_NEEDS_CURRENT_CREDENTIALS');
  });

  it('is refused without the explicit confirmation, even with the right credentials; nothing changes', async () => {
    const before = folderBytes(dir);
    const base = { source: { kind: 'stored', name: backup.name }, credentials: luc, currentCredentials: anne } as const;
    for (const confirm of [{}, { confirmReplace: false }]) {
      const result = await router.handle('restore.apply', { ...base, ...confirm });
      expect(codeOf(result)).toBe('VALIDATION');
      if (!result.ok) expect(result.error.issues).toEqual([{ path: 'confirmReplace', message: 'validation.confirmReplace' }]);
    }
    const after = folderBytes(dir);
    for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
  });

  it('is done with a coordinator’s current passphrase, and both logs say who restored what, on what authority', async () => {
    const done = unwrap(
      await router.handle('restore.apply', { source: { kind: 'stored', name: backup.name }, credentials: luc, confirmReplace: true, currentCredentials: anne }),
    ) as RestoreDone;
    const restored = await auditOf(dir, 'anne', PASSPHRASE);
    const [restore, authority] = restored.slice(-2);
    expect(restore).toMatchObject({ action: 'workspace.restore', entityId: `${backup.createdAt}|manual|${backup.name}` });
    expect(restore!.accountId).not.toBeNull(); // luc's account, in the backup
    expect(authority).toMatchObject({ action: 'workspace.restore.authority', entityId: 'current-coordinator:anne' });
    // The replaced workspace, kept as a copy, recorded it too before it was put aside.
    const kept = extractTo(path.join(dir, 'backups', done.keptCurrentAs!));
    expect((await auditOf(kept, 'anne', PASSPHRASE)).at(-1)).toMatchObject({ action: 'workspace.replaced' });
    unwrap(await router.handle('session.unlock', { accountId: await firstAccount(), passphrase: PASSPHRASE }));
    expect(await lastNames(router)).not.toContain('Ajouté-après');
    await router.lockNow();
  });

  it('is done with the current workspace’s recovery key, even for another workspace', async () => {
    const credentials = { ...anne, passphrase: OTHER_PASSPHRASE };
    unwrap(await router.handle('restore.apply', { source: foreignUpload, credentials, confirmReplace: true, currentCredentials: { kind: 'recoveryKey', recoveryKey } }));
    expect((await auditOf(dir, 'anne', OTHER_PASSPHRASE)).at(-1)).toMatchObject({ entityId: 'current-recovery-key' });
  });
});

describe('restoring without the current workspace’s credentials', () => {
  it('is allowed into an empty folder (a new computer), and the log says so', async () => {
    const { router: fresh, dir: freshDir } = newRouter(tempDir());
    const credentials = { ...anne, passphrase: OTHER_PASSPHRASE };
    const preview = unwrap(await fresh.handle('restore.inspect', { source: foreignUpload, credentials })) as RestorePreviewInfo;
    expect(preview).toMatchObject({ current: 'none', replaceNeeds: 'nothing' });
    unwrap(await fresh.handle('restore.apply', { source: foreignUpload, credentials, confirmReplace: true }));
    expect((await auditOf(freshDir, 'anne', OTHER_PASSPHRASE)).at(-1)).toMatchObject({ entityId: 'empty-folder' });
  });

  it('is allowed for the same workspace when it cannot be opened any more (database damaged)', async () => {
    const w = await createdWorkspace();
    const saved = unwrap(await w.router.handle('backup.create', {})) as CreatedBackupInfo;
    await w.router.lockNow();
    const db = path.join(w.dir, 'concerto.db');
    fs.truncateSync(db, Math.floor(fs.statSync(db).size / 3));
    const preview = unwrap(await w.router.handle('restore.inspect', { source: { kind: 'stored', name: saved.name }, credentials: anne })) as RestorePreviewInfo;
    expect(preview).toMatchObject({ current: 'same', replaceNeeds: 'nothing' });
    unwrap(await w.router.handle('restore.apply', { source: { kind: 'stored', name: saved.name }, credentials: anne, confirmReplace: true }));
    expect((await auditOf(w.dir, 'anne', PASSPHRASE)).at(-1)).toMatchObject({ entityId: 'damaged-same-workspace' });
  });

  it('is refused when the folder holds a workspace that nothing can identify', async () => {
    const w = await createdWorkspace();
    await w.router.lockNow();
    fs.rmSync(path.join(w.dir, 'concerto.keys.json'));
    const credentials = { ...anne, passphrase: OTHER_PASSPHRASE };
    expect(codeOf(await w.router.handle('restore.apply', { source: foreignUpload, credentials, confirmReplace: true }))).toBe('RESTORE_FOLDER_UNKNOWN');
  });
});

async function firstAccount(): Promise<string> {
  const status = unwrap(await router.handle('app.status', {})) as { accounts: Array<{ id: string; username: string }> };
  return status.accounts.find((a) => a.username === 'anne')!.id;
}
