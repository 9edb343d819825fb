import { afterEach, describe, expect, it } from 'vitest';
import type { AuditVerification } from '../../contract/types/app.js';
import { unlockWithPassphrase, endSession } from '../../electron/services/workspace.js';
import { verifyAuditChain } from '../../electron/services/audit.js';
import { closeTrackedRouters, createdWorkspace, PASSPHRASE, sampleMember, unwrap } from '../helpers/workspace.js';
import path from 'node:path';

afterEach(closeTrackedRouters);

const migrationsDir = path.resolve('db/migrations');

/** A workspace with a few audited changes, opened directly (as an attacker with the key could). */
async function auditedWorkspace() {
  const w = await createdWorkspace();
  for (const lastName of ['Un', 'Deux', 'Trois']) unwrap(await w.router.handle('members.create', { ...sampleMember, lastName, email: '' }));
  const verified = unwrap(await w.router.handle('audit.verify', {})) as AuditVerification;
  expect(verified).toEqual({ ok: true, count: 6 });
  await w.router.lockNow();
  const session = await unlockWithPassphrase(w.dir, w.accountId, PASSPHRASE, { migrationsDir });
  return session;
}

describe('audit chain', () => {
  it('records who did what to which entity, and never the content', async () => {
    const session = await auditedWorkspace();
    const rows = session.ws.sqlite.prepare('select * from audit_events order by seq').all() as Array<Record<string, unknown>>;
    expect(rows.map((r) => r.action)).toEqual(['workspace.create', 'member.create', 'account.create', 'member.create', 'member.create', 'member.create']);
    expect(JSON.stringify(rows)).not.toMatch(/Deux|Martin|Nivelles/);
    await endSession(session);
  });

  it('detects an edited event', async () => {
    const session = await auditedWorkspace();
    session.ws.sqlite.prepare("update audit_events set action = 'member.update' where seq = 4").run();
    expect(verifyAuditChain(session.ws.db)).toMatchObject({ ok: false, problem: { seq: 4, kind: 'edited' } });
    await endSession(session);
  });

  it('detects a removed event in the middle and at the end', async () => {
    const session = await auditedWorkspace();
    session.ws.sqlite.prepare('delete from audit_events where seq = 6').run();
    expect(verifyAuditChain(session.ws.db)).toMatchObject({ ok: false, problem: { kind: 'head_mismatch' } });
    session.ws.sqlite.prepare('delete from audit_events where seq = 3').run();
    expect(verifyAuditChain(session.ws.db)).toMatchObject({ ok: false, problem: { seq: 3, kind: 'missing' } });
    await endSession(session);
  });

  it('detects reordered events', async () => {
    const session = await auditedWorkspace();
    const db = session.ws.sqlite;
    // Swap the contents of events 4 and 5 while keeping their sequence numbers.
    const four = db.prepare('select * from audit_events where seq = 4').get() as Record<string, unknown>;
    const five = db.prepare('select * from audit_events where seq = 5').get() as Record<string, unknown>;
    const put = db.prepare('update audit_events set at=@at, account_id=@account_id, action=@action, entity=@entity, entity_id=@entity_id, prev_hash=@prev_hash, hash=@hash where seq=@seq');
    db.transaction(() => {
      put.run({ ...five, seq: 4 });
      put.run({ ...four, seq: 5 });
    })();
    expect(verifyAuditChain(session.ws.db)).toMatchObject({ ok: false, problem: { seq: 4, kind: 'reordered' } });
    await endSession(session);
  });
});
