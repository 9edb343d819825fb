// Sealing a finalised PV so that only its recipients can read it, by construction: the text is encrypted once under a fresh
// random content key, that key is sealed (crypto_box_seal) to each recipient's X25519 key and to
// the author's, and the author signs a manifest naming who may open it and the ciphertext's hash.
// A sealed box alone says nothing about who sent it: the signed manifest is what does.
import { AppError } from '../../contract/errors.js';
import { canonicalBytes } from './canonical.js';
import type { UnlockedIdentity } from './identity.js';
import { fromBase64, toBase64, type Sodium } from './sodium.js';

export const MINUTES_MANIFEST_FORMAT = 'concerto.minutes-manifest';
export const MINUTES_MANIFEST_VERSION = 1;
/** Largest PV text sealed (UTF-8 bytes); the file schema bounds the ciphertext from it. */
export const MAX_MINUTES_TEXT_BYTES = 4_000_000;

export interface SealRecipient {
  memberId: string;
  keyId: string;
  boxPublicKey: string; // base64
}

export interface MinutesManifest {
  format: typeof MINUTES_MANIFEST_FORMAT;
  version: typeof MINUTES_MANIFEST_VERSION;
  workspaceId: string;
  sessionId: string;
  minutesVersion: number;
  author: { memberId: string; keyId: string };
  /** Everyone the PV is for; keyId null: present and signed, but without an identity (no seal). */
  recipients: Array<{ memberId: string; keyId: string | null }>;
  ciphertextHash: string; // hex BLAKE2b-256 of the ciphertext bytes
  finalisedAt: string;
}

export interface MinutesSeal {
  memberId: string;
  keyId: string;
  sealedKey: string; // base64 crypto_box_seal of the content key
}

export interface SealedMinutes {
  nonce: string;
  ciphertext: string;
  manifest: MinutesManifest;
  signature: string; // Ed25519 over canonicalize(manifest), by the author
  seals: MinutesSeal[];
}

export interface SealMinutesArgs {
  text: string;
  author: UnlockedIdentity;
  authorMemberId: string;
  workspaceId: string;
  sessionId: string;
  minutesVersion: number;
  finalisedAt: string;
  recipients: Array<{ memberId: string; identity: SealRecipient | null }>;
}

/**
 * What the ciphertext is bound to, as the AEAD's associated data: the same bytes moved to another
 * workspace, session or PV version no longer open. JSON keeps the fields unambiguous.
 */
export const minutesAd = (m: Pick<MinutesManifest, 'workspaceId' | 'sessionId' | 'minutesVersion'>): string =>
  `concerto.minutes.v1|${JSON.stringify([m.workspaceId, m.sessionId, m.minutesVersion])}`;

const ciphertextHash = (s: Sodium, ciphertext: Uint8Array): string => s.to_hex(s.crypto_generichash(32, ciphertext, null));

/** The manifest's recipient list: the listed members, then the author unless already listed with the same key. */
function manifestRecipients(args: SealMinutesArgs): MinutesManifest['recipients'] {
  const members = new Set<string>();
  const keys = new Set<string>();
  const list: MinutesManifest['recipients'] = [];
  for (const r of args.recipients) {
    const keyId = r.identity?.keyId ?? null;
    // A member twice, or one key for two members, is a caller's mistake: refuse rather than guess.
    if (members.has(r.memberId) || (keyId !== null && keys.has(keyId))) throw new AppError('VALIDATION');
    if (r.identity && r.identity.memberId !== r.memberId) throw new AppError('VALIDATION');
    members.add(r.memberId);
    if (keyId !== null) keys.add(keyId);
    list.push({ memberId: r.memberId, keyId });
  }
  if (!list.some((r) => r.memberId === args.authorMemberId && r.keyId === args.author.keyId)) {
    if (keys.has(args.author.keyId)) throw new AppError('VALIDATION');
    list.push({ memberId: args.authorMemberId, keyId: args.author.keyId });
  }
  return list;
}

