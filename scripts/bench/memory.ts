// Peak memory (RSS high-water mark) of each store's work, each in a fresh child process,
// alternating the stores; and of the same work plus one Argon2id MODERATE derivation.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GroupOptions } from './generate.js';
import { interleaved } from './measure.js';
import { pairLine, singleLine, type BenchLine } from './report.js';
import type { StoreKind } from './stores.js';

const PROBE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'memoryProbe.ts');

interface ProbeResult {
  baseline: number;
  afterStore: number;
  final: number;
}

function probe(kind: StoreKind, workDir: string, group: GroupOptions, argon2: boolean): ProbeResult {
  const args = ['--import', 'tsx', PROBE, kind, workDir, String(group.seed), String(group.members), String(group.accounts), ...(argon2 ? ['argon2'] : [])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`memory probe failed (${kind}): ${run.stderr || run.error?.message}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as ProbeResult;
}

/** With withArgon2, also the same work plus one MODERATE derivation (encrypted only, ~1 s each). */
export async function memoryBench(workDir: string, group: GroupOptions, repeats: number, withArgon2: boolean, log: (text: string) => void): Promise<BenchLine[]> {
  log(`peak memory: ${repeats} child process(es) per store, ${group.members} members`);
  const results: Record<StoreKind, ProbeResult[]> = { encrypted: [], plaintext: [] };
  // Each probe is a fresh process: nothing to warm up.
  await interleaved(
    repeats,
    (kind) => {
      results[kind].push(probe(kind, workDir, group, false));
      return 0;
    },
    { warmUp: 0 },
  );
  const pick = (f: (r: ProbeResult) => number) => ({ encrypted: results.encrypted.map(f), plaintext: results.plaintext.map(f) });
  const lines = [
    pairLine('memory.baseline', 'peak RSS, modules loaded, before any work', 'MiB', pick((r) => r.baseline)),
    pairLine('memory.store', `peak RSS, bulk load + lists + audit check, ${group.members} members`, 'MiB', pick((r) => r.afterStore)),
  ];
  if (withArgon2) {
    const peaks = Array.from({ length: Math.max(1, Math.ceil(repeats / 2)) }, () => probe('encrypted', workDir, group, true).final);
    lines.push(singleLine('memory.unlock', 'peak RSS, same work + one Argon2id MODERATE derivation', 'MiB', peaks, null, 'libsodium.js grows its wasm heap to hold the 256 MiB Argon2 matrix and never shrinks it'));
  }
  return lines;
}
