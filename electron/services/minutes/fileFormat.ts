// The encrypted minutes file for one recipient (`concerto.minutes`, documented in docs/formats.md):
// the same { format, version, content, signature } envelope as the charter files, signed by the
// secretary, carrying the sealed PV and the content key sealed to that recipient only.
// Every size is bounded so a huge or hostile file is refused quickly instead of parsed forever.
import { z } from 'zod';
import { MAX_MINUTES_TEXT_BYTES, MINUTES_MANIFEST_FORMAT, MINUTES_MANIFEST_VERSION } from '../../crypto/minutesSeal.js';
import { b64, canonicalBase64, date, FILE_VERSION, hex, instant, publicIdentity, text, uuidLike } from '../charter/fileFormats.js';

export const MINUTES_FILE_FORMAT = 'concerto.minutes';
export const MINUTES_FILE_VERSION = FILE_VERSION;

const MAX_RECIPIENTS = 1000;
/** Base64 length of the largest ciphertext: the largest text plus the 16-byte Poly1305 tag. */
export const MAX_CIPHERTEXT_CHARS = 4 * Math.ceil((MAX_MINUTES_TEXT_BYTES + 16) / 3);
/** Whole file, checked before JSON.parse: the ciphertext plus generous room for the rest. */
export const MAX_MINUTES_FILE_CHARS = MAX_CIPHERTEXT_CHARS + 500_000;

// 32-byte content key + crypto_box_SEALBYTES (48).
const SEALED_KEY_BYTES = 80;

const ciphertext = z
  .string()
  .min(24) // at least the tag, in base64
  .max(MAX_CIPHERTEXT_CHARS)
  .refine(canonicalBase64);

export const minutesManifestSchema = z
  .object({
    format: z.literal(MINUTES_MANIFEST_FORMAT),
    version: z.literal(MINUTES_MANIFEST_VERSION),
    workspaceId: uuidLike,
    sessionId: uuidLike,
    minutesVersion: z.number().int().positive(),
    author: z.object({ memberId: uuidLike, keyId: hex(32) }).strict(),
    recipients: z
      .array(z.object({ memberId: uuidLike, keyId: hex(32).nullable() }).strict())
      .min(1)
      .max(MAX_RECIPIENTS),
    ciphertextHash: hex(64),
    finalisedAt: instant,
  })
  .strict();

export const minutesFileContent = z
  .object({
    workspaceId: uuidLike,
    groupName: text(300),
    // place: null when the secretary left it out of the readable part (it stays in the sealed text).
    session: z.object({ id: uuidLike, date, place: text(300).nullable() }).strict(),
    minutesVersion: z.number().int().positive(),
    correctionReason: text(2000).nullable(),
    author: z.object({ memberId: uuidLike, name: text(300), identity: publicIdentity }).strict(),
    recipient: z.object({ memberId: uuidLike, name: text(300), keyId: hex(32) }).strict(),
    manifest: minutesManifestSchema,
    manifestSignature: b64(64),
    nonce: b64(24),
    ciphertext,
    sealedKey: b64(SEALED_KEY_BYTES),
    issuedAt: instant,
  })
  .strict();

export const minutesFileSchema = z
  .object({ format: z.literal(MINUTES_FILE_FORMAT), version: z.literal(MINUTES_FILE_VERSION), content: minutesFileContent, signature: b64(64) })
  .strict();

export type MinutesFileContent = z.infer<typeof minutesFileContent>;