export function sealMinutes(s: Sodium, args: SealMinutesArgs): SealedMinutes {
  if (!Number.isSafeInteger(args.minutesVersion) || args.minutesVersion < 1) throw new AppError('VALIDATION');
  const plain = s.from_string(args.text);
  if (plain.length > MAX_MINUTES_TEXT_BYTES) throw new AppError('VALIDATION');
  const recipients = manifestRecipients(args);
  // Box keys by key id: every listed identity, and always the author's own.
  const boxKeys = new Map<string, string>(args.recipients.flatMap((r) => (r.identity ? [[r.identity.keyId, r.identity.boxPublicKey] as const] : [])));
  boxKeys.set(args.author.keyId, args.author.boxPublicKey);

  const key = s.crypto_aead_xchacha20poly1305_ietf_keygen();
  try {
    const context = { workspaceId: args.workspaceId, sessionId: args.sessionId, minutesVersion: args.minutesVersion };
    const nonce = s.randombytes_buf(s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const ciphertext = s.crypto_aead_xchacha20poly1305_ietf_encrypt(plain, s.from_string(minutesAd(context)), null, nonce, key);
    s.memzero(plain);
    const manifest: MinutesManifest = {
      format: MINUTES_MANIFEST_FORMAT,
      version: MINUTES_MANIFEST_VERSION,
      ...context,
      author: { memberId: args.authorMemberId, keyId: args.author.keyId },
      recipients,
      ciphertextHash: ciphertextHash(s, ciphertext),
      finalisedAt: args.finalisedAt,
    };
    const signature = toBase64(s, s.crypto_sign_detached(canonicalBytes(manifest), args.author.signSecretKey));
    const seals = recipients.flatMap((r) => {
      if (r.keyId === null) return [];
      const boxPublicKey = boxKeys.get(r.keyId);
      if (!boxPublicKey) throw new AppError('VALIDATION');
      return [{ memberId: r.memberId, keyId: r.keyId, sealedKey: toBase64(s, s.crypto_box_seal(key, fromBase64(s, boxPublicKey))) }];
    });
    return { nonce: toBase64(s, nonce), ciphertext: toBase64(s, ciphertext), manifest, signature, seals };
  } finally {
    s.memzero(key);
  }
}

/** The content key, or null when this seal was not made for this identity (or was altered). */
export function openSealedKey(s: Sodium, sealedKey: string, identity: UnlockedIdentity): Uint8Array | null {
  try {
    const key = s.crypto_box_seal_open(fromBase64(s, sealedKey), fromBase64(s, identity.boxPublicKey), identity.boxSecretKey);
    if (key.length === s.crypto_aead_xchacha20poly1305_ietf_KEYBYTES) return key;
    s.memzero(key);
    return null;
  } catch {
    return null;
  }
}

/** The PV text, or null when the key is wrong or the ciphertext, nonce or its context was altered. */
export function openMinutesText(s: Sodium, sealed: Pick<SealedMinutes, 'nonce' | 'ciphertext' | 'manifest'>, key: Uint8Array): string | null {
  let plain: Uint8Array | undefined;
  try {
    plain = s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, fromBase64(s, sealed.ciphertext), s.from_string(minutesAd(sealed.manifest)), fromBase64(s, sealed.nonce), key);
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  } finally {
    if (plain) s.memzero(plain);
  }
}

/** The author's signature over the manifest is valid AND the manifest's hash is the ciphertext's. Never throws. */
export function verifyMinutesManifest(s: Sodium, sealed: Pick<SealedMinutes, 'ciphertext' | 'manifest' | 'signature'>, authorSignPublicKey: string): boolean {
  try {
    const signature = fromBase64(s, sealed.signature);
    const publicKey = fromBase64(s, authorSignPublicKey);
    if (signature.length !== s.crypto_sign_BYTES || publicKey.length !== s.crypto_sign_PUBLICKEYBYTES) return false;
    if (!s.crypto_sign_verify_detached(signature, canonicalBytes(sealed.manifest), publicKey)) return false;
    return ciphertextHash(s, fromBase64(s, sealed.ciphertext)) === sealed.manifest.ciphertextHash;
  } catch {
    return false;
  }
}

/**
 * Opens a sealed PV as one identity: the manifest must verify with the author's key, the identity
 * must be the author or a listed recipient (MINUTES_NOT_RECIPIENT), and its seal and the text must
 * open (FILE_TAMPERED otherwise). The content key is wiped before returning.
 */
export function openMinutesAs(s: Sodium, sealed: SealedMinutes, identity: UnlockedIdentity, authorSignPublicKey: string): string {
  if (!verifyMinutesManifest(s, sealed, authorSignPublicKey)) throw new AppError('FILE_TAMPERED');
  const { manifest } = sealed;
  const listed = manifest.author.keyId === identity.keyId || manifest.recipients.some((r) => r.keyId === identity.keyId);
  if (!listed) throw new AppError('MINUTES_NOT_RECIPIENT');
  const seal = sealed.seals.find((x) => x.keyId === identity.keyId);
  const key = seal ? openSealedKey(s, seal.sealedKey, identity) : null;
  if (!key) throw new AppError('FILE_TAMPERED');
  try {
    const text = openMinutesText(s, sealed, key);
    if (text === null) throw new AppError('FILE_TAMPERED');
    return text;
  } finally {
    s.memzero(key);
  }
}
