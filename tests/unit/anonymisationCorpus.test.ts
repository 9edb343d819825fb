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
    expect([...kinds].sort()).toEqual(['address', 'date', 'email', 'firstName', 'iban', 'institution', 'lastName', 'nationalNumber', 'phone', 'postalLocality', 'privateWord', 'rosterName']);
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

// Issue 18: the hard corpus, written as the field writes. Recall ≥ 0.90 per kind, precision ≥ 0.95 per kind.
describe('hard anonymisation corpus', () => {
  const corpus = loadCorpus('hard');
  const checkText = (t: (typeof corpus)[number]) => findIdentifiers(t.text, { rosterNames: t.rosterNames, privateWords: t.privateWords, today: CORPUS_TODAY });

  it('has at least 150 texts, 60 of them clean, covering the new kinds', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((t) => t.expected.length === 0).length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(corpus.flatMap((t) => t.expected.map((e) => e.kind)));
    for (const kind of ['licencePlate', 'institution', 'date', 'firstName', 'lastName', 'address', 'postalLocality', 'iban', 'phone', 'nationalNumber', 'email']) expect(kinds).toContain(kind);
    for (const t of corpus) for (const e of t.expected) expect(t.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('reaches recall ≥ 0.90 and precision ≥ 0.95 for every kind', () => {
    const score = scoreCorpus(corpus, checkText);
    for (const [kind, s] of Object.entries(score.byKind)) {
      if (s.expected === 0 && s.findings === 0) continue;
      expect({ kind, recall: s.recall >= 0.9, precision: s.precision >= 0.95 }).toEqual({ kind, recall: true, precision: true });
    }
  });

  it('flags nothing in the clean texts but what they plant (no false alarm on feasts, eponyms, law dates)', () => {
    const clean = corpus.filter((t) => t.expected.length === 0);
    const alarms = clean.filter((t) => checkText(t).length > 0).map((t) => t.id);
    expect(alarms).toEqual([]);
  });
});
