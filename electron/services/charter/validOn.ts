// Who held a valid signature of the charter in force on a given day: the version in force that day,
// signed on or before that day, not revoked before it, and whose signature still verifies. The
// minutes' recipients depend on it. A version is in force from the day the group adopted it (which
// may precede its entry in Concerto) until a later version was adopted.
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
    .filter((v) => v.status !== 'draft')
    .map((v) => ({ ...v, from: v.adoptedOn ?? dayOf(v.inForceAt) }))
    .filter((v) => v.from !== null && v.from <= date)
    .sort((a, b) => b.number - a.number)[0];
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
