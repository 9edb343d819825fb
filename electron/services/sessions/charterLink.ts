// The invitation list's charter status per member, from the charter feature: who holds a valid
// signature of the version in force (valid), signed only an older one (to_renew), never signed
// (missing), or whose signatures were revoked (revoked).
import type { CharterStatus } from '../../../contract/types/sessions.js';
import { charterStatusByMember } from '../charter/status.js';
import type { Db } from '../store.js';

export function charterStatuses(db: Db): Map<string, CharterStatus> {
  return charterStatusByMember(db);
}
