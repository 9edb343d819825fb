// The texts the anonymisation speed is measured on: French case prose from the corpus (tests/fixtures/anonymisation),
// not a repeated word, so that the word lists are searched as a real case file makes them be.
import { CORPUS_SETS, loadCorpus, type CorpusSet, type CorpusText } from '../../tests/fixtures/anonymisation/corpus.js';

/** The corpus's texts, its sets interleaved (a planted text, a clean one, …), in a fixed order. */
function interleavedCorpus(): CorpusText[] {
  const all = (Object.keys(CORPUS_SETS) as CorpusSet[]).flatMap((set) => loadCorpus(set));
  const byFile = [...new Set(all.map((t) => t.file))].map((file) => all.filter((t) => t.file === file));
  const out: CorpusText[] = [];
  for (let i = 0; byFile.some((texts) => i < texts.length); i++) for (const texts of byFile) if (texts[i]) out.push(texts[i] as CorpusText);
  return out;
}

/** Exactly `words` words of case prose, the corpus texts one after the other as paragraphs (cut inside the last one). */
export function caseProse(words: number): string {
  const prose = interleavedCorpus()
    .map((t) => t.text)
    .join('\n\n');
  const tokens = prose.match(/\S+\s*/gu) ?? [];
  if (tokens.length < words) throw new Error(`the corpus has ${tokens.length} words, fewer than ${words}`);
  return tokens.slice(0, words).join('').trimEnd();
}

/** A situation's summary as a presenter writes it, for the first check of a session (the issue 18 case, one paragraph). */
export const FIRST_CHECK_TEXT =
  "Kevin Dupont, né le 12/03/2013, numéro national 13.03.12-123.45, habite rue de la Station 14 à 1400 Nivelles avec sa mère et son beau-père. " +
  "L'école signale des absences répétées depuis la Toussaint et un repli en classe; le CPMS a rencontré la mère le 4 octobre 2026. " +
  "Le SAJ de Nivelles a été sollicité; la déléguée propose une concertation avec le SSM, l'AMO et l'école pour soutenir Kevin et sa famille.";

export const wordCount = (text: string): number => text.match(/\S+/gu)?.length ?? 0;
