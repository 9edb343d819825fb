// Who may change the follow-up of a situation. Reading its content always needs maySeeDetails
// (access.ts); on top of that: the coordinator or the secretary record outcomes; they and the
// presenter keep the needs grid; the coordinator or the presenter close the situation.
import { isKeeper, type Actor } from '../actor.js';
import { AppError } from '../../../contract/errors.js';
import type { Db } from '../store.js';
import { maySeeDetails, type SituationRow } from './access.js';

export { actorOf, type Actor } from '../actor.js';
const isPresenter = (actor: Actor, situation: SituationRow) => situation.presenterMemberId === actor.memberId;

export const mayRecordOutcome = (db: Db, actor: Actor, situation: SituationRow) => maySeeDetails(db, actor.memberId, situation) && isKeeper(actor);
export const mayEditNeeds = (db: Db, actor: Actor, situation: SituationRow) =>
  maySeeDetails(db, actor.memberId, situation) && (isKeeper(actor) || isPresenter(actor, situation));
export const mayClose = (actor: Actor, situation: SituationRow) =>
  !situation.purgedAt && (actor.roles.includes('coordinator') || isPresenter(actor, situation));

/** Throws SITUATION_RESTRICTED when the content is hidden from this account, else FORBIDDEN when the role is missing. */
export function assertMay(db: Db, actor: Actor, situation: SituationRow, allowed: (db: Db, actor: Actor, s: SituationRow) => boolean): void {
  if (!maySeeDetails(db, actor.memberId, situation)) throw new AppError('SITUATION_RESTRICTED');
  if (!allowed(db, actor, situation)) throw new AppError('FORBIDDEN');
}
