// Argon2id through native libsodium (sodium-native, N-API prebuilds), about twice as fast as
// libsodium.js's WebAssembly build, whose portable code has no SIMD: the difference between an
// unlock over and under one second. Same algorithm, version, parameters and salt, so the same key:
// slots written by either open with the other. When the native module cannot load (a platform
// without a prebuild), derivation falls back to libsodium.js.
import { createRequire } from 'node:module';

interface SodiumNative {
  crypto_pwhash(out: Uint8Array, passwd: Uint8Array, salt: Uint8Array, opslimit: number, memlimit: number, alg: number): void;
  crypto_pwhash_ALG_ARGON2ID13: number;
  sodium_memzero(buf: Uint8Array): void;
}

let loaded: SodiumNative | null | undefined;

function load(): SodiumNative | null {
  if (loaded !== undefined) return loaded;
  try {
    loaded = createRequire(import.meta.url)('sodium-native') as SodiumNative;
  } catch {
    loaded = null;
  }
  return loaded;
}

/** Whether derivations run natively in this process (reported by the benchmark). */
export const nativeArgon2Available = (): boolean => load() !== null;

/** Argon2id v1.3 into 32 bytes, or null when the native module is not available. */
export function nativeArgon2id(password: Uint8Array, salt: Uint8Array, opsLimit: number, memLimit: number): Uint8Array | null {
  const native = load();
  if (!native) return null;
  const out = new Uint8Array(32);
  native.crypto_pwhash(out, password, salt, opsLimit, memLimit, native.crypto_pwhash_ALG_ARGON2ID13);
  return out;
}
