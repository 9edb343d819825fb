// Finalised versions as stored, and opening one: the signed manifest is checked with the author's
// key, then the content key is unsealed with the reader's own identity. Whatever the router does,
// an account whose key was not sealed cannot get the text.
import { and, asc, eq } from 'drizzle-orm';
import { members, minutesRecipients, minutesVersions } from '../../../db/schema.js';
import type { UnlockedIdentity } from '../../crypto/identity.js';
import { openMinutesText, openSealedKey, verifyMinutesManifest, type MinutesManifest, type SealedMinutes } from '../../crypto/minutesSeal.js';
import type { Sodium } from '../../crypto/sodium.js';
import type { MinutesVersionSummary } from '../../../contract/types/minutes.js';
import { findKnownKey } from '../charter/keys.js';
import { AppError } from '../../../contract/errors.js';
import type { Db } from '../store.js';
import { parseDocument, type MinutesDocument } from './document.js';

export type VersionRow = typeof minutesVersions.$inferSelect;
export type RecipientRow = typeof minutesRecipients.$inferSelect;

export const versionsOf = (db: Db, minutesId: string): VersionRow[] =>
  db.select().from(minutesVersions).where(eq(minutesVersions.minutesId, minutesId)).orderBy(asc(minutesVersions.number)).all();

export function versionRow(db: Db, minutesId: string, number: number): VersionRow {
  const row = db
    .select()
    .from(minutesVersions)
    .where(and(eq(minutesVersions.minutesId, minutesId), eq(minutesVersions.number, number)))
    .get();
  if (!row) throw new AppError('MINUTES_VERSION_NOT_FOUND');
  return row;
}

export const recipientsOf = (db: Db, versionId: string): RecipientRow[] =>
  db.select().from(minutesRecipients).where(eq(minutesRecipients.versionId, versionId)).all().sort((a, b) => a.name.localeCompare(b.name, 'fr'));

export function memberName(db: Db, memberId: string): string {
  const m = db.select({ firstName: members.firstName, lastName: members.lastName }).from(members).where(eq(members.id, memberId)).get();
  return m ? `${m.firstName} ${m.lastName}` : '';
}

export function versionSummaries(db: Db, minutesId: string): MinutesVersionSummary[] {
  return versionsOf(db, minutesId).map((v) => ({ number: v.number, finalisedAt: v.finalisedAt, reason: v.reason, authorName: memberName(db, v.authorMemberId) }));
}

/** The sealed form of a version, with every recipient's seal, as the crypto module reads it. */
export function sealedOf(db: Db, version: VersionRow): SealedMinutes {
  const seals = recipientsOf(db, version.id).flatMap((r) => (r.keyId && r.sealedKey ? [{ memberId: r.memberId, keyId: r.keyId, sealedKey: r.sealedKey }] : []));
  return { nonce: version.nonce, ciphertext: version.ciphertext, manifest: JSON.parse(version.manifest) as MinutesManifest, signature: version.signature, seals };
}

/** The ciphertext hash the author signed: the version's content fingerprint. */
export const contentHashOf = (version: VersionRow): string => (JSON.parse(version.manifest) as MinutesManifest).ciphertextHash;

/** The author's signing key: their account's current or retired identity, by key id. */
export function authorSignKey(db: Db, version: VersionRow): string {
  const key = findKnownKey(db, version.authorKeyId);
  if (!key || key.memberId !== version.authorMemberId) throw new AppError('MINUTES_TAMPERED');
  return key.signPublicKey;
}

/**
 * Opens a version with this identity: the manifest must verify and must name the version's own
 * session and number; the identity's seal must open. No router check here: this is the
 * cryptographic half of "attendees only".
 */
export function openVersionDocument(s: Sodium, db: Db, sessionId: string, version: VersionRow, identity: UnlockedIdentity): MinutesDocument {
  const sealed = sealedOf(db, version);
  if (!verifyMinutesManifest(s, sealed, authorSignKey(db, version))) throw new AppError('MINUTES_TAMPERED');
  if (sealed.manifest.sessionId !== sessionId || sealed.manifest.minutesVersion !== version.number) throw new AppError('MINUTES_TAMPERED');
  const seal = sealed.seals.find((x) => x.keyId === identity.keyId);
  if (!seal) throw new AppError('MINUTES_KEY_UNAVAILABLE');
  const key = openSealedKey(s, seal.sealedKey, identity);
  if (!key) throw new AppError('MINUTES_TAMPERED');
  try {
    const plain = openMinutesText(s, sealed, key);
    if (plain === null) throw new AppError('MINUTES_TAMPERED');
    return parseDocument(plain);
  } finally {
    s.memzero(key);
  }
}
