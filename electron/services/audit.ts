// The audit log: one event per change (who, which action, which entity; never content),
// each carrying the hash of the previous one. The chain head is kept in the workspace row,
// updated in the same transaction, so a removed last event is detected too.
import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { auditEvents, workspace } from '../../db/schema.js';
import type { AuditVerification } from '../../contract/types/app.js';
import type { Db } from './store.js';

export interface AuditEntry {
  accountId: string | null;
  action: string;
  entity: string;
  entityId: string;
}

const GENESIS = '0'.repeat(64);

function eventHash(seq: number, at: string, e: AuditEntry, prevHash: string): string {
  const canonical = JSON.stringify([seq, at, e.accountId, e.action, e.entity, e.entityId, prevHash]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Call inside the transaction of the change it records. */
export function appendAudit(db: Db, entry: AuditEntry, now: Date = new Date()): void {
  const head = db.select({ seq: workspace.auditHeadSeq, hash: workspace.auditHeadHash }).from(workspace).get();
  if (!head) throw new Error('workspace row missing');
  const seq = head.seq + 1;
  const prevHash = head.seq === 0 ? GENESIS : head.hash;
  const at = now.toISOString();
  const hash = eventHash(seq, at, entry, prevHash);
  db.insert(auditEvents).values({ seq, at, ...entry, prevHash, hash }).run();
  db.update(workspace).set({ auditHeadSeq: seq, auditHeadHash: hash }).where(eq(workspace.singleton, 1)).run();
}

export function verifyAuditChain(db: Db): AuditVerification {
  const events = db.select().from(auditEvents).orderBy(asc(auditEvents.seq)).all();
  let prevHash = GENESIS;
  let expectedSeq = 1;
  for (const e of events) {
    if (e.seq !== expectedSeq) return { ok: false, count: events.length, problem: { seq: expectedSeq, kind: 'missing' } };
    if (e.prevHash !== prevHash) return { ok: false, count: events.length, problem: { seq: e.seq, kind: 'reordered' } };
    if (eventHash(e.seq, e.at, e, e.prevHash) !== e.hash) return { ok: false, count: events.length, problem: { seq: e.seq, kind: 'edited' } };
    prevHash = e.hash;
    expectedSeq += 1;
  }
  const head = db.select({ seq: workspace.auditHeadSeq, hash: workspace.auditHeadHash }).from(workspace).get();
  const lastSeq = events.length;
  if (!head || head.seq !== lastSeq || (lastSeq > 0 && head.hash !== prevHash))
    return { ok: false, count: events.length, problem: { seq: head?.seq ?? 0, kind: 'head_mismatch' } };
  return { ok: true, count: events.length };
}
