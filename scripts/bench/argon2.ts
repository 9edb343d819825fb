// Why unlocking takes more than a second: Argon2id MODERATE (ops 3, 256 MiB, one lane, as
// libsodium fixes it) in libsodium.js, measured cold (first call of a process, which grows the
// wasm heap) and warm, at neighbouring settings to see how it scales, and, when the system has
// a native libsodium, the same call natively for reference. The app's parameters are not changed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

export async function argon2Bench(rounds: number, log: (text: string) => void): Promise<{ lines: BenchLine[]; details: object }> {
  log(`Argon2id investigation: ${rounds} fresh process(es), cold + warm MODERATE and a sweep`);
  const cold: number[] = [];
  const warm: number[] = [];
  const sweep = new Map<string, number[]>(SWEEP.map((k) => [k, []]));
  let wasm: boolean | undefined;
  for (let i = 0; i < rounds; i++) {
    const out = wasmProbe([MODERATE, MODERATE, MODERATE, ...SWEEP]);
    wasm = out.wasm;
    cold.push(out.runs[0]!.ms);
    warm.push(out.runs[1]!.ms, out.runs[2]!.ms);
    out.runs.slice(3).forEach((r) => sweep.get(`${r.ops}:${r.mib}`)!.push(r.ms));
  }
  const engine = wasm ? 'wasm' : 'asm.js fallback';
  const lines = [
    singleLine('argon2.cold', `Argon2id ops 3, 256 MiB, first call of a process (${engine})`, 'ms', cold, null),
    singleLine('argon2.warm', `Argon2id ops 3, 256 MiB, later calls (${engine})`, 'ms', warm, null),
    ...SWEEP.map((k) => {
      const [ops, mib] = k.split(':');
      return singleLine(`argon2.${ops}x${mib}`, `Argon2id ops ${ops}, ${mib} MiB, warm (${engine}; not used by the app)`, 'ms', sweep.get(k)!, null);
    }),
  ];
  log('Argon2id: native libsodium reference (python3 + ctypes), if installed');
  const native = run('python3', [path.join(HERE, 'native-argon2.py'), MODERATE, MODERATE, MODERATE, ...SWEEP]);
  if (native) {
    lines.push(singleLine('argon2.native', `Argon2id ops 3, 256 MiB, native libsodium ${native.version} (reference, outside the app)`, 'ms', native.runs.slice(0, 3).map((r) => r.ms), null));
  }
  return { lines, details: { engine, cold, warm, sweep: Object.fromEntries(sweep), native: native ?? 'no native libsodium found (python3 + libsodium)' } };
}
