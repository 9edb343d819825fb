// When a situation's agenda item disappears before the session is held (item removed, session
// cancelled), its presentation goes and the situation returns to where it was: ready, or
// follow_up when it was already presented. Called inside the agenda's transaction.
import { and, eq, isNotNull } from 'drizzle-orm';
import { agendaItems, situationPresentations, situations } from '../../../db/schema.js';
import type { Db } from '../store.js';
import { setSituationStatus } from './statusLog.js';

export function unscheduleSituation(db: Db, accountId: string | null, situationId: string, sessionId: string): void {
  const presentation = db
    .select()
    .from(situationPresentations)
    .where(and(eq(situationPresentations.situationId, situationId), eq(situationPresentations.sessionId, sessionId)))
    .get();
  if (presentation && !presentation.outcomeRecordedAt) {
    db.delete(situationPresentations).where(eq(situationPresentations.id, presentation.id)).run();
  }
  const situation = db.select().from(situations).where(eq(situations.id, situationId)).get();
  if (!situation || situation.status !== 'scheduled') return;
  const presentedBefore = db
    .select({ id: situationPresentations.id })
    .from(situationPresentations)
    .where(and(eq(situationPresentations.situationId, situationId), isNotNull(situationPresentations.outcomeRecordedAt)))
    .get();
  setSituationStatus(db, accountId, situation, presentedBefore ? 'follow_up' : 'ready');
}

/** A cancelled session: every situation it was to present is unscheduled (its agenda stays as a record). */
export function unscheduleSessionSituations(db: Db, accountId: string | null, sessionId: string): void {
  const items = db.select({ situationId: agendaItems.situationId }).from(agendaItems).where(eq(agendaItems.sessionId, sessionId)).all();
  for (const item of items) if (item.situationId) unscheduleSituation(db, accountId, item.situationId, sessionId);
}
