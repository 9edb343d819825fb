// Every status change of a situation is kept (situation_status_changes) and audit-logged, in the
// caller's transaction. Which transitions are allowed is decided by the callers' rules.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { situationStatusChanges, situations } from '../../../db/schema.js';
import { appendAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import type { Db } from '../store.js';
import type { SituationRow } from './access.js';

export type SituationStatus = SituationRow['status'];

/** Call inside a transaction. */
export function setSituationStatus(db: Db, accountId: string | null, situation: SituationRow, to: SituationStatus, now: Date = new Date()): void {
  if (situation.status === to) return;
  const at = nowIso(now);
  db.update(situations).set({ status: to, updatedAt: at }).where(eq(situations.id, situation.id)).run();
  db.insert(situationStatusChanges).values({ id: randomUUID(), situationId: situation.id, fromStatus: situation.status, toStatus: to, accountId, at }).run();
  appendAudit(db, { accountId, action: `situation.status.${to}`, entity: 'situation', entityId: situation.id }, now);
}
