// The group folder's envelope: a header signed by its author (Ed25519 over canonical JSON), a body
// encrypted under a group key (XChaCha20-Poly1305, associated data = the signed header), padded so
// that its size says little about what it holds. New group keys travel as anonymous sealed boxes.
import {
  GROUP_ENVELOPE_FORMAT,
  GROUP_ENVELOPE_VERSION,
  type GroupEnvelopeFile,
  type GroupEnvelopeHeader,
} from '../../contract/schemas/group.js';
import { canonicalBytes } from './canonical.js';
import { identityKeyId, type UnlockedIdentity } from './identity.js';
import { fromBase64, toBase64, type Sodium } from './sodium.js';

export type HeaderFields = Pick<GroupEnvelopeHeader, 'groupId' | 'seq' | 'prev' | 'keyRef' | 'keySeals'>;

const hash32 = (s: Sodium, bytes: Uint8Array): string => s.to_hex(s.crypto_generichash(32, bytes, null));

/**
 * Padded length of a body: powers of two from 1 KiB to 64 KiB, then whole 64 KiB steps. Names,
 * titles and short texts all fall in the first bucket; only long texts stand out, by their size class.
 */
export function paddedLength(n: number): number {
  if (n <= 1024) return 1024;
  if (n <= 65_536) return 2 ** Math.ceil(Math.log2(n));
  return Math.ceil(n / 65_536) * 65_536;
}

/** JSON text padded with spaces (JSON ignores trailing whitespace), so no length prefix is needed. */
export function padBody(json: string): Uint8Array {
  const bytes = Buffer.from(json, 'utf8');
  const out = Buffer.alloc(paddedLength(bytes.length), 0x20);
  bytes.copy(out);
  return out;
}

export function sealEnvelope(s: Sodium, author: UnlockedIdentity, fields: HeaderFields, key: Uint8Array, bodyJson: string): GroupEnvelopeFile {
  const nonce = s.randombytes_buf(s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const plain = padBody(bodyJson);
  // The header names the ciphertext's hash, so the signature covers the body too; the header is
  // the body's associated data, so a body moved under another header does not open.
  const partial = {
    format: GROUP_ENVELOPE_FORMAT,
    version: GROUP_ENVELOPE_VERSION,
    groupId: fields.groupId,
    author: { keyId: author.keyId, signPublicKey: author.signPublicKey, boxPublicKey: author.boxPublicKey },
    seq: fields.seq,
    prev: fields.prev,
    keyRef: fields.keyRef,
    ...(fields.keySeals ? { keySeals: fields.keySeals } : {}),
    nonce: toBase64(s, nonce),
  };
  const ad = canonicalBytes(partial);
  const ciphertext = s.crypto_aead_xchacha20poly1305_ietf_encrypt(plain, ad, null, nonce, key);
  s.memzero(plain);
  const header = { ...partial, bodyHash: hash32(s, ciphertext) } as GroupEnvelopeHeader;
  const signature = toBase64(s, s.crypto_sign_detached(canonicalBytes(header), author.signSecretKey));
  return { header, signature, body: toBase64(s, ciphertext) };
}

/** An envelope's id: BLAKE2b-256 of the canonical header and signature (the body is covered through bodyHash). */
export function envelopeId(s: Sodium, file: Pick<GroupEnvelopeFile, 'header' | 'signature'>): string {
  return hash32(s, canonicalBytes({ header: file.header, signature: file.signature }));
}

/** The key id matches the public keys, the signature is the author's, and the body is the one signed. Never throws. */
export function verifyEnvelope(s: Sodium, file: GroupEnvelopeFile): boolean {
  try {
    const { author } = file.header;
    const signPublicKey = fromBase64(s, author.signPublicKey);
    const boxPublicKey = fromBase64(s, author.boxPublicKey);
    const signature = fromBase64(s, file.signature);
    if (signPublicKey.length !== s.crypto_sign_PUBLICKEYBYTES || boxPublicKey.length !== s.crypto_box_PUBLICKEYBYTES) return false;
    if (signature.length !== s.crypto_sign_BYTES) return false;
    if (identityKeyId(s, signPublicKey, boxPublicKey) !== author.keyId) return false;
    if (!s.crypto_sign_verify_detached(signature, canonicalBytes(file.header), signPublicKey)) return false;
    return hash32(s, fromBase64(s, file.body)) === file.header.bodyHash;
  } catch {
    return false;
  }
}

/** The padded body's JSON text, or null when the key is not this envelope's or anything was altered. */
export function openEnvelopeBody(s: Sodium, file: GroupEnvelopeFile, key: Uint8Array): string | null {
  const { bodyHash: _bodyHash, ...partial } = file.header;
  try {
    const plain = s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, fromBase64(s, file.body), canonicalBytes(partial), fromBase64(s, file.header.nonce), key);
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}

export const newGroupKey = (s: Sodium): Uint8Array => s.crypto_aead_xchacha20poly1305_ietf_keygen();

/** A group key sealed to each box key, in random order, without saying whose seal is whose. */
export function sealGroupKey(s: Sodium, key: Uint8Array, boxPublicKeys: string[]): string[] {
  const seals = boxPublicKeys.map((pk) => toBase64(s, s.crypto_box_seal(key, fromBase64(s, pk))));
  for (let i = seals.length - 1; i > 0; i--) {
    const j = s.randombytes_uniform(i + 1);
    [seals[i], seals[j]] = [seals[j]!, seals[i]!];
  }
  return seals;
}

/** Tries each anonymous seal with this identity (a few dozen at most): the key, or null if none is ours. */
export function openGroupKeySeals(s: Sodium, seals: string[], identity: UnlockedIdentity): Uint8Array | null {
  const publicKey = fromBase64(s, identity.boxPublicKey);
  for (const seal of seals) {
    try {
      const key = s.crypto_box_seal_open(fromBase64(s, seal), publicKey, identity.boxSecretKey);
      if (key.length === s.crypto_aead_xchacha20poly1305_ietf_KEYBYTES) return key;
    } catch {
      // not ours: try the next one
    }
  }
  return null;
}
