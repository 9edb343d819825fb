// A restored older backup does not bring back what must never come back: a consent withdrawn and a
// member's departure (account disabled, signatures revoked) after the backup stay in effect once
// it is restored, through the router; a log that was edited stops the restore before anything moves.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../contract/types/app.js';
import type { CreatedBackupInfo } from '../../contract/types/safety.js';
import type { SituationDetail } from '../../contract/types/situations.js';
import type { Router } from '../../electron/api/router.js';
import { IRREVERSIBLE_FILE_NAME } from '../../electron/services/safety/irreversible.js';
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
