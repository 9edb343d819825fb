// Timing helpers: repeated runs summarised as median and spread, and the two stores measured
// in alternation (A B, then B A, ...) so that machine noise falls on both alike.
import type { StoreKind } from './stores.js';

export interface Stats {
  runs: number;
  median: number;
  p25: number;
  p75: number;
  p95: number;
  min: number;
  max: number;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Milliseconds taken by fn. */
export async function time(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/**
 * Runs each store's measurement `repeats` times, alternating which store goes first, after
 * `warmUp` untimed rounds (so the first, JIT-cold run does not fall on one store).
 * A measurement returns its own duration in ms, so setup can stay outside the timing.
 */
export async function interleaved(
  repeats: number,
  run: (kind: StoreKind, i: number) => number | Promise<number>,
  { warmUp = 1 }: { warmUp?: number } = {},
): Promise<Record<StoreKind, number[]>> {
  const out: Record<StoreKind, number[]> = { encrypted: [], plaintext: [] };
  for (let i = -warmUp; i < repeats; i++) {
    const order: StoreKind[] = i % 2 === 0 ? ['encrypted', 'plaintext'] : ['plaintext', 'encrypted'];
    for (const kind of order) {
      const ms = await run(kind, i);
      if (i >= 0) out[kind].push(ms);
    }
  }
  return out;
}
