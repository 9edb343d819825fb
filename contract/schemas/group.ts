// The group folder's files (issue 17): one signed, write-once envelope per change set, and the
// operations its encrypted body carries. docs/formats.md, « Group folder », describes the same
// shapes for an outside verifier. Every replica parses with these schemas before anything else.
import { z } from 'zod';
import { ROLES } from './common.js';

export const GROUP_ENVELOPE_FORMAT = 'concerto.group-change';
export const GROUP_ENVELOPE_VERSION = 1;
/** Largest envelope file read from the folder; anything bigger is refused unread. */
export const MAX_GROUP_FILE_BYTES = 8 * 1024 * 1024;

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));
const b64 = (maxChars: number) =>
  z
    .string()
    .max(maxChars)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/);
const uuidLike = z.string().regex(/^[0-9A-Za-z-]{8,64}$/);
const instant = z.string().datetime({ offset: true });
const text = (max: number) => z.string().max(max);

export const groupKeyId = hex(16);
export const groupChangeId = hex(32);

/** The part of an envelope that is signed and readable without any key. */
export const groupEnvelopeHeader = z
  .object({
    format: z.literal(GROUP_ENVELOPE_FORMAT),
    version: z.literal(GROUP_ENVELOPE_VERSION),
    groupId: uuidLike,
    author: z.object({ keyId: groupKeyId, signPublicKey: b64(64), boxPublicKey: b64(64) }).strict(),
    seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    /** Id of the author's previous envelope (seq − 1); null for seq 1. */
    prev: groupChangeId.nullable(),
    /** Which group key encrypts the body: the id of the envelope that introduced it, or "self" when this one does. */
    keyRef: z.union([z.literal('self'), groupChangeId]),
    /** A new group key, sealed (crypto_box_seal) to every member it is for; no key ids, so the list gives only a count. */
    keySeals: z.array(b64(200)).max(2000).optional(),
    nonce: b64(64),
    /** BLAKE2b-256 (hex) of the body's ciphertext bytes. */
    bodyHash: hex(32),
  })
  .strict()
  .refine((h) => (h.keyRef === 'self') === (h.keySeals !== undefined && h.keySeals.length > 0), { message: 'keyRef self ⇔ keySeals' })
  .refine((h) => (h.seq === 1) === (h.prev === null), { message: 'prev null ⇔ seq 1' });
export type GroupEnvelopeHeader = z.infer<typeof groupEnvelopeHeader>;

export const groupEnvelopeFile = z
  .object({
    header: groupEnvelopeHeader,
    /** Ed25519 by the author over RFC 8785 canonical JSON of the header. */
    signature: b64(100),
    /** XChaCha20-Poly1305 ciphertext (base64) of the padded body, associated data = the header's canonical JSON. */
    body: b64(MAX_GROUP_FILE_BYTES),
  })
  .strict();
export type GroupEnvelopeFile = z.infer<typeof groupEnvelopeFile>;

// ─── Content sealed to an audience inside a body (situations, minutes) ───

export const audienceSealed = z
  .object({
    nonce: b64(64),
    ciphertext: b64(MAX_GROUP_FILE_BYTES),
    /** The content key sealed to each reader's X25519 key. Inside the body, so only the group sees key ids. */
    seals: z.array(z.object({ keyId: groupKeyId, sealedKey: b64(200) }).strict()).max(2000),
  })
  .strict();
export type AudienceSealed = z.infer<typeof audienceSealed>;

export const groupIdentity = z.object({ keyId: groupKeyId, signPublicKey: b64(64), boxPublicKey: b64(64) }).strict();
export type GroupIdentity = z.infer<typeof groupIdentity>;

const secrecyStatus = z.enum(['professional_secret', 'duty_of_reserve']);

