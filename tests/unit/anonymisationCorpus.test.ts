// The measured goal of the anonymisation check: over the corpus of French texts written for it,
// recall ≥ 0.95 and precision ≥ 0.90 overall. Matching rule: see scoreCorpus.
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../electron/services/anonymisation/check.js';
import { CORPUS_TODAY, loadCorpus, scoreCorpus } from '../fixtures/anonymisation/corpus.js';

describe('anonymisation corpus', () => {
  const corpus = loadCorpus();

  it('has at least 60 texts, planted ones covering every kind, and clean ones', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    const planted = corpus.filter((t) => t.expected.length > 0);
    expect(planted.length).toBeGreaterThanOrEqual(45);
    expect(corpus.length - planted.length).toBeGreaterThanOrEqual(35);
    const kinds = new Set(planted.flatMap((t) => t.expected.map((e) => e.kind)));
    expect([...kinds].sort()).toEqual(['address', 'date', 'email', 'firstName', 'iban', 'lastName', 'nationalNumber', 'phone', 'postalLocality', 'privateWord', 'rosterName']);
    for (const t of corpus) for (const e of t.expected) expect(t.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('reaches recall ≥ 0.95 and precision ≥ 0.90 overall', () => {
    const score = scoreCorpus(corpus, (t) => findIdentifiers(t.text, { rosterNames: t.rosterNames, privateWords: t.privateWords, today: CORPUS_TODAY }));
    expect(score.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.overall.precision).toBeGreaterThanOrEqual(0.9);
    // No kind may be left far behind either.
    for (const [kind, s] of Object.entries(score.byKind)) {
      expect({ kind, recall: s.recall >= 0.85, precision: s.precision >= 0.85 }).toEqual({ kind, recall: true, precision: true });
    }
  });

  it('scores a checker that finds nothing at zero recall (the scoring can fail)', () => {
    const score = scoreCorpus(corpus, () => []);
    expect(score.overall.recall).toBe(0);
  });
});
