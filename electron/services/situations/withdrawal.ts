// Withdrawal of consent: from that moment only the presenter sees the content, the situation
// leaves the agendas of sessions not yet held, it is closed (its purge date set), and the
// `withdrawn` flag (consentWithdrawnAt) lets the minutes that mention it say so.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { agendaItems, sessions, situationPresentations, situations } from '../../../db/schema.js';
import { appendAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { inTransaction, type Db, type OpenWorkspace } from '../store.js';
import { memberIdOfAccount, situationRow } from './access.js';
import { auditSituation } from './gate.js';
import { isCoordinator } from './record.js';
import { purgeDateFrom } from './retention.js';
import { setSituationStatus } from './statusLog.js';

/** The presenter or a coordinator records it (the family may tell either). */
export function withdrawConsent(ws: OpenWorkspace, accountId: string, id: string, now: Date = new Date()): void {
  inTransaction(ws, () => {
    const db = ws.db;
    const situation = situationRow(db, id);
    const isPresenter = situation.presenterMemberId === memberIdOfAccount(db, accountId);
    if (!isPresenter && !isCoordinator(db, accountId)) throw new AppError('FORBIDDEN');
    if (situation.consentWithdrawnAt || situation.purgedAt) throw new AppError('SITUATION_WITHDRAWN');
    applyWithdrawal(db, accountId, id, now);
  });
}

/** The effect, without the checks; also re-applied after a restore (accountId null). Inside a transaction. */
export function applyWithdrawal(db: Db, accountId: string | null, id: string, now: Date): void {
  {
    const situation = situationRow(db, id);
    const at = nowIso(now);
    db.update(situations).set({ consentWithdrawnAt: at, updatedAt: at }).where(eq(situations.id, id)).run();
    auditSituation(db, accountId, 'situation.consent.withdraw', id);

    // Future agendas: the items of sessions still planned go, with their presentations not yet held.
    const future = db
      .select({ itemId: agendaItems.id, sessionId: agendaItems.sessionId })
      .from(agendaItems)
      .innerJoin(sessions, eq(sessions.id, agendaItems.sessionId))
      .where(and(eq(agendaItems.situationId, id), eq(sessions.status, 'planned')))
      .all();
    for (const sessionId of new Set(future.map((f) => f.sessionId))) {
      db.delete(situationPresentations)
        .where(and(eq(situationPresentations.situationId, id), eq(situationPresentations.sessionId, sessionId), isNull(situationPresentations.outcomeRecordedAt)))
        .run();
      appendAudit(db, { accountId, action: 'agenda.remove.withdrawn', entity: 'session', entityId: sessionId });
    }
    if (future.length > 0) db.delete(agendaItems).where(inArray(agendaItems.id, future.map((f) => f.itemId))).run();

    if (situation.status !== 'closed') {
      db.update(situations).set({ closedAt: at, purgeAfter: purgeDateFrom(db, now) }).where(eq(situations.id, id)).run();
      setSituationStatus(db, accountId, situationRow(db, id), 'closed', now);
    }
  }
}