export const groupMemberProfile = z
  .object({
    firstName: text(100),
    lastName: text(100),
    organisation: text(200),
    serviceType: text(40),
    function: text(200),
    email: text(254),
    phone: text(40),
    secrecyStatus,
    roles: z.array(z.enum(ROLES)).min(1).max(3),
  })
  .strict();
export type GroupMemberProfile = z.infer<typeof groupMemberProfile>;

export const groupOperation = z.discriminatedUnion('type', [
  z.object({ type: z.literal('group.found'), groupName: text(200), memberId: uuidLike, profile: groupMemberProfile }).strict(),
  z.object({ type: z.literal('keys.rotate'), previousKeys: z.array(z.object({ keyRef: groupChangeId, key: b64(64) }).strict()).max(10_000) }).strict(),
  z.object({ type: z.literal('member.admit'), memberId: uuidLike, profile: groupMemberProfile, identity: groupIdentity }).strict(),
  z.object({ type: z.literal('member.update'), memberId: uuidLike, profile: groupMemberProfile }).strict(),
  z.object({ type: z.literal('member.deactivate'), memberId: uuidLike, reason: text(500) }).strict(),
  z
    .object({ type: z.literal('charter.publish'), versionId: uuidLike, title: text(200), text: text(200_000), textHash: hex(32), validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })
    .strict(),
  z
    .object({
      type: z.literal('charter.sign'),
      versionId: uuidLike,
      textHash: hex(32),
      memberId: uuidLike,
      name: text(201),
      declaredStatus: secrecyStatus,
      commitments: z.array(text(100)).max(50),
      signedAt: instant,
      /** Ed25519 by the member's own key over the charter signature payload (docs/formats.md), workspaceId = the group's id. */
      signature: b64(100),
    })
    .strict(),
  z
    .object({
      type: z.literal('session.schedule'),
      sessionId: uuidLike,
      title: text(200),
      startsAt: instant,
      endsAt: instant,
      place: text(300),
      invited: z.array(uuidLike).max(500),
    })
    .strict(),
  z.object({ type: z.literal('session.cancel'), sessionId: uuidLike, reason: text(500) }).strict(),
  z.object({ type: z.literal('situation.submit'), situationId: uuidLike, sessionId: uuidLike, sealed: audienceSealed }).strict(),
  z
    .object({
      type: z.literal('agenda.add'),
      sessionId: uuidLike,
      situationId: uuidLike,
      /** The situation's content key re-sealed to each invited member allowed to read it. */
      grants: z.array(z.object({ keyId: groupKeyId, sealedKey: b64(200) }).strict()).max(2000),
    })
    .strict(),
  z.object({ type: z.literal('agenda.remove'), sessionId: uuidLike, situationId: uuidLike }).strict(),
  z.object({ type: z.literal('attendance.record'), sessionId: uuidLike, present: z.array(uuidLike).max(500) }).strict(),
  z.object({ type: z.literal('minutes.finalise'), sessionId: uuidLike, minutesVersion: z.number().int().min(1).max(1000), sealed: audienceSealed }).strict(),
  z.object({ type: z.literal('minutes.ack'), sessionId: uuidLike, minutesVersion: z.number().int().min(1).max(1000), ciphertextHash: hex(32) }).strict(),
]);
export type GroupOperation = z.infer<typeof groupOperation>;
export type GroupOperationType = GroupOperation['type'];

/** The decrypted body: ordering data, the claimed time, and the change set applied as one. */
export const groupChangeBody = z
  .object({
    /** Lamport time: 1 + the largest lamport among the changes the author had applied. */
    lamport: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    /** Heads newly seen since the author's previous change: [keyId, seq] pairs. */
    deps: z.array(z.tuple([groupKeyId, z.number().int().min(1)])).max(10_000),
    /** The author's clock: shown, never used to order. */
    createdAt: instant,
    ops: z.array(groupOperation).min(1).max(1000),
  })
  .strict();
export type GroupChangeBody = z.infer<typeof groupChangeBody>;
