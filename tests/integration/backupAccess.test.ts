// Who may take a full copy of the workspace: only the coordination makes, lists and downloads
// backups, and each time is in the audit log; the secretary and members see only that one exists.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEncrypted } from '../../db/connection.js';
import type { AccountSummary, Member } from '../../contract/types/app.js';
import type { BackupStatus, CreatedBackupInfo, StoredBackup } from '../../contract/types/safety.js';
import type { Router } from '../../electron/api/router.js';
import { dbKeyOf } from '../helpers/safety.js';
import { closeTrackedRouters, createdWorkspace, OTHER_PASSPHRASE, PASSPHRASE, sampleMember, unwrap } from '../helpers/workspace.js';

let router: Router;
let dir: string;
let coordinatorId: string;
const accounts: Record<'secretary' | 'member', string> = { secretary: '', member: '' };
let created: CreatedBackupInfo;

const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

beforeAll(async () => {
  ({ router, dir, accountId: coordinatorId } = await createdWorkspace());
  for (const role of ['secretary', 'member'] as const) {
    const member = unwrap(await router.handle('members.create', { ...sampleMember, lastName: role })) as Member;
    const account = unwrap(
      await router.handle('accounts.create', { memberId: member.id, username: role, roles: [role], passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE }),
    ) as AccountSummary;
    accounts[role] = account.id;
  }
  created = unwrap(await router.handle('backup.create', {})) as CreatedBackupInfo;
  unwrap(await router.handle('backup.download', { name: created.name }));
});
afterAll(closeTrackedRouters);

describe('backups are for the coordination', () => {
  for (const role of ['secretary', 'member'] as const) {
    it(`refuses creating, listing and downloading to the ${role}, who still sees that a backup exists`, async () => {
      unwrap(await router.handle('session.unlock', { accountId: accounts[role], passphrase: OTHER_PASSPHRASE }));
      expect(codeOf(await router.handle('backup.create', {}))).toBe('FORBIDDEN');
      expect(codeOf(await router.handle('backup.list', {}))).toBe('FORBIDDEN');
      expect(codeOf(await router.handle('backup.download', { name: created.name }))).toBe('FORBIDDEN');
      const status = unwrap(await router.handle('backup.status', {})) as BackupStatus;
      expect(status.count).toBeGreaterThanOrEqual(1);
      expect(status.lastVerified).not.toBeNull();
    });
  }

  it('lets the coordinator do all three, and shows the locked screen only dates and origins', async () => {
    unwrap(await router.handle('session.unlock', { accountId: coordinatorId, passphrase: PASSPHRASE }));
    expect(codeOf(await router.handle('backup.list', {}))).toBe('ok');
    await router.lockNow();
    const stored = unwrap(await router.handle('restore.stored', {})) as StoredBackup[];
    expect(stored.map((b) => b.name)).toContain(created.name);
    expect(Object.keys(stored[0]!).sort()).toEqual(['createdAt', 'kind', 'name']);
    expect(codeOf(await router.handle('backup.list', {}))).toBe('UNAUTHENTICATED');
  });

  it('records who made and who downloaded a backup, and when, in the audit log', async () => {
    const db = openEncrypted(path.join(dir, 'concerto.db'), await dbKeyOf(dir, 'anne', PASSPHRASE), { readonly: true });
    try {
      const rows = db.prepare("select account_id as accountId, action, entity_id as entityId, at from audit_events where action like 'backup.%' order by seq").all() as Array<{
        accountId: string;
        action: string;
        entityId: string;
        at: string;
      }>;
      expect(rows.map((r) => [r.accountId, r.action])).toEqual([
        [coordinatorId, 'backup.create'],
        [coordinatorId, 'backup.download'],
      ]);
      expect(rows[1]!.entityId).toBe(created.name);
      expect(Date.parse(rows[0]!.at)).toBeLessThanOrEqual(Date.parse(created.createdAt));
    } finally {
      db.close();
    }
  });
});
