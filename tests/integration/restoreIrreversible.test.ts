// A restored older backup does not bring back what must never come back: a consent withdrawn, a
// member's departure (account disabled, signatures revoked) and a role removed after the backup stay
// in effect once it is restored, through the router; a log that was edited, or holds an event of a
// kind this version does not know, stops the restore before anything moves. Re-applying never leaves
// the workspace without an active coordinator: the last one is kept, and the audit log says so.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../contract/types/app.js';
import type { CreatedBackupInfo } from '../../contract/types/safety.js';
import type { SituationDetail } from '../../contract/types/situations.js';
import type { Router } from '../../electron/api/router.js';
import { openEncrypted } from '../../db/connection.js';
import type { AccountSummary } from '../../contract/types/app.js';
import { IRREVERSIBLE_FILE_NAME, recordIrreversible, type IrreversibleEvent } from '../../electron/services/safety/irreversible.js';
import { readKeyFile } from '../../electron/crypto/keyFile.js';
import { dbKeyOf } from '../helpers/safety.js';
import { allCommitments, putDraftInForce } from '../helpers/charter.js';
import { call } from '../helpers/sessions.js';
import { closeTrackedRouters, createdWorkspace, OTHER_PASSPHRASE, PASSPHRASE, sampleMember, unwrap } from '../helpers/workspace.js';

let router: Router;
let dir: string;
let accountId: string;
let backup: CreatedBackupInfo;
let luc: Member;
let situationId: string;
let lucAccountId: string;
const UNTIL = new Date().toISOString().slice(0, 10);
const anne = { kind: 'passphrase', username: 'anne', passphrase: PASSPHRASE } as const;

beforeAll(async () => {
  ({ router, dir, accountId } = await createdWorkspace());
  const v1 = await putDraftInForce(router);
  await call(router, 'charter.sign', { versionId: v1.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: PASSPHRASE });
  luc = unwrap(await router.handle('members.create', sampleMember)) as Member;
  lucAccountId = (unwrap(await router.handle('accounts.create', { memberId: luc.id, username: 'luc', roles: ['member'], passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE })) as { id: string }).id;
  const situation = (await call(router, 'situations.create', {
    ageBand: '15-17',
    needSectors: ['youth_aid'],
    severity: 'difficulty',
    servicesInvolved: ['saj'],
    question: 'Quel accueil de jour pour un jeune de 16 ans ?',
    summary: 'Situation suivie.',
  })) as SituationDetail;
  situationId = situation.id;
  backup = unwrap(await router.handle('backup.create', {})) as CreatedBackupInfo;
  // After the backup: the family withdraws its consent, Luc leaves the group.
  unwrap(await router.handle('situations.withdrawConsent', { id: situationId, confirm: true }));
  unwrap(await router.handle('members.deactivate', { id: luc.id, until: UNTIL, reason: 'Départ' }));
  await router.lockNow();
});
afterAll(closeTrackedRouters);

describe('restoring a backup older than a withdrawal and a departure', () => {
  it('keeps the consent withdrawn and the member gone, account disabled', async () => {
    unwrap(await router.handle('restore.apply', { source: { kind: 'stored', name: backup.name }, credentials: anne, currentCredentials: anne, confirmReplace: true }));
    unwrap(await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE }));
    const situation = (await call(router, 'situations.get', { id: situationId })) as SituationDetail & { consentWithdrawnAt?: string | null; status: string };
    expect(situation.status).toBe('closed');
    const members = unwrap(await router.handle('members.list', {})) as Array<Member & { deactivatedAt?: string | null; activeUntil?: string | null }>;
    expect(members.find((m) => m.id === luc.id)?.activeUntil).toBe(UNTIL);
    await router.lockNow();
    // Luc's account is disabled again: he cannot log in.
    const r = await router.handle('session.unlock', { accountId: lucAccountId, passphrase: OTHER_PASSPHRASE });
    expect(r.ok).toBe(false);
  });

  it('refuses to restore when the log was edited, and changes nothing', async () => {
    const file = path.join(dir, IRREVERSIBLE_FILE_NAME);
    const log = JSON.parse(fs.readFileSync(file, 'utf8'));
    log.events = log.events.filter((e: { kind: string }) => e.kind !== 'member.deactivate');
    fs.writeFileSync(file, JSON.stringify(log));
    const r = await router.handle('restore.apply', { source: { kind: 'stored', name: backup.name }, credentials: anne, currentCredentials: anne, confirmReplace: true });
    expect(r.ok ? 'ok' : r.error.code).toBe('IRREVERSIBLE_LOG_INVALID');
  });
});

