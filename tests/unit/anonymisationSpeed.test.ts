// What was made faster for issue 18's speed goals gives exactly the answers of the plain versions: the French word
// list searched in place in the file read as latin1 (against a Set of the parsed package), and the overlap
// resolution by binary search (against the scan of every kept finding it replaced), the phrase pattern with its
// look-behind after the first character (against the look-behind in front). The unlock's warm-up runs.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../contract/types/anonymisation.js';
import { FINDING_KINDS } from '../../contract/schemas/anonymisation.js';
import { lexicons, lexiconsLoaded } from '../../electron/services/anonymisation/lexicon.js';
import { warmAnonymisation } from '../../electron/services/anonymisation/warmUp.js';
import { resolveOverlaps } from '../../electron/services/anonymisation/resolve.js';
import { escapeRegExp, fold, phrasePattern } from '../../electron/services/anonymisation/text.js';
import { CORPUS_SETS, loadCorpus, type CorpusSet } from '../fixtures/anonymisation/corpus.js';

const WORDS: string[] = JSON.parse(fs.readFileSync(createRequire(import.meta.url).resolve('an-array-of-french-words/index.json'), 'utf8'));

describe('the warm-up after an unlock', () => {
  it('loads the word lists in tasks of their own, and ends', async () => {
    let between = false;
    const warm = warmAnonymisation();
    setImmediate(() => (between = true)); // a request arriving meanwhile is served between the steps
    await warm;
    expect(lexiconsLoaded()).toBe(true);
    expect(between).toBe(true);
  });
});

describe('the French word list, searched in place', () => {
  it('finds every listed word, and no near miss (a letter more or less, capitals, an accent added)', () => {
    const listed = new Set(WORDS);
    const { words } = lexicons();
    // Every 7th word and its neighbours in the file: the first, the last and words with accents are among them.
    const sample = WORDS.filter((_, i) => i % 7 === 0 || i < 3 || i > WORDS.length - 4);
    const missed = sample.filter((w) => !words.has(w));
    expect(missed).toEqual([]);
    const nearMisses = sample.flatMap((w) => [`${w}x`, w.slice(0, -1), w.toUpperCase(), `é${w}`, `${w}é`]);
    nearMisses.push('', '"', '","', '[', ']', '["a', 'zzzz', '\u0000', '👪', 'ôtész');
    const wrong = nearMisses.filter((w) => words.has(w) !== listed.has(w));
    expect(wrong).toEqual([]);
    expect(words.has('éducatrice')).toBe(true);
    expect(words.has('Éducatrice')).toBe(false);
  });
});

/** The rule as first written: ranked, then each finding kept when it overlaps none kept before it. */
function reference(findings: readonly Finding[]): Finding[] {
  const order = ['privateWord', 'nationalNumber', 'iban', 'email', 'phone', 'licencePlate', 'rosterName', 'date', 'address', 'institution', 'postalLocality', 'lastName', 'firstName'];
  const isPrivate = (f: Finding): number => (f.kind === 'privateWord' ? 0 : 1);
  const ranked = [...findings].sort((a, b) => isPrivate(a) - isPrivate(b) || b.end - b.start - (a.end - a.start) || order.indexOf(a.kind) - order.indexOf(b.kind) || a.start - b.start);
  const kept: Finding[] = [];
  for (const f of ranked) if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

describe('overlapping findings', () => {
  it('are resolved as the scan of every kept finding resolves them, on random findings (empty ones included)', () => {
    let seed = 18;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 400; round++) {
      const findings: Finding[] = Array.from({ length: 1 + random(60) }, () => {
        const start = random(300);
        const end = start + (round % 10 === 0 ? random(4) : 1 + random(25)); // every tenth round has empty findings
        return { kind: FINDING_KINDS[random(FINDING_KINDS.length)]!, start, end, text: 'x'.repeat(end - start), suggestion: '' };
      });
      expect(resolveOverlaps(findings)).toEqual(reference(findings));
    }
  });
});

/** The phrase pattern as first written: the look-behind in front. */
function frontPattern(phrase: string): string | null {
  const words = fold(phrase.trim()).split(/[\s\u00a0-]+/u).filter(Boolean);
  if (words.length === 0) return null;
  const word = (w: string): string => [...w].map((ch) => `${escapeRegExp(ch)}\\p{M}*`).join('');
  return `(?<![\\p{L}\\p{N}\\p{M}])${words.map(word).join('[\\s\\u00a0-]+')}(?![\\p{L}\\p{N}\\p{M}])`;
}

describe('the pattern of a name or a private word', () => {
  it('matches where the pattern with its look-behind in front matches, in every corpus text and its decomposed form', () => {
    const texts = (Object.keys(CORPUS_SETS) as CorpusSet[]).flatMap((set) => loadCorpus(set)).flatMap((t) => [t.text, t.text.normalize('NFD')]);
    const text = fold(texts.join('\n'));
    const phrases = ['Léa', 'Dupont', 'Jean-Pierre Van den Bossche', 'é', 'a', '.', 'N’Diaye', "d'Emma", 'Anne Lemaire', '👪', 'le', 'SSM', '12', 'rue des Tanneurs', 'Ü', '(at)'];
    for (const phrase of phrases) {
      const spans = (pattern: string | null) => (pattern ? [...text.matchAll(new RegExp(pattern, 'gu'))].map((m) => `${m.index}:${m[0].length}`) : []);
      expect(spans(phrasePattern(phrase)), phrase).toEqual(spans(frontPattern(phrase)));
    }
    expect(phrasePattern(' ')).toBeNull();
  });
});
