// Passphrase → master key with Argon2id. The parameters travel with each key slot,
// so a later version can raise them without guessing what older slots used.
import { AppError } from '../../contract/errors.js';
import { nativeArgon2id } from './nativeArgon2.js';
import { fromBase64, toBase64, type Sodium } from './sodium.js';

export interface KdfParams {
  alg: 'argon2id13';
  opsLimit: number;
  memLimit: number;
  salt: string; // base64
}

/** MODERATE is the floor for real workspaces: below it a stolen key file's passphrases are cheap to guess. */
export type KdfStrength = 'moderate' | 'sensitive';

export function newKdfParams(s: Sodium, strength: KdfStrength = 'moderate'): KdfParams {
  const opsLimit = strength === 'sensitive' ? s.crypto_pwhash_OPSLIMIT_SENSITIVE : s.crypto_pwhash_OPSLIMIT_MODERATE;
  const memLimit = strength === 'sensitive' ? s.crypto_pwhash_MEMLIMIT_SENSITIVE : s.crypto_pwhash_MEMLIMIT_MODERATE;
  return { alg: 'argon2id13', opsLimit, memLimit, salt: toBase64(s, s.randombytes_buf(s.crypto_pwhash_SALTBYTES)) };
}

/** True when stored parameters are below the floor: such a slot was not written by Concerto. */
export function isBelowFloor(s: Sodium, p: KdfParams): boolean {
  return p.opsLimit < s.crypto_pwhash_OPSLIMIT_MODERATE || p.memLimit < s.crypto_pwhash_MEMLIMIT_MODERATE;
}

/**
 * The floor is a constant, never read from a file or an option: a slot whose stored cost was
 * lowered (by a bug, a tool, or anyone who once held the database key) would make its passphrase
 * cheap to guess from a stolen copy, so it is refused before any derivation, on read and on write.
 */
export function assertAboveFloor(s: Sodium, p: KdfParams): void {
  if (isBelowFloor(s, p)) throw new AppError('KDF_TOO_WEAK');
}

/** Every passphrase meets its slot's parameters here, so the floor is checked in this one place. */
export function deriveMasterKey(s: Sodium, secret: string, p: KdfParams): Uint8Array {
  assertAboveFloor(s, p);
  const password = s.from_string(secret.normalize('NFC'));
  const salt = fromBase64(s, p.salt);
  try {
    return nativeArgon2id(password, salt, p.opsLimit, p.memLimit) ?? deriveMasterKeyWasm(s, password, salt, p);
  } finally {
    s.memzero(password);
  }
}

/** The same derivation in libsodium.js (WebAssembly): the fallback, and the reference the tests compare with. */
export function deriveMasterKeyWasm(s: Sodium, password: Uint8Array, salt: Uint8Array, p: KdfParams): Uint8Array {
  return s.crypto_pwhash(32, password, salt, p.opsLimit, p.memLimit, s.crypto_pwhash_ALG_ARGON2ID13);
}

/** Separate subkeys so that the slot key and the identity key are never the same bytes. */
export function deriveSubkeys(s: Sodium, master: Uint8Array): { slotKey: Uint8Array; identityKey: Uint8Array } {
  return {
    slotKey: s.crypto_kdf_derive_from_key(32, 1, 'ctoslot_', master),
    identityKey: s.crypto_kdf_derive_from_key(32, 2, 'ctoident', master),
  };
}