describe('restoring a backup made after a member left, came back and signed again', () => {
  it('revokes only the signatures that existed at the departure: the new one stays valid', async () => {
    const ws = await createdWorkspace();
    const today = new Date().toISOString().slice(0, 10);
    const v1 = await putDraftInForce(ws.router);
    const marie = unwrap(await ws.router.handle('members.create', { ...sampleMember, firstName: 'Marie', lastName: 'Retour' })) as Member;
    const witness = () => call(ws.router, 'charter.witness', { versionId: v1.id, memberId: marie.id, declaredStatus: 'professional_secret', signedAt: `${today}T00:00`, place: 'Wavre', passphrase: PASSPHRASE });
    await witness();
    unwrap(await ws.router.handle('members.deactivate', { id: marie.id, until: today, reason: 'Départ' }));
    unwrap(await ws.router.handle('members.reactivate', { id: marie.id }));
    await witness();
    const made = unwrap(await ws.router.handle('backup.create', {})) as CreatedBackupInfo;
    unwrap(await ws.router.handle('restore.apply', { source: { kind: 'stored', name: made.name }, credentials: anne, currentCredentials: anne, confirmReplace: true }));
    unwrap(await ws.router.handle('session.unlock', { accountId: ws.accountId, passphrase: PASSPHRASE }));
    const signatures = ((await call(ws.router, 'charter.signatures', {})) as Array<{ memberId: string; revokedAt: string | null }>).filter((x) => x.memberId === marie.id);
    // The first, from before her departure, stays revoked; the one she gave on her return is valid.
    expect(signatures.map((x) => x.revokedAt !== null).sort()).toEqual([false, true]);
    const status = ((await call(ws.router, 'charter.memberStatuses', {})) as Array<{ memberId: string; status: string; active: boolean }>).find((x) => x.memberId === marie.id);
    expect(status).toMatchObject({ active: true, status: 'valid' });
  });
});

const THIRD_PASSPHRASE = 'harpe-luciole-sentier-58';
const zoe = { kind: 'passphrase', username: 'zoe', passphrase: THIRD_PASSPHRASE } as const;

async function addAccount(r: Router, firstName: string, username: string, roles: string[], passphrase: string): Promise<{ memberId: string; accountId: string }> {
  const member = unwrap(await r.handle('members.create', { ...sampleMember, firstName, email: `${username}@example.be` })) as Member;
  const account = unwrap(await r.handle('accounts.create', { memberId: member.id, username, roles, passphrase, passphraseConfirm: passphrase })) as AccountSummary;
  return { memberId: member.id, accountId: account.id };
}

async function rolesOf(r: Router, id: string): Promise<string[]> {
  return ((unwrap(await r.handle('accounts.list', {})) as AccountSummary[]).find((a) => a.id === id)?.roles ?? []).slice().sort();
}

async function auditActions(dir: string, like: string): Promise<Array<{ action: string; entityId: string }>> {
  const db = openEncrypted(path.join(dir, 'concerto.db'), await dbKeyOf(dir, 'anne', PASSPHRASE), { readonly: true });
  try {
    return db.prepare('select action, entity_id as entityId from audit_events where action like ? order by seq').all(like) as Array<{ action: string; entityId: string }>;
  } finally {
    db.close();
  }
}

