// npm run anonymisation-report: runs the anonymisation check over the corpus (tests/fixtures/anonymisation),
// prints recall and precision per kind and overall, the misses and false positives, and the timings;
// writes the same as JSON (default test-results/anonymisation-report.json, or the path given as argument).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { findIdentifiers } from '../electron/services/anonymisation/check.js';
import { lexicons } from '../electron/services/anonymisation/lexicon.js';
import { caseProse } from './bench/anonymisationText.js';
import { CORPUS_SETS, CORPUS_TODAY, loadCorpus, scoreCorpus, type CorpusScore, type CorpusSet } from '../tests/fixtures/anonymisation/corpus.js';

const out = path.resolve(process.argv[2] ?? 'test-results/anonymisation-report.json');

const loadStart = performance.now();
lexicons();
const loadMs = performance.now() - loadStart;

const SET_TITLES: Record<CorpusSet, string> = {
  original: 'Original corpus (issue 5)',
  hard: 'Hard corpus (issue 18)',
  hardHeldout: 'Hard held-out batch (issue 18, measured once, never tuned on)',
};
const sets = (Object.keys(CORPUS_SETS) as CorpusSet[]).map((set) => {
  const texts = loadCorpus(set);
  const score = scoreCorpus(texts, (t) => findIdentifiers(t.text, { rosterNames: t.rosterNames, privateWords: t.privateWords, today: CORPUS_TODAY }));
  return { set, texts, score };
});
const corpus = sets.flatMap((s) => s.texts);

// Timing: the first check of a session (the lists loaded, then one check), then a 5,000-word text once warm.
const context = { rosterNames: [{ firstName: 'Anne', lastName: 'Lemaire' }, { firstName: 'Marc', lastName: 'Dubois' }], privateWords: ['Kévin', 'Athénée Royal de Jambes'] };
const long = caseProse(5000); // the same text as `npm run bench` (which measures in fresh processes)
const firstStart = performance.now();
findIdentifiers(corpus[0]?.text ?? '', context);
const firstCheckMs = performance.now() - firstStart;
const runs: number[] = [];
for (let i = 0; i < 30; i++) {
  const t0 = performance.now();
  findIdentifiers(long, context);
  runs.push(performance.now() - t0);
}
const coldMs = runs[0] ?? 0; // the first 5,000-word check, before the JIT has warmed up
runs.sort((a, b) => a - b);
const heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);
const timing = {
  lexiconLoadMs: round(loadMs),
  firstCheckOfSessionMs: round(loadMs + firstCheckMs),
  firstCheckAfterUnlockWarmupMs: round(firstCheckMs),
  heapUsedMbAfterLoad: heapMb,
  words5000: { runs: runs.length, firstMs: round(coldMs), medianMs: round(runs[15] ?? 0), maxMs: round(runs.at(-1) ?? 0) },
};

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
const pct = (n: number): string => `${(n * 100).toFixed(1)} %`.padStart(8);

function printScore(title: string, texts: readonly { expected: readonly unknown[] }[], score: CorpusScore): void {
  console.log(`\n${title}: ${score.texts} texts (${texts.filter((t) => t.expected.length > 0).length} with planted identifiers)`);
  console.log(`${'kind'.padEnd(16)}${'expected'.padStart(9)}${'found'.padStart(7)}${'recall'.padStart(9)}${'findings'.padStart(10)}${'correct'.padStart(9)}${'precision'.padStart(11)}`);
  for (const [kind, s] of [...Object.entries(score.byKind), ['overall', score.overall] as const]) {
    if (kind !== 'overall' && s.expected === 0 && s.findings === 0) continue;
    console.log(`${kind.padEnd(16)}${String(s.expected).padStart(9)}${String(s.found).padStart(7)}${pct(s.recall).padStart(9)}${String(s.findings).padStart(10)}${String(s.correct).padStart(9)}${pct(s.precision).padStart(11)}`);
  }
  if (score.misses.length) console.log('Missed:', score.misses.map((m) => `${m.id} ${m.kind} «${m.text}»`).join('; '));
  if (score.falsePositives.length) console.log('False positives:', score.falsePositives.map((m) => `${m.id} ${m.kind} «${m.text}»`).join('; '));
}
for (const { set, texts, score } of sets) printScore(SET_TITLES[set], texts, score);
console.log(`\nSpeed: word lists loaded in ${timing.lexiconLoadMs} ms (heap ${heapMb} MB); first check of a session ${timing.firstCheckOfSessionMs} ms (lists loaded on demand), ${timing.firstCheckAfterUnlockWarmupMs} ms once warmed at unlock; a 5,000-word text checks in ${timing.words5000.medianMs} ms warm (median of ${runs.length}; first ${timing.words5000.firstMs} ms, max ${timing.words5000.maxMs} ms). Measured in this process after the corpus; in fresh processes, as a session starts: npm run bench.`);

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify({ generatedAt: new Date().toISOString(), sets: Object.fromEntries(sets.map((x) => [x.set, x.score])), timing }, null, 2)}\n`);
console.log(`Written to ${path.relative(process.cwd(), out)}`);
