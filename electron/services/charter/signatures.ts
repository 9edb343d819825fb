// Reading recorded signatures as the UI shows them, and revoking them when a member leaves.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, lte } from 'drizzle-orm';
import { charterSignatures, charterVersions, members } from '../../../db/schema.js';
import type { CharterSignatureView } from '../../../contract/types/charter.js';
import { appendAudit } from '../audit.js';
import { AppError } from '../../../contract/errors.js';
import type { Db } from '../store.js';

export type SignatureRow = typeof charterSignatures.$inferSelect;

/** Each way a signature is recorded, with the audit action it writes. */
const RECORD_ACTIONS = { own_key: 'charter.sign', witnessed: 'charter.witness', imported: 'charter.importSignature' } as const;

/** Inserts one signature and its audit event (inside the caller's transaction); returns its id. */
export function insertSignature(db: Db, accountId: string, row: Omit<typeof charterSignatures.$inferInsert, 'id'>): string {
  const id = randomUUID();
  db.insert(charterSignatures).values({ ...row, id }).run();
  appendAudit(db, { accountId, action: RECORD_ACTIONS[row.method], entity: 'charter_signature', entityId: id });
  return id;
}

export function listSignatureViews(db: Db, filter: { id?: string; versionId?: string; memberId?: string } = {}): CharterSignatureView[] {
  const names = new Map(db.select({ id: members.id, firstName: members.firstName, lastName: members.lastName }).from(members).all().map((m) => [m.id, `${m.firstName} ${m.lastName}`]));
  const conditions = [
    filter.id ? eq(charterSignatures.id, filter.id) : undefined,
    filter.versionId ? eq(charterSignatures.versionId, filter.versionId) : undefined,
    filter.memberId ? eq(charterSignatures.memberId, filter.memberId) : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select({ s: charterSignatures, number: charterVersions.number })
    .from(charterSignatures)
    .innerJoin(charterVersions, eq(charterVersions.id, charterSignatures.versionId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(charterSignatures.signedAt))
    .all()
    .map(({ s, number }) => toView(s, number, s.witnessMemberId ? (names.get(s.witnessMemberId) ?? null) : null));
}

export function toView(s: SignatureRow, versionNumber: number, witnessName: string | null): CharterSignatureView {
  return {
    id: s.id,
    versionId: s.versionId,
    versionNumber,
    memberId: s.memberId,
    signerName: s.signerName,
    method: s.method,
    declaredStatus: s.declaredStatus,
    signedAt: s.signedAt,
    place: s.place,
    witnessName,
    signerKeyId: s.signerKeyId,
    recordedAt: s.recordedAt,
    revokedAt: s.revokedAt,
  };
}

/** One recorded signature as the UI shows it (it was just written, so its absence is a bug). */
export function signatureView(db: Db, id: string): CharterSignatureView {
  const [view] = listSignatureViews(db, { id });
  if (!view) throw new AppError('INTERNAL');
  return view;
}

/**
 * Called in the transaction that deactivates a member: their signatures no longer count. Replaying a
 * departure on a restored copy passes its instant as recordedUpTo, so a signature recorded after it
 * (the member came back and signed again) is left valid.
 */
export function revokeSignaturesOf(db: Db, memberId: string, at: string, recordedUpTo?: string): number {
  const unrevoked = and(eq(charterSignatures.memberId, memberId), isNull(charterSignatures.revokedAt));
  return db
    .update(charterSignatures)
    .set({ revokedAt: at })
    .where(recordedUpTo === undefined ? unrevoked : and(unrevoked, lte(charterSignatures.recordedAt, recordedUpTo)))
    .run().changes;
}