describe('restoring a backup older than a role removal', () => {
  it('keeps the role removed: a coordinator demoted after the backup is not a coordinator again', async () => {
    const ws = await createdWorkspace();
    const paul = await addAccount(ws.router, 'Paul', 'paul', ['coordinator', 'member'], OTHER_PASSPHRASE);
    const made = unwrap(await ws.router.handle('backup.create', {})) as CreatedBackupInfo;
    unwrap(await ws.router.handle('accounts.setRoles', { accountId: paul.accountId, roles: ['member'] }));
    const log = JSON.parse(fs.readFileSync(path.join(ws.dir, IRREVERSIBLE_FILE_NAME), 'utf8')) as { events: IrreversibleEvent[] };
    expect(log.events.map((e) => [e.kind, e.id, 'role' in e ? e.role : ''])).toEqual([['account.removeRole', paul.accountId, 'coordinator']]);
    await ws.router.lockNow();
    unwrap(await ws.router.handle('restore.apply', { source: { kind: 'stored', name: made.name }, credentials: anne, currentCredentials: anne, confirmReplace: true }));
    unwrap(await ws.router.handle('session.unlock', { accountId: ws.accountId, passphrase: PASSPHRASE }));
    expect(await rolesOf(ws.router, paul.accountId)).toEqual(['member']);
    await ws.router.lockNow();
    // Paul cannot replace the workspace any more: his passphrase is not a coordinator's.
    const paulCreds = { kind: 'passphrase', username: 'paul', passphrase: OTHER_PASSPHRASE } as const;
    const r = await ws.router.handle('restore.apply', { source: { kind: 'stored', name: made.name }, credentials: paulCreds, currentCredentials: paulCreds, confirmReplace: true });
    expect(r.ok ? 'ok' : r.error.code).toBe('RESTORE_CURRENT_NOT_COORDINATOR');
  });

  it('gives back a role given again after the removal (the log replays both, in order)', async () => {
    const ws = await createdWorkspace();
    const paul = await addAccount(ws.router, 'Paul', 'paul', ['coordinator', 'member'], OTHER_PASSPHRASE);
    const made = unwrap(await ws.router.handle('backup.create', {})) as CreatedBackupInfo;
    unwrap(await ws.router.handle('accounts.setRoles', { accountId: paul.accountId, roles: ['member'] }));
    unwrap(await ws.router.handle('accounts.setRoles', { accountId: paul.accountId, roles: ['secretary', 'coordinator'] }));
    await ws.router.lockNow();
    unwrap(await ws.router.handle('restore.apply', { source: { kind: 'stored', name: made.name }, credentials: anne, currentCredentials: anne, confirmReplace: true }));
    unwrap(await ws.router.handle('session.unlock', { accountId: ws.accountId, passphrase: PASSPHRASE }));
    expect(await rolesOf(ws.router, paul.accountId)).toEqual(['coordinator', 'secretary']);
  });
});

