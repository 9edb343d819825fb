// The account acting, with its member and roles: what the services' access rules decide on.
import { eq } from 'drizzle-orm';
import { accounts } from '../../db/schema.js';
import { AppError } from '../../contract/errors.js';
import type { Db } from './store.js';

export interface Actor {
  accountId: string;
  memberId: string;
  roles: string[];
}

export function actorOf(db: Db, accountId: string): Actor {
  const row = db.select({ memberId: accounts.memberId, roles: accounts.roles }).from(accounts).where(eq(accounts.id, accountId)).get();
  if (!row) throw new AppError('UNAUTHENTICATED');
  return { accountId, memberId: row.memberId, roles: row.roles };
}

/** Keeps the group's records: attendance, outcomes, minutes. */
export const isKeeper = (actor: Actor): boolean => actor.roles.includes('coordinator') || actor.roles.includes('secretary');
