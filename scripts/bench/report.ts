// The benchmark's output: one line per measurement with both stores side by side and their
// ratio, checked against the goals (reported, not asserted), printed as a table and saved as JSON.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stats, type Stats } from './measure.js';
import type { StoreKind } from './stores.js';

export type Unit = 'ms' | 'MiB' | 'frames' | 'kB';

export interface Goal {
  text: string;
  met: boolean | null;
}

export interface BenchLine {
  id: string;
  label: string;
  unit: Unit;
  encrypted: Stats | null;
  plaintext: Stats | null;
  /**
   * Encrypted / plaintext: the median of the ratios of each back-to-back pair of runs, which
   * cancels most of the shared machine's load (it falls on both runs of a pair alike).
   */
  ratio: number | null;
  /** Spread of the paired ratios, and the plain ratio of the two medians for comparison. */
  ratioSpread?: { p25: number; p75: number; ofMedians: number };
  goal: Goal | null;
  note?: string;
}

export const STORE_RATIO_GOAL = 1.15;

/** A line measured on both stores; its goal is the encrypted/plaintext ratio. */
export function pairLine(id: string, label: string, unit: Unit, samples: Record<StoreKind, number[]>, note?: string): BenchLine {
  const encrypted = stats(samples.encrypted);
  const plaintext = stats(samples.plaintext);
  // interleaved() returns both arrays in run order: index i of each is one back-to-back pair.
  const paired = stats(samples.encrypted.map((e, i) => e / samples.plaintext[i]!).filter(Number.isFinite));
  const ratio = paired.runs > 0 ? paired.median : null;
  const goal = { text: `≤ ${STORE_RATIO_GOAL}× plaintext`, met: ratio === null ? null : ratio <= STORE_RATIO_GOAL };
  return { id, label, unit, encrypted, plaintext, ratio, ratioSpread: { p25: paired.p25, p75: paired.p75, ofMedians: encrypted.median / plaintext.median }, goal, note };
}

/** A line measured only on the encrypted workspace (what the app runs), against an absolute goal. */
export function singleLine(id: string, label: string, unit: Unit, samples: number[], limit: { max: number; text: string; on?: 'median' | 'p95' | 'max' } | null, note?: string): BenchLine {
  const s = stats(samples);
  const value = limit?.on === 'max' ? s.max : limit?.on === 'p95' ? s.p95 : s.median;
  return { id, label, unit, encrypted: s, plaintext: null, ratio: null, goal: limit ? { text: limit.text, met: value <= limit.max } : null, note };
}

const fmt = (value: number, unit: Unit) => (unit === 'frames' || unit === 'kB' ? value.toFixed(unit === 'kB' ? 1 : 0) : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

function cell(s: Stats | null, unit: Unit): string {
  if (!s) return '—';
  return `${fmt(s.median, unit)} [${fmt(s.p25, unit)}–${fmt(s.p75, unit)}]`;
}

export function formatTable(lines: BenchLine[]): string {
  const rows = lines.map((l) => [
    `${l.label} (${l.unit})`,
    cell(l.encrypted, l.unit),
    cell(l.plaintext, l.unit),
    l.ratio === null ? '—' : `${l.ratio.toFixed(2)}× [${l.ratioSpread!.p25.toFixed(2)}–${l.ratioSpread!.p75.toFixed(2)}]`,
    l.goal ? `${l.goal.met === null ? '?' : l.goal.met ? 'met' : 'MISSED'} (${l.goal.text})` : '',
  ]);
  const header = ['measurement', 'encrypted median [p25–p75]', 'plaintext median [p25–p75]', 'ratio, paired [p25–p75]', 'goal'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cpus: cpus.length,
    memoryMiB: Math.round(os.totalmem() / 2 ** 20),
    loadAverage: os.loadavg(),
    node: process.version,
    platform: `${process.platform} ${os.release()}`,
  };
}

export function writeResults(dir: string, result: object): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