describe('re-applying never leaves the workspace without an active coordinator', () => {
  it('keeps the last coordinator when the one who took over is not in the backup, and says so in the audit log', async () => {
    const ws = await createdWorkspace();
    const made = unwrap(await ws.router.handle('backup.create', {})) as CreatedBackupInfo;
    // After the backup: Zoé becomes coordinator, then Anne steps down to member.
    await addAccount(ws.router, 'Zoé', 'zoe', ['coordinator'], THIRD_PASSPHRASE);
    unwrap(await ws.router.handle('accounts.setRoles', { accountId: ws.accountId, roles: ['member'] }));
    await ws.router.lockNow();
    // The backup has no Zoé: re-applying Anne's demotion would leave nobody to manage the workspace.
    unwrap(await ws.router.handle('restore.apply', { source: { kind: 'stored', name: made.name }, credentials: anne, currentCredentials: zoe, confirmReplace: true }));
    unwrap(await ws.router.handle('session.unlock', { accountId: ws.accountId, passphrase: PASSPHRASE }));
    // Only the removal is held back: the member role she was given at the same time is re-applied.
    expect(await rolesOf(ws.router, ws.accountId)).toEqual(['coordinator', 'member']);
    expect(await auditActions(ws.dir, '%keptLastCoordinator')).toEqual([{ action: 'account.removeRole.keptLastCoordinator', entityId: ws.accountId }]);
  });

  it('keeps the last coordinator active when re-applying a departure would disable every coordinator', async () => {
    const ws = await createdWorkspace();
    const anneMember = ((unwrap(await ws.router.handle('accounts.list', {})) as AccountSummary[]).find((a) => a.id === ws.accountId))!.memberId;
    const paul = await addAccount(ws.router, 'Paul', 'paul', ['member'], OTHER_PASSPHRASE);
    const made = unwrap(await ws.router.handle('backup.create', {})) as CreatedBackupInfo;
    // After the backup: Zoé takes over, Anne leaves the group, and so does Paul.
    await addAccount(ws.router, 'Zoé', 'zoe', ['coordinator'], THIRD_PASSPHRASE);
    unwrap(await ws.router.handle('members.deactivate', { id: anneMember, until: UNTIL, reason: 'Départ' }));
    unwrap(await ws.router.handle('members.deactivate', { id: paul.memberId, until: UNTIL, reason: 'Départ' }));
    await ws.router.lockNow();
    unwrap(await ws.router.handle('restore.apply', { source: { kind: 'stored', name: made.name }, credentials: anne, currentCredentials: zoe, confirmReplace: true }));
    // Anne can still log in and manage the workspace; Paul's departure, which takes no coordinator away, is re-applied.
    unwrap(await ws.router.handle('session.unlock', { accountId: ws.accountId, passphrase: PASSPHRASE }));
    const members = unwrap(await ws.router.handle('members.list', {})) as Array<Member & { activeUntil?: string | null }>;
    expect(members.find((m) => m.id === anneMember)?.activeUntil).toBeNull();
    expect(members.find((m) => m.id === paul.memberId)?.activeUntil).toBe(UNTIL);
    expect(await rolesOf(ws.router, ws.accountId)).toEqual(['coordinator']);
    expect(await auditActions(ws.dir, '%keptLastCoordinator')).toEqual([{ action: 'member.deactivate.keptLastCoordinator', entityId: anneMember }]);
  });
});

describe('a log holding an event of a kind this version does not know', () => {
  it('is refused (IRREVERSIBLE_LOG_INVALID), even with a valid MAC, and the workspace is left as it was', async () => {
    const ws = await createdWorkspace();
    const made = unwrap(await ws.router.handle('backup.create', {})) as CreatedBackupInfo;
    const later = unwrap(await ws.router.handle('members.create', { ...sampleMember, firstName: 'Après' })) as Member;
    const dbKey = await dbKeyOf(ws.dir, 'anne', PASSPHRASE);
    // Authenticated with the workspace's own key: only the kind is wrong.
    recordIrreversible(ws.dir, readKeyFile(ws.dir).workspaceId, dbKey, { kind: 'account.delete', id: ws.accountId, at: new Date().toISOString() } as unknown as IrreversibleEvent);
    await ws.router.lockNow();
    const r = await ws.router.handle('restore.apply', { source: { kind: 'stored', name: made.name }, credentials: anne, currentCredentials: anne, confirmReplace: true });
    expect(r.ok ? 'ok' : r.error.code).toBe('IRREVERSIBLE_LOG_INVALID');
    unwrap(await ws.router.handle('session.unlock', { accountId: ws.accountId, passphrase: PASSPHRASE }));
    const members = unwrap(await ws.router.handle('members.list', {})) as Member[];
    expect(members.map((m) => m.id)).toContain(later.id);
  });
});
