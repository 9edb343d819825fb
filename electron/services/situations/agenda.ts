// Putting a situation on a session's agenda (coordinator): only a ready situation whose family
// was informed and agreed (conditions 3 and 4), or one coming back for follow-up, never one
// whose consent was withdrawn. The agenda item carries the situation's code, never its content;
// the agenda's own rules (closing time with override, session length) apply unchanged.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull, isNull, desc } from 'drizzle-orm';
import { situationPresentations, situations } from '../../../db/schema.js';
import type { Sector } from '../../../contract/reference/taxonomy.js';
import type { NeedSector } from '../../../contract/schemas/sessions.js';
import type { ScheduleSituationInput } from '../../../contract/schemas/situationFollowUp.js';
import type { AgendaCandidate } from '../../../contract/types/situationFollowUp.js';
import { appendAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { addAgendaItem } from '../sessions/agenda.js';
import { sessionRow } from '../sessions/rows.js';
import { inTransaction, type Db, type OpenWorkspace } from '../store.js';
import { assertMayPresent, situationRow, type SituationRow } from './access.js';
import { consentRow } from './anonymisation.js';
import { assertInformedAndAgreed, hasConsent, isInformed } from './gate.js';
import { setSituationStatus } from './statusLog.js';

const AGENDA_SECTORS: readonly string[] = ['youth_aid', 'disability', 'mental_health'];

/** The agenda knows three sectors by name and "other" for the rest (education, justice…). */
export const agendaSectorsOf = (needSectors: string[]): NeedSector[] => [
  ...new Set(needSectors.map((s) => (AGENDA_SECTORS.includes(s) ? (s as NeedSector) : 'other'))),
];

/** Conditions 3 and 4, by the same rule as marking ready. */
function informedAndAgreed(db: Db, situationId: string): boolean {
  const consent = consentRow(db, situationId);
  return isInformed(consent) && hasConsent(consent);
}

function lastFollowUpSessionId(db: Db, situationId: string): string | null {
  const row = db
    .select({ followUpSessionId: situationPresentations.followUpSessionId })
    .from(situationPresentations)
    .where(and(eq(situationPresentations.situationId, situationId), isNotNull(situationPresentations.outcomeRecordedAt)))
    .orderBy(desc(situationPresentations.outcomeRecordedAt))
    .get();
  return row?.followUpSessionId ?? null;
}

/** Ready situations and those awaiting follow-up, neither withdrawn nor purged: code and sectors only. */
export function agendaCandidates(db: Db, sessionId: string): AgendaCandidate[] {
  sessionRow(db, sessionId);
  const rows = db
    .select()
    .from(situations)
    .where(and(inArray(situations.status, ['ready', 'follow_up']), isNull(situations.consentWithdrawnAt), isNull(situations.purgedAt)))
    .orderBy(asc(situations.code))
    .all();
  return rows
    .filter((row) => informedAndAgreed(db, row.id))
    .map((row) => ({
      id: row.id,
      code: row.code,
      status: row.status,
      needSectors: row.needSectors as Sector[],
      severity: row.severity,
      suggested: lastFollowUpSessionId(db, row.id) === sessionId,
    }));
}

function assertSchedulable(db: Db, situation: SituationRow): void {
  if (situation.purgedAt || situation.status === 'closed') throw new AppError('SITUATION_CLOSED');
  if (situation.consentWithdrawnAt) throw new AppError('SITUATION_WITHDRAWN');
  if (situation.status === 'scheduled') throw new AppError('SITUATION_ON_AGENDA');
  if (situation.status !== 'ready' && situation.status !== 'follow_up') throw new AppError('SITUATION_NOT_READY');
  assertInformedAndAgreed(consentRow(db, situation.id));
  // Conditions 1 and 2 are checked again: the presenter's signature may have lapsed since.
  assertMayPresent(db, situation.presenterMemberId);
}

/** Adds the situation to the agenda → status scheduled and a presentation (a follow-up when it was presented before). */
export function scheduleSituation(ws: OpenWorkspace, accountId: string, input: Required<ScheduleSituationInput>, now: Date = new Date()): string {
  return inTransaction(ws, () => {
    const situation = situationRow(ws.db, input.situationId);
    assertSchedulable(ws.db, situation);
    const already = ws.db
      .select({ id: situationPresentations.id })
      .from(situationPresentations)
      .where(and(eq(situationPresentations.situationId, situation.id), eq(situationPresentations.sessionId, input.sessionId)))
      .get();
    if (already) throw new AppError('SITUATION_ON_AGENDA');
    const earlier = ws.db
      .select({ id: situationPresentations.id })
      .from(situationPresentations)
      .where(eq(situationPresentations.situationId, situation.id))
      .get();
    const agendaItemId = addAgendaItem(
      ws,
      accountId,
      {
        sessionId: input.sessionId,
        title: situation.code,
        durationMinutes: input.durationMinutes,
        sectors: agendaSectorsOf(situation.needSectors),
        overrideReason: input.overrideReason,
        situationId: situation.id,
      },
      now,
    );
    const id = randomUUID();
    ws.db
      .insert(situationPresentations)
      .values({ id, situationId: situation.id, sessionId: input.sessionId, agendaItemId, followUp: !!earlier, createdAt: nowIso(now) })
      .run();
    setSituationStatus(ws.db, accountId, situation, 'scheduled', now);
    appendAudit(ws.db, { accountId, action: 'situation.schedule', entity: 'situation', entityId: situation.id }, now);
    return id;
  });
}
