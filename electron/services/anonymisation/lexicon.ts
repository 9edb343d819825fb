// The French lexicon (an-array-of-french-words, 336k inflected words) and the first-name lists
// (human-names: fr, nl, en, de, es, it). Loaded once, on the first check, not at start-up: they are
// required at run time (not bundled into the backend) and parsed only when a check needs them.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fold } from './text.js';

const resolveAtRunTime = createRequire(import.meta.url);

export interface Lexicons {
  /** Lower-case French words, accents kept. */
  words: ReadonlySet<string>;
  /** First names, folded (lower case, no accents). */
  firstNames: ReadonlySet<string>;
}

const NAME_LANGUAGES = ['fr', 'nl', 'en', 'de', 'es', 'it'] as const;

let loaded: Lexicons | undefined;

function readJsonArray(modulePath: string): string[] {
  return JSON.parse(fs.readFileSync(resolveAtRunTime.resolve(modulePath), 'utf8')) as string[];
}

export function lexicons(): Lexicons {
  if (loaded) return loaded;
  const words = new Set(readJsonArray('an-array-of-french-words/index.json'));
  const firstNames = new Set<string>();
  const dataDir = resolveAtRunTime.resolve('human-names/package.json').replace(/package\.json$/, 'data/');
  for (const language of NAME_LANGUAGES) {
    for (const sex of ['female', 'male']) {
      const file = `${dataDir}${sex}-human-names-${language}.json`;
      for (const name of JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) firstNames.add(fold(name));
    }
  }
  loaded = { words, firstNames };
  return loaded;
}

export const lexiconsLoaded = (): boolean => loaded !== undefined;
