// The presenter's private words (the young person's name, the school, the street): whole words,
// whatever the case and accents, several words matched across any spaces or hyphens.
import type { Finding } from '../../../../contract/types/anonymisation.js';
import { SUGGESTIONS } from '../suggestions.js';
import { fold, phrasePattern } from '../text.js';

export function findPrivateWords(text: string, privateWords: readonly string[]): Finding[] {
  const folded = fold(text);
  const findings: Finding[] = [];
  for (const word of privateWords) {
    const pattern = phrasePattern(word);
    if (!pattern) continue;
    for (const m of folded.matchAll(new RegExp(pattern, 'gu'))) {
      findings.push({ kind: 'privateWord', start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length), suggestion: SUGGESTIONS.privateWord });
    }
  }
  return findings;
}
