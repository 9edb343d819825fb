// XChaCha20-Poly1305 with associated data: what a blob is bound to (workspace, slot, account)
// is authenticated, so a blob moved to another slot or account fails to open.
import { fromBase64, toBase64, type Sodium } from './sodium.js';

export interface SealedBlob {
  nonce: string;
  ciphertext: string;
}

export function aeadSeal(s: Sodium, key: Uint8Array, plaintext: Uint8Array, ad: string): SealedBlob {
  const nonce = s.randombytes_buf(s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const ciphertext = s.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, s.from_string(ad), null, nonce, key);
  return { nonce: toBase64(s, nonce), ciphertext: toBase64(s, ciphertext) };
}

/** Returns null when the key is wrong or the blob or its context was altered. */
export function aeadOpen(s: Sodium, key: Uint8Array, blob: SealedBlob, ad: string): Uint8Array | null {
  try {
    return s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, fromBase64(s, blob.ciphertext), s.from_string(ad), fromBase64(s, blob.nonce), key);
  } catch {
    return null;
  }
}
