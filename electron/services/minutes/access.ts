// Who may do what with a session's minutes. Reading is decided by attendance (and enforced again by
// the cryptography: keys are sealed only to recipients); writing needs the secretary's or the
// coordinator's role, presence at the session and a valid charter signature on its date.
import { and, eq } from 'drizzle-orm';
import { accounts, minutes, minutesRecipients } from '../../../db/schema.js';
import type { MinutesWriteRefusal } from '../../../contract/types/minutes.js';
import { isKeeper, type Actor } from '../actor.js';
import { membersSignedOn } from '../charter/validOn.js';
import { AppError } from '../../../contract/errors.js';
import type { SessionRow } from '../sessions/rows.js';
import type { Db } from '../store.js';
import { participantsOf, wasPresent } from './participants.js';

export type MinutesRow = typeof minutes.$inferSelect;

export { actorOf } from '../actor.js';

export const minutesOf = (db: Db, sessionId: string): MinutesRow | undefined => db.select().from(minutes).where(eq(minutes.sessionId, sessionId)).get();

/** The session was held and its attendance recorded, with at least one person present. */
export function assertHeld(db: Db, session: SessionRow): void {
  if (session.status !== 'held' || !participantsOf(db, session.id).some((p) => p.attendance === 'present')) throw new AppError('MINUTES_NOT_HELD');
}

/** `signed`: the members signed on the session's date, when the caller already has them (checking every signature costs). */
export function mayWrite(db: Db, session: SessionRow, actor: Actor, signed: ReadonlySet<string> = membersSignedOn(db, session.date)): boolean {
  return writeRefusal(db, session, actor, signed) === null;
}

/** Which condition to write the minutes this account misses, in the order they are checked; null when it may. */
export function writeRefusal(db: Db, session: SessionRow, actor: Actor, signed: ReadonlySet<string> = membersSignedOn(db, session.date)): MinutesWriteRefusal | null {
  if (!isKeeper(actor)) return 'not_keeper';
  if (!wasPresent(db, session.id, actor.memberId)) return 'not_present';
  if (!signed.has(actor.memberId)) return 'no_signature_on_date';
  return null;
}

/** The people who may write the minutes: present at the session, secretary or coordinator, signed on its date. */
export function eligibleWriters(db: Db, session: SessionRow, signed: ReadonlySet<string> = membersSignedOn(db, session.date)): string[] {
  const keepers = new Set(
    db
      .select({ memberId: accounts.memberId, roles: accounts.roles })
      .from(accounts)
      .all()
      .filter((a) => a.roles.includes('coordinator') || a.roles.includes('secretary'))
      .map((a) => a.memberId),
  );
  return participantsOf(db, session.id)
    .filter((p) => p.attendance === 'present' && keepers.has(p.memberId) && signed.has(p.memberId))
    .map((p) => p.name);
}

export function assertMayWrite(db: Db, session: SessionRow, actor: Actor, signed?: ReadonlySet<string>): void {
  assertHeld(db, session);
  if (!mayWrite(db, session, actor, signed)) throw new AppError('MINUTES_WRITER_NOT_ELIGIBLE');
}

/** A reader of a version: present at the session now, and one of the version's frozen recipients. */
export function isReader(db: Db, sessionId: string, versionId: string, memberId: string): boolean {
  if (!wasPresent(db, sessionId, memberId)) return false;
  return db
    .select({ memberId: minutesRecipients.memberId })
    .from(minutesRecipients)
    .where(and(eq(minutesRecipients.versionId, versionId), eq(minutesRecipients.memberId, memberId)))
    .get() !== undefined;
}

export const mayDistribute = (actor: Actor): boolean => isKeeper(actor);
