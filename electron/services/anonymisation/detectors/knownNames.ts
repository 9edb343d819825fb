// Names found in an earlier check of the same situation (issue 18): looked for again everywhere, whatever
// their case and accents, so that "Dupont" is still found once "Kevin" before it was replaced.
import type { Finding } from '../../../../contract/types/anonymisation.js';
import type { FindingKind } from '../../../../contract/schemas/anonymisation.js';
import type { Lexicons } from '../lexicon.js';
import { SUGGESTIONS } from '../suggestions.js';
import { fold, phrasePattern } from '../text.js';

export interface KnownName {
  kind: FindingKind;
  text: string;
}

export function findKnownNames(text: string, known: ReadonlyArray<KnownName>, lexicons: Lexicons): Finding[] {
  if (known.length === 0) return [];
  const folded = fold(text);
  const findings: Finding[] = [];
  for (const name of known) {
    const pattern = phrasePattern(name.text);
    if (!pattern) continue;
    // A name that is also a French word ("Rose", "Constant") only counts with its capital.
    const isWord = lexicons.words.has(name.text.normalize('NFC').toLowerCase());
    for (const m of folded.matchAll(new RegExp(pattern, 'gu'))) {
      const found = text.slice(m.index, m.index + m[0].length);
      if (isWord && !/^\p{Lu}/u.test(found)) continue;
      findings.push({ kind: name.kind, start: m.index, end: m.index + m[0].length, text: found, suggestion: SUGGESTIONS[name.kind] });
    }
  }
  return findings;
}
