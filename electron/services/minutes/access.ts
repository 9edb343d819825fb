// Who may do what with a session's minutes. Reading is decided by attendance (and enforced again by
// the cryptography: keys are sealed only to recipients); writing needs the secretary's or the
// coordinator's role, presence at the session and a valid charter signature on its date.
import { eq } from 'drizzle-orm';
import { accounts, minutes, minutesRecipients } from '../../../db/schema.js';
import { and } from 'drizzle-orm';
import { membersSignedOn } from '../charter/validOn.js';
import { AppError } from '../errors.js';
import type { SessionRow } from '../sessions/rows.js';
import type { Db } from '../store.js';
import { participantsOf, wasPresent } from './participants.js';

export type MinutesRow = typeof minutes.$inferSelect;

export interface Actor {
  accountId: string;
  memberId: string;
  roles: string[];
}

export function actorOf(db: Db, accountId: string): Actor {
  const row = db.select({ memberId: accounts.memberId, roles: accounts.roles }).from(accounts).where(eq(accounts.id, accountId)).get();
  if (!row) throw new AppError('UNAUTHENTICATED');
  return { accountId, ...row };
}

export const minutesOf = (db: Db, sessionId: string): MinutesRow | undefined => db.select().from(minutes).where(eq(minutes.sessionId, sessionId)).get();

const keepsMinutes = (actor: Actor) => actor.roles.includes('secretary') || actor.roles.includes('coordinator');

/** The session was held and its attendance recorded, with at least one person present. */
export function assertHeld(db: Db, session: SessionRow): void {
  if (session.status !== 'held' || !participantsOf(db, session.id).some((p) => p.attendance === 'present')) throw new AppError('MINUTES_NOT_HELD');
}

export function mayWrite(db: Db, session: SessionRow, actor: Actor): boolean {
  return keepsMinutes(actor) && wasPresent(db, session.id, actor.memberId) && membersSignedOn(db, session.date).has(actor.memberId);
}

export function assertMayWrite(db: Db, session: SessionRow, actor: Actor): void {
  assertHeld(db, session);
  if (!mayWrite(db, session, actor)) throw new AppError('MINUTES_WRITER_NOT_ELIGIBLE');
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

export const mayDistribute = (actor: Actor): boolean => keepsMinutes(actor);
