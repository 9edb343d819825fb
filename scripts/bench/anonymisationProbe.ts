// Child process of the anonymisation speed lines: a fresh process, as the backend is when a session starts.
// Usage: anonymisationProbe.ts cold|warmed CHECKS
// 1. The check's modules imported (the backend imports them when it starts, before any session).
// 2. cold: the word lists loaded on demand by the first check (a check sent before the unlock's warm-up ran);
//    warmed: the unlock's warm-up (warmUp.ts: lists, then the check twice on a sample), then the first check.
//    The first check is a 70-word situation summary.
// 3. A 5,000-word text of case prose checked CHECKS times: the first, the second (the goal), the rest.
// Prints one JSON line; times in ms (performance.now), CPU times of the whole process from process.cpuUsage.
import { performance } from 'node:perf_hooks';
import { caseProse, FIRST_CHECK_TEXT } from './anonymisationText.js';

const mode = process.argv[2] === 'warmed' ? 'warmed' : 'cold';
const checks = Number(process.argv[3] ?? 20);
const long = caseProse(5000); // built before any timing: reading the corpus files is not part of the check
const context = { rosterNames: [{ firstName: 'Anne', lastName: 'Lemaire' }, { firstName: 'Marc', lastName: 'Dubois' }], privateWords: ['Athénée royal de Jambes'] };

async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}

const t0 = performance.now();
const { findIdentifiers } = await import('../../electron/services/anonymisation/check.js');
const { lexicons } = await import('../../electron/services/anonymisation/lexicon.js');
const { warmAnonymisation } = await import('../../electron/services/anonymisation/warmUp.js');
const importMs = performance.now() - t0;
// cold: the lists' load is timed apart, then the check (the two together are what the first check costs).
const before = await timed(async () => {
  if (mode === 'warmed') await warmAnonymisation();
  else lexicons();
});
const first = await timed(() => findIdentifiers(FIRST_CHECK_TEXT, context));
const words5000: Array<{ ms: number; cpuMs: number; value: unknown[] }> = [];
for (let i = 0; i < checks; i++) words5000.push(await timed(() => findIdentifiers(long, context)));
process.stdout.write(
  `${JSON.stringify({
    mode,
    importMs,
    beforeMs: before.ms,
    beforeCpuMs: before.cpuMs,
    firstCheckMs: first.ms,
    firstCheckCpuMs: first.cpuMs,
    firstCheckFindings: first.value.length,
    words5000Ms: words5000.map((r) => r.ms),
    words5000CpuMs: words5000.map((r) => r.cpuMs),
    words5000Findings: words5000[0]?.value.length ?? 0,
  })}\n`,
);
