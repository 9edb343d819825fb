// Who may present a situation and who may see its details (conditions 1 and 2 of shared
// professional secrecy). Enforced here, on the backend, for every channel that touches a situation.
import { eq } from 'drizzle-orm';
import { accounts, members, situations } from '../../../db/schema.js';
import { charterStatusOf } from '../charter/status.js';
import { AppError } from '../../../contract/errors.js';
import type { PresentRefusal } from '../../../contract/types/situations.js';
import type { Db } from '../store.js';

export type SituationRow = typeof situations.$inferSelect;

export function situationRow(db: Db, id: string): SituationRow {
  const row = db.select().from(situations).where(eq(situations.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function memberIdOfAccount(db: Db, accountId: string): string {
  const row = db.select({ memberId: accounts.memberId }).from(accounts).where(eq(accounts.id, accountId)).get();
  if (!row) throw new AppError('UNAUTHENTICATED');
  return row.memberId;
}

/** Condition 1: bound by professional secrecy (the one test of it, for the gate, the presenters list and access). */
export const isSecretBound = (secrecyStatus: string | null | undefined): boolean => secrecyStatus === 'professional_secret';

/**
 * A presenter must be bound by professional secrecy (condition 1) and hold a valid signature of
 * the charter in force (condition 2). Throws the error naming the condition that fails.
 */
export function assertMayPresent(db: Db, memberId: string): void {
  const member = db.select({ secrecy: members.secrecyStatus, deactivatedAt: members.deactivatedAt }).from(members).where(eq(members.id, memberId)).get();
  if (!member) throw new AppError('NOT_FOUND');
  if (member.deactivatedAt) throw new AppError('MEMBER_INACTIVE');
  if (!isSecretBound(member.secrecy)) throw new AppError('SITUATION_PRESENTER_NOT_SECRET');
  if (charterStatusOf(db, memberId) !== 'valid') throw new AppError('SITUATION_PRESENTER_NO_CHARTER');
}

/**
 * Why this account may not present a new situation, from the same checks as the creation (null: it
 * may). The coordination, signed, may also create one for another presenter.
 */
export function presentRefusal(db: Db, accountId: string): PresentRefusal | null {
  const memberId = memberIdOfAccount(db, accountId);
  try {
    assertMayPresent(db, memberId);
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'SITUATION_PRESENTER_NO_CHARTER') return 'no_charter';
    if (isCoordinatorMember(db, memberId) && hasValidCharter(db, memberId)) return null;
    if (error.code === 'SITUATION_PRESENTER_NOT_SECRET') return 'not_secret';
    if (error.code === 'MEMBER_INACTIVE') return 'inactive';
    throw error;
  }
}

/** Whether the member holds a valid signature of the charter in force: the gate to any situation's details. */
export const hasValidCharter = (db: Db, memberId: string): boolean => charterStatusOf(db, memberId) === 'valid';

function isCoordinatorMember(db: Db, memberId: string): boolean {
  const row = db.select({ roles: accounts.roles }).from(accounts).where(eq(accounts.memberId, memberId)).get();
  return row?.roles.includes('coordinator') ?? false;
}

/**
 * Whether this member may see the details of this situation. Without a valid signature: code and
 * sectors only. After consent is withdrawn: only the presenter. A draft (not yet through the
 * anonymisation check): only its presenter and the coordination. After the purge: nobody (there
 * is nothing left). views.ts applies the same rule to whole lists, with the reason.
 */
export function maySeeDetails(db: Db, memberId: string, situation: SituationRow): boolean {
  if (situation.purgedAt) return false;
  if (!hasValidCharter(db, memberId)) return false;
  if (situation.consentWithdrawnAt) return situation.presenterMemberId === memberId;
  if (situation.status === 'draft') return situation.presenterMemberId === memberId || isCoordinatorMember(db, memberId);
  return true;
}

export function assertMaySeeDetails(db: Db, memberId: string, situation: SituationRow): void {
  if (!maySeeDetails(db, memberId, situation)) throw new AppError('SITUATION_RESTRICTED');
}
