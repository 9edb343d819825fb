// The invitation list's charter status per member. The charter feature provides it; until it
// is merged into this branch, no status is known (null), and the UI says so.
import type { CharterStatus } from '../../api/types/sessions.js';
import type { Db } from '../store.js';

export function charterStatuses(_db: Db): Map<string, CharterStatus> | null {
  return null;
}
