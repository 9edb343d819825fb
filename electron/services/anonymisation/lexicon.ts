// The French lexicon (an-array-of-french-words, 336k inflected words, MIT) and the first-name list (built
// at build time from human-names, faker and a curated list: data/SOURCES.md). Loaded once; the backend
// warms them at unlock (warmUp.ts). The lexicon is not parsed: its JSON array is sorted, so look-ups are a binary
// search over the raw text (a JSON.parse and a Set of 336k words took 0.5–0.7 s; an index of the word starts, ~0.1 s).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { FIRST_NAMES } from './data/firstNames.generated.js';

const resolveAtRunTime = createRequire(import.meta.url);

export interface WordList {
  has(word: string): boolean;
}

export interface Lexicons {
  /** Lower-case French words, accents kept. */
  words: WordList;
  /** First names, folded (lower case, no accents). */
  firstNames: ReadonlySet<string>;
}

/**
 * A sorted JSON array of plain strings (no quotes or escapes inside a word), searched in place: a binary search over
 * character positions, each step reading the first word that starts at or after the middle. The file is read as
 * latin1, one character per UTF-8 byte, so nothing is decoded at load (UTF-8 decoding and an index of the 336k
 * word starts took most of the load); the UTF-8 byte order is the code point order, so the array stays sorted.
 */
class SortedJsonWords implements WordList {
  constructor(private readonly raw: string) {}
  private readonly seen = new Map<string, boolean>();
  has(word: string): boolean {
    let known = this.seen.get(word);
    if (known === undefined) {
      known = this.search(asLatin1Bytes(word));
      if (this.seen.size > 50_000) this.seen.clear();
      this.seen.set(word, known);
    }
    return known;
  }
  /** The start of the first word at or after `pos` (words follow `["` or `","`), or -1. */
  private startAtOrAfter(pos: number): number {
    if (pos <= 2) return this.raw.startsWith('["') ? 2 : -1;
    const separator = this.raw.indexOf('","', pos - 3);
    return separator === -1 ? -1 : separator + 3;
  }
  private search(word: string): boolean {
    // Invariant: the word, if listed, starts in [lo, hi).
    let lo = 0;
    let hi = this.raw.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.startAtOrAfter(mid);
      if (start === -1 || start >= hi) {
        hi = mid; // no word starts in [mid, hi)
        continue;
      }
      const w = this.raw.slice(start, this.raw.indexOf('"', start));
      if (w === word) return true;
      if (w < word) lo = start + 1;
      else hi = mid; // no word starts in [mid, start)
    }
    return false;
  }
}

/** The word's UTF-8 bytes as a latin1 string (itself when it is ASCII), to compare with the file read as latin1. */
function asLatin1Bytes(word: string): string {
  return /^[\x00-\x7f]*$/u.test(word) ? word : Buffer.from(word, 'utf8').toString('latin1');
}

let loaded: Lexicons | undefined;

export function lexicons(): Lexicons {
  if (loaded) return loaded;
  const words = new SortedJsonWords(fs.readFileSync(resolveAtRunTime.resolve('an-array-of-french-words/index.json'), 'latin1'));
  loaded = { words, firstNames: new Set(FIRST_NAMES.split('\n')) };
  return loaded;
}

export const lexiconsLoaded = (): boolean => loaded !== undefined;
