// Content for some of the group only (a situation for its invited readers, minutes for the
// attendees): encrypted once under a fresh content key, the key sealed to each reader's X25519 key.
// What it is bound to (group, session, situation, version) is the associated data.
import type { AudienceSealed } from '../../contract/schemas/group.js';
import type { UnlockedIdentity } from './identity.js';
import { fromBase64, toBase64, type Sodium } from './sodium.js';

export interface AudienceReader {
  keyId: string;
  boxPublicKey: string;
}

export function grantContentKey(s: Sodium, key: Uint8Array, readers: AudienceReader[]): AudienceSealed['seals'] {
  const seen = new Set<string>();
  return readers.flatMap((r) => {
    if (seen.has(r.keyId)) return [];
    seen.add(r.keyId);
    return [{ keyId: r.keyId, sealedKey: toBase64(s, s.crypto_box_seal(key, fromBase64(s, r.boxPublicKey))) }];
  });
}

/** Seals the text to its readers; the content key is returned so the author can grant it again later. */
export function sealForAudience(s: Sodium, text: string, ad: string, readers: AudienceReader[]): { sealed: AudienceSealed; key: Uint8Array } {
  const key = s.crypto_aead_xchacha20poly1305_ietf_keygen();
  const nonce = s.randombytes_buf(s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const ciphertext = s.crypto_aead_xchacha20poly1305_ietf_encrypt(s.from_string(text), s.from_string(ad), null, nonce, key);
  return { sealed: { nonce: toBase64(s, nonce), ciphertext: toBase64(s, ciphertext), seals: grantContentKey(s, key, readers) }, key };
}

/** The content key from this identity's seal among the given ones, or null when there is none for it. */
export function openContentKey(s: Sodium, seals: AudienceSealed['seals'], identity: UnlockedIdentity): Uint8Array | null {
  for (const seal of seals) {
    if (seal.keyId !== identity.keyId) continue;
    try {
      const key = s.crypto_box_seal_open(fromBase64(s, seal.sealedKey), fromBase64(s, identity.boxPublicKey), identity.boxSecretKey);
      if (key.length === s.crypto_aead_xchacha20poly1305_ietf_KEYBYTES) return key;
    } catch {
      // altered seal: keep looking, a later one may be valid
    }
  }
  return null;
}

export function openAudienceContent(s: Sodium, sealed: Pick<AudienceSealed, 'nonce' | 'ciphertext'>, key: Uint8Array, ad: string): string | null {
  try {
    const plain = s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, fromBase64(s, sealed.ciphertext), s.from_string(ad), fromBase64(s, sealed.nonce), key);
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}

export const audienceCiphertextHash = (s: Sodium, sealed: Pick<AudienceSealed, 'ciphertext'>): string =>
  s.to_hex(s.crypto_generichash(32, fromBase64(s, sealed.ciphertext), null));
