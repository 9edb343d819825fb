// "Vérifier l'intégrité": one report of SQLite's checks and the audit chain; each check can fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntegrityReportInfo } from '../../contract/types/safety.js';
import { runIntegrityChecks, type IntegrityCheck } from '../../electron/services/safety/integrity.js';
import { endSession, unlockWithPassphrase, type UnlockedWorkspace } from '../../electron/services/workspace.js';
import { allCommitments, putDraftInForce } from '../helpers/charter.js';
import { MIGRATIONS_DIR } from '../helpers/safetyWorkspace.js';
import { serviceWorkspace } from '../helpers/safetyWorkspace.js';
import { closeTrackedRouters, createdWorkspace, PASSPHRASE, unwrap } from '../helpers/workspace.js';

let session: UnlockedWorkspace;

beforeAll(async () => {
  ({ session } = await serviceWorkspace());
});
afterAll(async () => {
  await endSession(session);
  await closeTrackedRouters();
});

describe('integrity check', () => {
  it('reports every check as passed on a sound workspace (through the channel too)', async () => {
    const report = runIntegrityChecks(session.ws);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.id)).toEqual(['sqliteIntegrity', 'foreignKeys', 'auditChain', 'signatures']);
    expect(report.checks.find((c) => c.id === 'auditChain')?.checked).toBe(3);
    const { router } = await createdWorkspace();
    const viaChannel = unwrap(await router.handle('integrity.check', {})) as IntegrityReportInfo;
    expect(viaChannel.ok).toBe(true);
  });

  it('a new check plugs in with one entry, and one that throws is reported, not hidden', () => {
    const extra: IntegrityCheck = { id: 'signatures', run: () => ({ ok: false, checked: 2, problems: ['signature#1'] }) };
    const broken: IntegrityCheck = { id: 'broken', run: () => { throw new Error('boom'); } };
    const report = runIntegrityChecks(session.ws, [extra, broken]);
    expect(report.ok).toBe(false);
    expect(report.checks).toEqual([
      { id: 'signatures', ok: false, checked: 2, problems: ['signature#1'] },
      { id: 'broken', ok: false, problems: ['exception: Error'] },
    ]);
  });

  it('detects an edited audit event and a broken foreign key', () => {
    session.ws.sqlite.prepare("update audit_events set action = 'member.delete' where seq = 2").run();
    session.ws.sqlite.pragma('foreign_keys = OFF');
    session.ws.sqlite
      .prepare("insert into accounts (id, member_id, username, roles, sign_public_key, box_public_key, identity_key_id, created_at) values ('x', 'no-such-member', 'ghost', '[]', '', '', '', '')")
      .run();
    session.ws.sqlite.pragma('foreign_keys = ON');
    const report = runIntegrityChecks(session.ws);
    expect(report.ok).toBe(false);
    const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));
    expect(byId.sqliteIntegrity?.ok).toBe(true);
    expect(byId.foreignKeys?.ok).toBe(false);
    expect(byId.foreignKeys?.problems[0]).toMatch(/^accounts#\d+ → members$/);
    expect(byId.auditChain).toMatchObject({ ok: false, problems: ['edited@2'] });
  });
});

describe('integrity check: charter signatures', () => {
  it('verifies every signature, and reports a forged one by id and reason', async () => {
    const { router, dir, accountId } = await createdWorkspace();
    const version = await putDraftInForce(router);
    unwrap(await router.handle('charter.sign', { versionId: version.id, declaredStatus: 'professional_secret', commitments: allCommitments, passphrase: PASSPHRASE }));
    const report = unwrap(await router.handle('integrity.check', {})) as IntegrityReportInfo;
    expect(report.checks.find((c) => c.id === 'signatures')).toEqual({ id: 'signatures', ok: true, checked: 1, problems: [] });

    await router.lockNow();
    const opened = await unlockWithPassphrase(dir, accountId, PASSPHRASE, { migrationsDir: MIGRATIONS_DIR });
    try {
      const sig = opened.ws.sqlite.prepare('select id, signature from charter_signatures').get() as { id: string; signature: string };
      const bytes = Buffer.from(sig.signature, 'base64');
      bytes.writeUInt8(bytes.readUInt8(10) ^ 1, 10);
      opened.ws.sqlite.prepare('update charter_signatures set signature = ? where id = ?').run(bytes.toString('base64'), sig.id);
      const tampered = runIntegrityChecks(opened.ws);
      expect(tampered.ok).toBe(false);
      expect(tampered.checks.find((c) => c.id === 'signatures')).toMatchObject({ ok: false, checked: 1, problems: [`${sig.id}: bad_signature (v1, own_key)`] });
    } finally {
      await endSession(opened);
    }
  });
});
