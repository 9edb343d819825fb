// The files exchanged between computers (documented in docs/formats.md). Every file is
// { format, version, content, signature }: signature = Ed25519 over canonicalize(content).
import { z } from 'zod';
import { AppError } from '../../../contract/errors.js';

export const CHARTER_FILE_FORMAT = 'concerto.charter';
export const SIGNATURE_FILE_FORMAT = 'concerto.charter-signature';
export const CONTACT_CARD_FORMAT = 'concerto.contact-card';
export const FILE_VERSION = 1;

export const hex = (n: number) => z.string().regex(new RegExp(`^[0-9a-f]{${n}}$`));
/** Canonical base64 only (padding present, no stray bits): one value, one spelling, so a file cannot be re-spelt and still pass. */
export const canonicalBase64 = (v: string): boolean => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, 'base64').toString('base64') === v;
export const b64 = (bytes: number) =>
  z
    .string()
    .max(4 * Math.ceil(bytes / 3))
    .refine((v) => canonicalBase64(v) && Buffer.from(v, 'base64').length === bytes);
export const text = (max: number) => z.string().max(max);
export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
export const uuidLike = z.string().min(1).max(64);
const secrecy = z.enum(['professional_secret', 'duty_of_reserve']);

export const publicIdentity = z
  .object({ keyId: hex(32), signPublicKey: b64(32), boxPublicKey: b64(32) })
  .strict();

export const charterFileContent = z
  .object({
    workspaceId: uuidLike,
    groupName: text(300),
    charter: z.object({ versionId: uuidLike, number: z.number().int().positive(), text: text(200_000), contentHash: hex(64), adoptedOn: date }).strict(),
    recipient: z.object({ memberId: uuidLike, name: text(300) }).strict(),
    issuer: z.object({ memberId: uuidLike, name: text(300), identity: publicIdentity }).strict(),
    issuedAt: instant,
  })
  .strict();

export const signaturePayloadSchema = z
  .object({
    format: z.literal('concerto.charter-signature-payload'),
    version: z.literal(1),
    charterHash: hex(64),
    workspaceId: uuidLike,
    memberId: uuidLike,
    name: text(300),
    declaredStatus: secrecy,
    signedAt: instant,
    method: z.literal('own_key'),
    keyId: hex(32),
  })
  .strict();

export const signatureFileContent = z
  .object({
    payload: signaturePayloadSchema,
    signature: b64(64),
    signer: publicIdentity,
    /** The charter file it answers, whole, so the coordinator checks it was theirs and for this member. */
    charterFile: z.object({ content: charterFileContent, signature: b64(64) }).strict(),
  })
  .strict();

export const contactCardContent = z
  .object({ name: text(300), identity: publicIdentity, createdAt: instant })
  .strict();

const envelope = <C extends z.ZodType>(format: string, content: C) =>
  z.object({ format: z.literal(format), version: z.literal(FILE_VERSION), content, signature: b64(64) }).strict();

export const charterFileSchema = envelope(CHARTER_FILE_FORMAT, charterFileContent);
export const signatureFileSchema = envelope(SIGNATURE_FILE_FORMAT, signatureFileContent);
export const contactCardSchema = envelope(CONTACT_CARD_FORMAT, contactCardContent);

export type CharterFile = z.infer<typeof charterFileSchema>;
export type ContactCard = z.infer<typeof contactCardSchema>;

/**
 * Parses a file's text against its schema, with a distinct error for each way it can be wrong:
 * not JSON or truncated, another kind of file, a version we do not know, or malformed fields.
 */
export function parseSignedFile<S extends z.ZodType>(raw: string, format: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('FILE_MALFORMED');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new AppError('FILE_MALFORMED');
  const head = json as { format?: unknown; version?: unknown };
  if (typeof head.format !== 'string' || !head.format.startsWith('concerto.')) throw new AppError('FILE_MALFORMED');
  if (head.format !== format) throw new AppError('FILE_WRONG_KIND');
  if (head.version !== FILE_VERSION) throw new AppError('FILE_VERSION_UNSUPPORTED');
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new AppError('FILE_MALFORMED');
  return parsed.data;
}

export const serialiseFile = (file: unknown): string => JSON.stringify(file, null, 2) + '\n';
