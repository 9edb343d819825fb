// The presentations of a situation and what came out of each: leads (sector + service type),
// actions (member, what, due date), the session for the follow-up, the needs' states. Recorded
// after the session is held, by the coordinator or the secretary → presented, or follow_up when a
// follow-up session is chosen. Closing (coordinator or presenter) sets the purge date.
import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { members, situationActions, situationLeads, situationNeeds, situationPresentations, sessions, situations } from '../../../db/schema.js';
import type { Sector, ServiceType } from '../../../contract/reference/taxonomy.js';
import type { NeedState } from '../../../contract/schemas/situationFollowUp.js';
import type { PresentationView, SituationFollowUpView } from '../../../contract/types/situationFollowUp.js';
import { appendAudit } from '../audit.js';
import { nowIso, todayInBrussels } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { sessionRow } from '../sessions/rows.js';
import { inTransaction, type Db, type OpenWorkspace } from '../store.js';
import { maySeeDetails, situationRow, type SituationRow } from './access.js';
import { assertActiveMember } from './actions.js';
import { auditSituation } from './gate.js';
import { actorOf, assertMay, mayClose, mayEditNeeds, mayRecordOutcome, type Actor } from './followUpAccess.js';
import { needsGrid, setNeedStateIn } from './needs.js';
import { getSituationSettings } from './retention.js';
import { setSituationStatus } from './statusLog.js';

export interface OutcomeData {
  presentationId: string;
  leads: Array<{ sector: Sector; serviceType: ServiceType; text: string }>;
  actions: Array<{ memberId: string; what: string; dueOn: string }>;
  followUpSessionId: string | null;
  needStates: Array<{ needId: string; state: NeedState }>;
}

