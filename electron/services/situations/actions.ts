// Actions decided after a presentation: marking one done (its member, the coordinator or the
// secretary), and the overdue ones of the logged-in member for the home screen.
import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { situationActions, situationPresentations, situations } from '../../../db/schema.js';
import type { OverdueAction } from '../../api/types/situationFollowUp.js';
import { appendAudit } from '../audit.js';
import { nowIso, todayInBrussels } from '../clock.js';
import { AppError } from '../errors.js';
import { inTransaction, type Db, type OpenWorkspace } from '../store.js';
import { maySeeDetails, situationRow } from './access.js';
import { actorOf } from './followUpAccess.js';

export function setActionDone(ws: OpenWorkspace, accountId: string, input: { id: string; done: boolean }, now: Date = new Date()): string {
  return inTransaction(ws, () => {
    const db = ws.db;
    const row = db
      .select({ action: situationActions, situationId: situationPresentations.situationId })
      .from(situationActions)
      .innerJoin(situationPresentations, eq(situationPresentations.id, situationActions.presentationId))
      .where(eq(situationActions.id, input.id))
      .get();
    if (!row) throw new AppError('NOT_FOUND');
    const situation = situationRow(db, row.situationId);
    const actor = actorOf(db, accountId);
    if (!maySeeDetails(db, actor.memberId, situation)) throw new AppError('SITUATION_RESTRICTED');
    const mine = row.action.memberId === actor.memberId;
    if (!mine && !actor.roles.includes('coordinator') && !actor.roles.includes('secretary')) throw new AppError('FORBIDDEN');
    if (!!row.action.doneAt === input.done) return situation.id;
    db.update(situationActions).set({ doneAt: input.done ? nowIso(now) : null }).where(eq(situationActions.id, input.id)).run();
    appendAudit(db, { accountId, action: input.done ? 'situation.action.done' : 'situation.action.reopen', entity: 'situation', entityId: situation.id }, now);
    return situation.id;
  });
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
