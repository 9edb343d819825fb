// The French lexicon (an-array-of-french-words, 336k inflected words, MIT) and the first-name list (built
// at build time from human-names, faker and a curated list: data/SOURCES.md). Loaded once; the backend
// warms them at unlock. The lexicon is not parsed: its JSON array is sorted, so look-ups are a binary
// search over the raw text (a JSON.parse and a Set of 336k words took 0.5–0.7 s).
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

/** A sorted JSON array of plain strings (no escapes), searched in place. */
class SortedJsonWords implements WordList {
  private readonly starts: Uint32Array;
  constructor(private readonly raw: string) {
    const starts: number[] = [];
    for (let i = raw.indexOf('"'); i !== -1; ) {
      starts.push(i + 1);
      const close = raw.indexOf('"', i + 1);
      i = raw.indexOf('"', close + 1);
    }
    this.starts = Uint32Array.from(starts);
  }
  private at(i: number): string {
    const start = this.starts[i] as number;
    return this.raw.slice(start, this.raw.indexOf('"', start));
  }
  private readonly seen = new Map<string, boolean>();
  has(word: string): boolean {
    let known = this.seen.get(word);
    if (known === undefined) {
      known = this.search(word);
      if (this.seen.size > 50_000) this.seen.clear();
      this.seen.set(word, known);
    }
    return known;
  }
  private search(word: string): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = this.at(mid);
      if (w === word) return true;
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

let loaded: Lexicons | undefined;

export function lexicons(): Lexicons {
  if (loaded) return loaded;
  const words = new SortedJsonWords(fs.readFileSync(resolveAtRunTime.resolve('an-array-of-french-words/index.json'), 'utf8'));
  loaded = { words, firstNames: new Set(FIRST_NAMES.split('\n')) };
  return loaded;
}

export const lexiconsLoaded = (): boolean => loaded !== undefined;

/** Loads the lists just after an unlock, once the reply is on its way, so that the session's first check does not wait. */
export function warmLexicons(): void {
  setImmediate(() => {
    try {
      lexicons();
    } catch {
      // The first check loads them instead, and reports the error there.
    }
  });
}
