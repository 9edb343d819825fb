// Members who may present a situation today (conditions 1 and 2), for the coordinator's choice.
import { isNull } from 'drizzle-orm';
import { members } from '../../../db/schema.js';
import type { EligiblePresenter } from '../../../contract/types/situations.js';
import { isSecretBound } from './access.js';
import { charterStatusByMember } from '../charter/status.js';
import type { Db } from '../store.js';

export function eligiblePresenters(db: Db): EligiblePresenter[] {
  const status = charterStatusByMember(db);
  return db
    .select()
    .from(members)
    .where(isNull(members.deactivatedAt))
    .orderBy(members.lastName, members.firstName)
    .all()
    .filter((m) => isSecretBound(m.secrecyStatus) && status.get(m.id) === 'valid')
    .map((m) => ({ memberId: m.id, name: `${m.firstName} ${m.lastName}`, organisation: m.organisation }));
}
