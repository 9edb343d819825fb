// Who held a valid signature of the charter in force on a given day: the version in force that day
// (put in force on or before it, not retired before it), signed on or before that day, not revoked
// before it, and whose signature still verifies. The minutes' recipients depend on it.
import { charterSignatures, charterVersions } from '../../../db/schema.js';
import { todayInBrussels } from '../clock.js';
import type { Db } from '../store.js';
import { verifyAllSignatures } from './status.js';

const dayOf = (instant: string | null): string | null => (instant ? todayInBrussels(new Date(instant)) : null);

/** Members (ids) holding a valid signature on `date` (YYYY-MM-DD, Brussels). */
export function membersSignedOn(db: Db, date: string): Set<string> {
  const inForce = db
    .select()
    .from(charterVersions)
    .all()
    .find((v) => {
      const from = dayOf(v.inForceAt);
      const until = dayOf(v.retiredAt);
      return from !== null && from <= date && (until === null || until > date);
    });
  if (!inForce) return new Set();
  const broken = new Set(verifyAllSignatures(db).failures.map((f) => f.signatureId));
  const signed = new Set<string>();
  for (const s of db.select().from(charterSignatures).all()) {
    if (s.versionId !== inForce.id || broken.has(s.id)) continue;
    const signedOn = dayOf(s.signedAt);
    const revokedOn = dayOf(s.revokedAt);
    if (signedOn !== null && signedOn <= date && (revokedOn === null || revokedOn > date)) signed.add(s.memberId);
  }
  return signed;
}
