// The anonymisation check's speed (issue 18), each run in a fresh child process (anonymisationProbe.ts), as the
// backend is when a session starts; the two cases alternate (cold, warmed, cold, …). What is measured, precisely:
// - the first check of a session, a 70-word situation summary:
//   worst case ("cold"): the word lists not loaded yet (a check sent before the unlock's warm-up ran), so the lists'
//   load plus the check, its detectors running for the first time (goal ≤ 150 ms);
//   normal case ("warmed"): after the warm-up the backend runs just after the unlock's reply (warmUp.ts), the check alone;
// - a 5,000-word text of French case prose (the corpus texts one after the other, anonymisationText.ts), lists
//   loaded, checked a second time in the process (the first check of it warms the code): after the unlock's warm-up
//   and without it (goal ≤ 30 ms for both); its first check, the 11th to 20th and the CPU time of the second are reported without a goal.
// Modules are imported before any timing (the backend imports them when it starts). Wall time, medians over processes.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { singleLine, type BenchLine } from './report.js';
import { FIRST_CHECK_TEXT, wordCount } from './anonymisationText.js';

const PROBE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'anonymisationProbe.ts');
const CHECKS_PER_PROCESS = 20;
export const FIRST_CHECK_GOAL_MS = 150;
export const WORDS_5000_GOAL_MS = 30;

interface ProbeResult {
  mode: 'cold' | 'warmed';
  beforeMs: number;
  firstCheckMs: number;
  words5000Ms: number[];
  words5000CpuMs: number[];
}

function probe(mode: ProbeResult['mode']): ProbeResult {
  const run = spawnSync(process.execPath, ['--import', 'tsx', PROBE, mode, String(CHECKS_PER_PROCESS)], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`anonymisation probe failed (${mode}): ${run.stderr || run.error?.message}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as ProbeResult;
}

/** `processes` fresh processes of each case. */
export async function anonymisationBench(processes: number, log: (text: string) => void): Promise<BenchLine[]> {
  const words = wordCount(FIRST_CHECK_TEXT);
  log(`anonymisation check: ${processes} fresh process(es) per case (lists loaded on demand / warmed at unlock), each: a ${words}-word summary, then a 5,000-word text ${CHECKS_PER_PROCESS}×`);
  const cold: ProbeResult[] = [];
  const warmed: ProbeResult[] = [];
  for (let i = 0; i < processes; i++) {
    cold.push(probe('cold'));
    warmed.push(probe('warmed'));
  }
  const runs = `${processes} fresh processes`;
  const second = (r: ProbeResult) => r.words5000Ms[1]!;
  const wordsGoal = { max: WORDS_5000_GOAL_MS, text: `≤ ${WORDS_5000_GOAL_MS} ms` };
  return [
    singleLine('anonymisation.load', 'anonymisation: word lists loaded, fresh process', 'ms', cold.map((r) => r.beforeMs), null, runs),
    singleLine('anonymisation.warmUp', 'anonymisation: warm-up after the unlock reply (lists + 2 checks of a sample)', 'ms', warmed.map((r) => r.beforeMs), null, `${runs}; backend time, in three tasks`),
    singleLine(
      'anonymisation.firstCheck',
      `anonymisation: first check of a session, ${words}-word summary, lists loaded on demand (load + check)`,
      'ms',
      cold.map((r) => r.beforeMs + r.firstCheckMs),
      { max: FIRST_CHECK_GOAL_MS, text: `≤ ${FIRST_CHECK_GOAL_MS} ms` },
      `${runs}; the worst case: a check sent before the unlock's warm-up ran`,
    ),
    singleLine('anonymisation.firstCheckWarmed', `anonymisation: first check of a session, ${words}-word summary, after the unlock warm-up`, 'ms', warmed.map((r) => r.firstCheckMs), null, `${runs}; what a user normally waits for`),
    singleLine('anonymisation.words5000First', 'anonymisation: 5,000-word case text, first check of it, after the unlock warm-up', 'ms', warmed.map((r) => r.words5000Ms[0]!), null, runs),
    singleLine('anonymisation.words5000', 'anonymisation: 5,000-word case text, warm (second check), after the unlock warm-up', 'ms', warmed.map(second), wordsGoal, runs),
    singleLine('anonymisation.words5000NoWarmUp', 'anonymisation: 5,000-word case text, warm (second check), no warm-up', 'ms', cold.map(second), wordsGoal, runs),
    singleLine(
      'anonymisation.words5000Cpu',
      'anonymisation: 5,000-word case text, warm (second check), CPU time, both cases',
      'ms',
      [...cold, ...warmed].map((r) => r.words5000CpuMs[1]!),
      null,
      `${2 * processes} fresh processes; the process's CPU time (all its threads) during the check: its work, less sensitive than wall time to a shared machine's load`,
    ),
    singleLine(
      'anonymisation.words5000Steady',
      `anonymisation: 5,000-word case text, 11th to ${CHECKS_PER_PROCESS}th check`,
      'ms',
      [...cold, ...warmed].flatMap((r) => r.words5000Ms.slice(10)),
      null,
      `${2 * processes * (CHECKS_PER_PROCESS - 10)} checks in ${2 * processes} fresh processes`,
    ),
  ];
}
