// The anonymisation check (condition 5): finds what could identify a young person or their
// family in a free text. Pure function, no I/O: the caller supplies the roster's names and
// the private words, which are used for this call only and never kept.
import type { Finding } from '../../api/types/anonymisation.js';

export interface CheckContext {
  /** Names of the roster's members (they must not appear in a situation either). */
  rosterNames: ReadonlyArray<{ firstName: string; lastName: string }>;
  /** Words typed by the presenter for this check only. */
  privateWords: readonly string[];
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

/** Findings in text order. (First increment: e-mail addresses and the private words; the full detector set replaces this.) */
export function findIdentifiers(text: string, context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(EMAIL)) findings.push({ kind: 'email', start: m.index, end: m.index + m[0].length, text: m[0], suggestion: '[adresse e-mail]' });
  for (const word of context.privateWords) {
    const lower = text.toLocaleLowerCase('fr');
    const needle = word.toLocaleLowerCase('fr');
    for (let i = lower.indexOf(needle); i >= 0 && needle; i = lower.indexOf(needle, i + needle.length)) {
      findings.push({ kind: 'privateWord', start: i, end: i + needle.length, text: text.slice(i, i + needle.length), suggestion: '[…]' });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
