// Why unlocking takes more than a second: Argon2id MODERATE (ops 3, 256 MiB, one lane, as
// libsodium fixes it) in libsodium.js, measured cold (first call of a process, which grows the
// wasm heap) and warm, at neighbouring settings to see how it scales, and, when the system has
// a native libsodium, the same call natively for reference. The app's parameters are not changed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stats } from './measure.js';
import { singleLine, type BenchLine } from './report.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MODERATE = '3:256';
const SWEEP = ['1:256', '2:256', '4:256', '3:64', '3:128'];

interface ProbeOut {
  wasm?: boolean;
  version?: string;
  runs: Array<{ ops: number; mib: number; ms: number }>;
}

function run(command: string, args: string[]): ProbeOut | null {
  const out = spawnSync(command, args, { encoding: 'utf8', timeout: 180_000 });
  if (out.status !== 0) return null;
  return JSON.parse(out.stdout.trim().split('\n').pop()!) as ProbeOut;
}

const wasmProbe = (specs: string[]) => {
  const out = run(process.execPath, ['--import', 'tsx', path.join(HERE, 'argon2Probe.ts'), ...specs]);
  if (!out) throw new Error('argon2 probe failed');
  return out;
};

const nativeProbe = (specs: string[]) => run('python3', [path.join(HERE, 'native-argon2.py'), ...specs]);

/** Each round: a fresh wasm process, then (when installed) the native library, so load falls on both. */
export async function argon2Bench(rounds: number, log: (text: string) => void): Promise<{ lines: BenchLine[]; details: object }> {
  log(`Argon2id investigation: ${rounds} round(s) of a fresh process (cold + warm MODERATE and a sweep), wasm then native`);
  const specs = [MODERATE, MODERATE, MODERATE, ...SWEEP];
  const cold: number[] = [];
  const warm: number[] = [];
  const native: number[] = [];
  const sweep = new Map<string, number[]>(SWEEP.map((k) => [k, []]));
  const nativeSweep = new Map<string, number[]>(SWEEP.map((k) => [k, []]));
  let wasm: boolean | undefined;
  let nativeVersion: string | null = null;
  for (let i = 0; i < rounds; i++) {
    const out = wasmProbe(specs);
    wasm = out.wasm;
    cold.push(out.runs[0]!.ms);
    warm.push(out.runs[1]!.ms, out.runs[2]!.ms);
    out.runs.slice(3).forEach((r) => sweep.get(`${r.ops}:${r.mib}`)!.push(r.ms));
    const n = nativeProbe(specs);
    if (!n) continue;
    nativeVersion = n.version ?? 'unknown';
    native.push(...n.runs.slice(0, 3).map((r) => r.ms));
    n.runs.slice(3).forEach((r) => nativeSweep.get(`${r.ops}:${r.mib}`)!.push(r.ms));
  }
  const engine = wasm ? 'wasm' : 'asm.js fallback';
  const median = (xs: number[]) => stats(xs).median;
  const wasmOverNative = native.length ? median(warm) / median(native) : null;
  const lines = [
    singleLine('argon2.cold', `Argon2id ops 3, 256 MiB, first call of a process (${engine})`, 'ms', cold, null),
    singleLine('argon2.warm', `Argon2id ops 3, 256 MiB, later calls (${engine})`, 'ms', warm, null),
    ...SWEEP.map((k) => {
      const [ops, mib] = k.split(':');
      return singleLine(`argon2.${ops}x${mib}`, `Argon2id ops ${ops}, ${mib} MiB, warm (${engine}; not used by the app)`, 'ms', sweep.get(k)!, null);
    }),
  ];
  if (nativeVersion) {
    const note = `wasm / native = ${wasmOverNative!.toFixed(2)}×`;
    lines.push(singleLine('argon2.native', `Argon2id ops 3, 256 MiB, native libsodium ${nativeVersion} (reference outside the app; ${note})`, 'ms', native, null, note));
  }
  log(nativeVersion ? `Argon2id MODERATE: wasm ${median(warm).toFixed(0)} ms warm, ${median(cold).toFixed(0)} ms cold; native ${median(native).toFixed(0)} ms` : 'Argon2id: no native libsodium (python3 + libsodium) for reference');
  return {
    lines,
    details: {
      engine,
      cold,
      warm,
      sweep: Object.fromEntries(sweep),
      native: nativeVersion ? { version: nativeVersion, moderate: native, sweep: Object.fromEntries(nativeSweep), wasmOverNative } : 'no native libsodium found (python3 + libsodium)',
    },
  };
}
