// Child process of the Argon2id investigation: crypto_pwhash (libsodium.js) timed at the given
// settings in a fresh process, so the first line is the cold call the app's first unlock pays.
// Also reports whether libsodium.js runs as WebAssembly or fell back to its asm.js build.
// Usage: argon2Probe.ts ops:MiB ops:MiB ...
// Node's types (no DOM lib) do not declare WebAssembly as a value: reach it through globalThis.
type Instantiate = (...args: unknown[]) => Promise<unknown>;
const wasmApi = (globalThis as unknown as { WebAssembly: { instantiate: Instantiate } }).WebAssembly;
const instantiate = wasmApi.instantiate.bind(wasmApi);
let wasmInstantiated = 0;
wasmApi.instantiate = (...args: unknown[]) => {
  wasmInstantiated += 1;
  return instantiate(...args);
};

const { getSodium } = await import('../../electron/crypto/sodium.js');
const s = await getSodium();
const salt = new Uint8Array(s.crypto_pwhash_SALTBYTES);
const password = s.from_string('banc-essai-concerto');
const runs = process.argv.slice(2).map((spec) => {
  const [ops, mib] = spec.split(':').map(Number) as [number, number];
  const t0 = performance.now();
  s.crypto_pwhash(32, password, salt, ops, mib * 2 ** 20, s.crypto_pwhash_ALG_ARGON2ID13);
  return { ops, mib, ms: performance.now() - t0 };
});
process.stdout.write(`${JSON.stringify({ wasm: wasmInstantiated > 0, runs, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
