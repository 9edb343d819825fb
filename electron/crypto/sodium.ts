// One initialised libsodium (sumo build: the only one with crypto_pwhash / Argon2id).
// Convention: crypto and service functions take it as their first argument `s`; getSodium() is called
// only where a call enters the backend: the router (ctx.sodium for every handler), the workspace's
// lifecycle before any context exists (create, unlock, recover, lock) and restore, scripts and tests.
import sodiumModule from 'libsodium-wrappers-sumo';

export type Sodium = typeof sodiumModule;

let ready: Promise<Sodium> | undefined;

export function getSodium(): Promise<Sodium> {
  ready ??= sodiumModule.ready.then(() => sodiumModule);
  return ready;
}

export const toBase64 = (s: Sodium, bytes: Uint8Array): string => s.to_base64(bytes, s.base64_variants.ORIGINAL);
export const fromBase64 = (s: Sodium, text: string): Uint8Array => s.from_base64(text, s.base64_variants.ORIGINAL);
