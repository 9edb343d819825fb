// The encrypted minutes file for one recipient: built by the secretary from a sealed PV, opened by
// the recipient in their own Concerto. It carries only that recipient's seal, never the others',
// and opening checks everything (envelope, author identity, manifest, ciphertext hash, addressee)
// before a single byte of text is returned. Pure functions: the caller reads and writes the database.
import type { UnlockedIdentity } from '../../crypto/identity.js';
import { openMinutesText, openSealedKey, verifyMinutesManifest, type SealedMinutes } from '../../crypto/minutesSeal.js';
import type { Sodium } from '../../crypto/sodium.js';
import { assertIdentityConsistent, assertSigned, keyFingerprint, publicPart, signEnvelope } from '../charter/envelope.js';
import { parseSignedFile, serialiseFile } from '../charter/fileFormats.js';
import { AppError } from '../../../contract/errors.js';
import { MAX_MINUTES_FILE_CHARS, MINUTES_FILE_FORMAT, minutesFileContent, minutesFileSchema, type MinutesFileContent } from './fileFormat.js';

export interface MinutesFileArgs {
  sealed: SealedMinutes;
  groupName: string;
  /** place: null leaves it out of the file's readable part (the sealed text still has it). */
  session: { id: string; date: string; place: string | null };
  correctionReason: string | null;
  authorName: string;
  /** The recipient and the key the file is for: one of the sealed PV's seals. */
  recipient: { memberId: string; name: string; keyId: string };
  issuedAt: string;
}

export interface OpenedMinutesFile {
  text: string;
  workspaceId: string;
  groupName: string;
  session: { id: string; date: string; place: string | null };
  minutesVersion: number;
  correctionReason: string | null;
  /** Who sealed and signed it; the caller compares keyId with the keys it knows (or shows the fingerprint). */
  author: { memberId: string; name: string; keyId: string; fingerprint: string };
  recipient: { memberId: string; name: string; keyId: string };
  issuedAt: string;
  finalisedAt: string;
}

/** Secretary: the file for one recipient, as serialised JSON text. The author must be the one who sealed the PV. */
export function buildMinutesFile(s: Sodium, args: MinutesFileArgs, author: UnlockedIdentity): string {
  const { sealed } = args;
  const { manifest } = sealed;
  if (manifest.author.keyId !== author.keyId) throw new AppError('IDENTITY_MISMATCH');
  if (!verifyMinutesManifest(s, sealed, author.signPublicKey)) throw new AppError('FILE_TAMPERED');
  if (args.session.id !== manifest.sessionId) throw new AppError('VALIDATION');
  const seal = sealed.seals.find((x) => x.memberId === args.recipient.memberId && x.keyId === args.recipient.keyId);
  if (!seal) throw new AppError('MINUTES_NOT_RECIPIENT');
  const content: MinutesFileContent = {
    workspaceId: manifest.workspaceId,
    groupName: args.groupName,
    session: { id: args.session.id, date: args.session.date, place: args.session.place },
    minutesVersion: manifest.minutesVersion,
    correctionReason: args.correctionReason,
    author: { memberId: manifest.author.memberId, name: args.authorName, identity: publicPart(author) },
    recipient: { memberId: args.recipient.memberId, name: args.recipient.name, keyId: args.recipient.keyId },
    manifest,
    manifestSignature: sealed.signature,
    nonce: sealed.nonce,
    ciphertext: sealed.ciphertext,
    sealedKey: seal.sealedKey,
    issuedAt: args.issuedAt,
  };
  // Never write a file that opening would refuse (too long a name, a malformed date...).
  if (!minutesFileContent.safeParse(content).success) throw new AppError('VALIDATION');
  return serialiseFile(signEnvelope(s, author, MINUTES_FILE_FORMAT, content));
}

/** The manifest must describe this very file: same workspace, session, version and author, and list its recipient. */
function assertManifestMatches(c: MinutesFileContent): void {
  const m = c.manifest;
  const same =
    m.workspaceId === c.workspaceId &&
    m.sessionId === c.session.id &&
    m.minutesVersion === c.minutesVersion &&
    m.author.memberId === c.author.memberId &&
    m.author.keyId === c.author.identity.keyId &&
    m.recipients.some((r) => r.memberId === c.recipient.memberId && r.keyId === c.recipient.keyId);
  if (!same) throw new AppError('FILE_TAMPERED');
}

/**
 * Recipient: checks the whole file, then decrypts it with their own identity. Errors, in order:
 * FILE_MALFORMED (not JSON, truncated, too large, bad fields), FILE_WRONG_KIND, FILE_VERSION_UNSUPPORTED,
 * FILE_TAMPERED (envelope, author identity, manifest signature or hash, manifest not matching the
 * content, seal or ciphertext not opening), MINUTES_FILE_NOT_FOR_YOU (addressed to another key).
 */
export function openMinutesFile(s: Sodium, raw: string, identity: UnlockedIdentity): OpenedMinutesFile {
  if (raw.length > MAX_MINUTES_FILE_CHARS) throw new AppError('FILE_MALFORMED');
  const file = parseSignedFile(raw, MINUTES_FILE_FORMAT, minutesFileSchema);
  const c = file.content;
  assertIdentityConsistent(s, c.author.identity);
  assertSigned(c, file.signature, c.author.identity.signPublicKey);
  if (!verifyMinutesManifest(s, { manifest: c.manifest, ciphertext: c.ciphertext, signature: c.manifestSignature }, c.author.identity.signPublicKey))
    throw new AppError('FILE_TAMPERED');
  assertManifestMatches(c);
  if (c.recipient.keyId !== identity.keyId) throw new AppError('MINUTES_FILE_NOT_FOR_YOU');
  const key = openSealedKey(s, c.sealedKey, identity);
  if (!key) throw new AppError('FILE_TAMPERED');
  let text: string | null;
  try {
    text = openMinutesText(s, { nonce: c.nonce, ciphertext: c.ciphertext, manifest: c.manifest }, key);
  } finally {
    s.memzero(key);
  }
  if (text === null) throw new AppError('FILE_TAMPERED');
  return {
    text,
    workspaceId: c.workspaceId,
    groupName: c.groupName,
    session: c.session,
    minutesVersion: c.minutesVersion,
    correctionReason: c.correctionReason,
    author: { memberId: c.author.memberId, name: c.author.name, keyId: c.author.identity.keyId, fingerprint: keyFingerprint(c.author.identity.keyId) },
    recipient: c.recipient,
    issuedAt: c.issuedAt,
    finalisedAt: c.manifest.finalisedAt,
  };
}
