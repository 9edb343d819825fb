// Actions decided after a presentation: marking one done (its member, the coordinator or the
// secretary), changing one (the coordinator or the secretary), and the overdue ones of the
// logged-in member for the home screen.
import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { members, situationActions, situationPresentations, situations } from '../../../db/schema.js';
import type { OverdueAction } from '../../../contract/types/situationFollowUp.js';
import { appendAudit } from '../audit.js';
import { nowIso, todayInBrussels } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { activeOn } from '../sessions/participants.js';
import { inTransaction, type Db, type OpenWorkspace } from '../store.js';
import { maySeeDetails, situationRow } from './access.js';
import { actorOf } from './followUpAccess.js';

/** An action with the situation it belongs to; NOT_FOUND when there is none. */
function actionRow(db: Db, id: string) {
  const row = db
    .select({ action: situationActions, situationId: situationPresentations.situationId })
    .from(situationActions)
    .innerJoin(situationPresentations, eq(situationPresentations.id, situationActions.presentationId))
    .where(eq(situationActions.id, id))
    .get();
  if (!row) throw new AppError('NOT_FOUND');
  return { action: row.action, situation: situationRow(db, row.situationId) };
}

const isKeeper = (roles: string[]) => roles.includes('coordinator') || roles.includes('secretary');

export function setActionDone(ws: OpenWorkspace, accountId: string, input: { id: string; done: boolean }, now: Date = new Date()): string {
  return inTransaction(ws, () => {
    const db = ws.db;
    const { action, situation } = actionRow(db, input.id);
    const actor = actorOf(db, accountId);
    if (!maySeeDetails(db, actor.memberId, situation)) throw new AppError('SITUATION_RESTRICTED');
    const mine = action.memberId === actor.memberId;
    if (!mine && !isKeeper(actor.roles)) throw new AppError('FORBIDDEN');
    if (!!action.doneAt === input.done) return situation.id;
    db.update(situationActions).set({ doneAt: input.done ? nowIso(now) : null }).where(eq(situationActions.id, input.id)).run();
    appendAudit(db, { accountId, action: input.done ? 'situation.action.done' : 'situation.action.reopen', entity: 'situation', entityId: situation.id }, now);
    return situation.id;
  });
}

/**
 * Reassigns an action, rewords it or moves its date: the member who took it on may leave the
 * group, a deadline may move. The coordinator or the secretary, while the situation is open; the
 * new member must be active. The audit names the change, never the text.
 */
export function updateAction(ws: OpenWorkspace, accountId: string, input: { id: string; memberId: string; what: string; dueOn: string }, now: Date = new Date()): string {
  return inTransaction(ws, () => {
    const db = ws.db;
    const { situation } = actionRow(db, input.id);
    const actor = actorOf(db, accountId);
    if (!maySeeDetails(db, actor.memberId, situation)) throw new AppError('SITUATION_RESTRICTED');
    if (!isKeeper(actor.roles)) throw new AppError('FORBIDDEN');
    if (situation.status === 'closed') throw new AppError('SITUATION_CLOSED');
    assertActiveMember(db, input.memberId, now);
    db.update(situationActions).set({ memberId: input.memberId, what: input.what, dueOn: input.dueOn }).where(eq(situationActions.id, input.id)).run();
    appendAudit(db, { accountId, action: 'situation.action.update', entity: 'situation', entityId: situation.id }, now);
    return situation.id;
  });
}

/** An action can be given only to a member of the roster who is active today. */
export function assertActiveMember(db: Db, memberId: string, now: Date): void {
  const member = db.select().from(members).where(eq(members.id, memberId)).get();
  if (!member) throw new AppError('NOT_FOUND');
  if (member.deactivatedAt || !activeOn(member, todayInBrussels(now))) throw new AppError('MEMBER_INACTIVE');
}

/** The member's actions past their due date and not done; the text only where the member may see the situation. */
export function overdueActionsOf(db: Db, memberId: string, now: Date = new Date()): OverdueAction[] {
  const today = todayInBrussels(now);
  const rows = db
    .select({ action: situationActions, situation: situations })
    .from(situationActions)
    .innerJoin(situationPresentations, eq(situationPresentations.id, situationActions.presentationId))
    .innerJoin(situations, eq(situations.id, situationPresentations.situationId))
    .where(and(eq(situationActions.memberId, memberId), isNull(situationActions.doneAt), lt(situationActions.dueOn, today), isNull(situations.purgedAt)))
    .orderBy(asc(situationActions.dueOn))
    .all();
  const todayDt = DateTime.fromISO(today);
  return rows.map(({ action, situation }) => ({
    id: action.id,
    situationId: situation.id,
    situationCode: situation.code,
    what: maySeeDetails(db, memberId, situation) ? action.what : null,
    dueOn: action.dueOn,
    daysOverdue: Math.round(todayDt.diff(DateTime.fromISO(action.dueOn), 'days').days),
  }));
}