function presentationRow(db: Db, id: string) {
  const row = db.select().from(situationPresentations).where(eq(situationPresentations.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function recordOutcome(ws: OpenWorkspace, accountId: string, input: OutcomeData, now: Date = new Date()): string {
  return inTransaction(ws, () => {
    const db = ws.db;
    const presentation = presentationRow(db, input.presentationId);
    const situation = situationRow(db, presentation.situationId);
    assertMay(db, actorOf(db, accountId), situation, mayRecordOutcome);
    if (situation.status === 'closed') throw new AppError('SITUATION_CLOSED');
    const session = sessionRow(db, presentation.sessionId);
    if (session.status !== 'held') throw new AppError('SESSION_NOT_HELD');
    if (presentation.outcomeRecordedAt) throw new AppError('OUTCOME_RECORDED');
    if (input.followUpSessionId) {
      const next = sessionRow(db, input.followUpSessionId);
      if (next.status !== 'planned' || next.date <= session.date) throw new AppError('FOLLOW_UP_SESSION_INVALID');
    }
    for (const action of input.actions) assertActiveMember(db, action.memberId, now);
    const needs = input.needStates.length
      ? db.select().from(situationNeeds).where(inArray(situationNeeds.id, input.needStates.map((n) => n.needId))).all()
      : [];
    for (const n of input.needStates) if (!needs.some((row) => row.id === n.needId && row.situationId === situation.id)) throw new AppError('NOT_FOUND');

    const at = nowIso(now);
    for (const lead of input.leads) {
      db.insert(situationLeads).values({ id: randomUUID(), presentationId: presentation.id, sector: lead.sector, serviceType: lead.serviceType, text: lead.text, createdAt: at }).run();
    }
    for (const action of input.actions) {
      db.insert(situationActions).values({ id: randomUUID(), presentationId: presentation.id, memberId: action.memberId, what: action.what, dueOn: action.dueOn, createdAt: at }).run();
    }
    // Every need named gets a history entry for this session, even when its state is unchanged:
    // the grid then shows the group looked at it that day.
    for (const n of input.needStates) setNeedStateIn(db, accountId, needs.find((row) => row.id === n.needId)!, n.state, session.id, now);
    db.update(situationPresentations).set({ outcomeRecordedAt: at, followUpSessionId: input.followUpSessionId }).where(eq(situationPresentations.id, presentation.id)).run();
    appendAudit(db, { accountId, action: 'situation.outcome', entity: 'situation', entityId: situation.id }, now);
    setSituationStatus(db, accountId, situationRow(db, situation.id), input.followUpSessionId ? 'follow_up' : 'presented', now);
    return situation.id;
  });
}

/** Closing sets closedAt and purgeAfter = closedAt + the workspace's retention (years). */
export function closeSituation(ws: OpenWorkspace, accountId: string, situationId: string, now: Date = new Date()): string {
  return inTransaction(ws, () => {
    const db = ws.db;
    const situation = situationRow(db, situationId);
    if (!mayClose(actorOf(db, accountId), situation)) throw new AppError('FORBIDDEN');
    if (situation.status === 'closed') throw new AppError('SITUATION_CLOSED');
    // Take it off the agenda first: a session would otherwise present a closed situation.
    if (situation.status === 'scheduled') throw new AppError('SITUATION_ON_AGENDA');
    const years = getSituationSettings(db).retentionYears;
    const closedAt = DateTime.fromJSDate(now).toUTC();
    db.update(situations)
      .set({ closedAt: closedAt.toISO()!, purgeAfter: closedAt.plus({ years }).toISO()! })
      .where(eq(situations.id, situation.id))
      .run();
    setSituationStatus(db, accountId, situation, 'closed', now);
    return situation.id;
  });
}

function presentationsOf(db: Db, situationId: string, withContent: boolean, today: string): PresentationView[] {
  const rows = db
    .select({ p: situationPresentations, s: { date: sessions.date, title: sessions.title, status: sessions.status, startTime: sessions.startTime } })
    .from(situationPresentations)
    .innerJoin(sessions, eq(sessions.id, situationPresentations.sessionId))
    .where(eq(situationPresentations.situationId, situationId))
    .orderBy(asc(sessions.date), asc(sessions.startTime))
    .all();
  const ids = rows.map((r) => r.p.id);
  const leads = withContent && ids.length ? db.select().from(situationLeads).where(inArray(situationLeads.presentationId, ids)).orderBy(asc(situationLeads.createdAt)).all() : [];
  const actions =
    withContent && ids.length
      ? db
          .select({ a: situationActions, firstName: members.firstName, lastName: members.lastName })
          .from(situationActions)
          .innerJoin(members, eq(members.id, situationActions.memberId))
          .where(inArray(situationActions.presentationId, ids))
          .orderBy(asc(situationActions.dueOn))
          .all()
      : [];
  return rows.map(({ p, s }) => {
    const next = p.followUpSessionId ? db.select({ id: sessions.id, date: sessions.date }).from(sessions).where(eq(sessions.id, p.followUpSessionId)).get() : undefined;
    return {
      id: p.id,
      sessionId: p.sessionId,
      sessionDate: s.date,
      sessionTitle: s.title,
      sessionStatus: s.status,
      followUp: p.followUp,
      outcomeRecordedAt: p.outcomeRecordedAt,
      followUpSession: next ?? null,
      leads: leads.filter((l) => l.presentationId === p.id).map((l) => ({ id: l.id, sector: l.sector as Sector, serviceType: l.serviceType as ServiceType, text: l.text })),
      actions: actions
        .filter((r) => r.a.presentationId === p.id)
        .map(({ a, firstName, lastName }) => ({
          id: a.id,
          memberId: a.memberId,
          memberName: `${firstName} ${lastName}`,
          what: a.what,
          dueOn: a.dueOn,
          doneAt: a.doneAt,
          overdue: !a.doneAt && a.dueOn < today,
        })),
    };
  });
}

/**
 * Opens the follow-up of a situation (leads, actions, needs), on a session's screen or under the
 * record: a read of the situation's content, audited under its own name since the record's
 * opening (situation.open) does not include it.
 */
export function openFollowUp(ws: OpenWorkspace, accountId: string, situationId: string, now: Date = new Date()): SituationFollowUpView {
  return inTransaction(ws, () => {
    const view = followUpView(ws.db, accountId, situationId, now);
    auditSituation(ws.db, accountId, view.restricted ? 'situation.followUp.open.restricted' : 'situation.followUp.open', situationId);
    return view;
  });
}

/** The follow-up of one situation; without the right to see details, only code, sectors, status and dates. */
export function followUpView(db: Db, accountId: string, situationId: string, now: Date = new Date()): SituationFollowUpView {
  const situation: SituationRow = situationRow(db, situationId);
  const actor: Actor = actorOf(db, accountId);
  const visible = maySeeDetails(db, actor.memberId, situation);
  return {
    situationId: situation.id,
    code: situation.code,
    status: situation.status,
    needSectors: situation.needSectors as Sector[],
    restricted: !visible,
    withdrawn: !!situation.consentWithdrawnAt,
    closedAt: situation.closedAt,
    purgeAfter: situation.purgeAfter,
    mayRecord: mayRecordOutcome(db, actor, situation),
    mayEditNeeds: mayEditNeeds(db, actor, situation) && situation.status !== 'closed',
    mayClose: mayClose(actor, situation) && situation.status !== 'closed' && situation.status !== 'scheduled',
    presentations: presentationsOf(db, situation.id, visible, todayInBrussels(now)),
    needs: visible ? needsGrid(db, situation.id) : { sessions: [], rows: [] },
  };
}
