// Ed25519 over RFC 8785 canonical JSON: the bytes signed are exactly canonicalize(value) in UTF-8,
// so any implementation (libsodium here, Node's crypto for checking) gets the same bytes.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { canonicalBytes } from '../../crypto/canonical.js';
import { toBase64, type Sodium } from '../../crypto/sodium.js';

/** Detached Ed25519 signature (base64) with a libsodium secret key. */
export function signCanonical(s: Sodium, signSecretKey: Uint8Array, value: unknown): string {
  return toBase64(s, s.crypto_sign_detached(canonicalBytes(value), signSecretKey));
}

// DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

// Parsing a key costs more than verifying with it: verifying a whole register reuses a few keys.
const keyCache = new Map<string, KeyObject>();

function publicKeyObject(signPublicKeyB64: string): KeyObject | null {
  const cached = keyCache.get(signPublicKeyB64);
  if (cached) return cached;
  const raw = Buffer.from(signPublicKeyB64, 'base64');
  if (raw.length !== 32) return null;
  const key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
  if (keyCache.size >= 1000) keyCache.clear();
  keyCache.set(signPublicKeyB64, key);
  return key;
}

/** Checks with Node's own Ed25519 (not libsodium). Never throws: malformed input is simply not valid. */
export function verifyCanonical(value: unknown, signatureB64: string, signPublicKeyB64: string): boolean {
  try {
    if (!BASE64.test(signatureB64) || !BASE64.test(signPublicKeyB64)) return false;
    const signature = Buffer.from(signatureB64, 'base64');
    const key = publicKeyObject(signPublicKeyB64);
    if (!key || signature.length !== 64) return false;
    return verify(null, canonicalBytes(value), key, signature);
  } catch {
    return false;
  }
}
