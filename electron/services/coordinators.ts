// The rule that a workspace always keeps an active coordinator, in one place: the accounts service
// applies it to a role change, the roster to a departure, a restore to what it re-applies.
import { isNull } from 'drizzle-orm';
import { accounts } from '../../db/schema.js';
import type { Db } from './store.js';

/** Ids of the active (not disabled) accounts holding the coordinator role. */
export function activeCoordinatorIds(db: Db): string[] {
  return db
    .select({ id: accounts.id, roles: accounts.roles })
    .from(accounts)
    .where(isNull(accounts.disabledAt))
    .all()
    .filter((a) => a.roles.includes('coordinator'))
    .map((a) => a.id);
}
