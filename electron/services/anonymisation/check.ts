// The anonymisation check (condition 5): finds what could identify a young person or their
// family in a free text. Pure function, no I/O besides loading the word lists once: the caller
// supplies the roster's names and the private words, which are used for this call only and never kept.
import type { Finding } from '../../../contract/types/anonymisation.js';
import { findDates } from './detectors/dates.js';
import { findEmails, findIbans, findNationalNumbers, findOldAccounts, findPhones } from './detectors/numbers.js';
import { findPersonNames, findRosterNames, type RosterName } from './detectors/people.js';
import { findAddresses, findPostalLocalities } from './detectors/places.js';
import { findPrivateWords } from './detectors/privateWords.js';
import { findInstitutions } from './detectors/institutions.js';
import { findLicencePlates } from './detectors/plates.js';
import { findSurnamesInContext } from './detectors/surnameContexts.js';
import { findKnownNames, type KnownName } from './detectors/knownNames.js';
import { lexicons } from './lexicon.js';
import { neverIdentifying } from './eponyms.js';
import { resolveOverlaps } from './resolve.js';

const NAME_KINDS: ReadonlySet<Finding['kind']> = new Set(['firstName', 'lastName']);

export type { KnownName } from './detectors/knownNames.js';
export { replaceFinding, unresolvedFindings, type FindingOverride } from './resolve.js';

export interface CheckContext {
  /** Names of the roster's members (they must not appear in a situation either). */
  rosterNames: ReadonlyArray<RosterName>;
  /** Words typed by the presenter for this check only. */
  privateWords: readonly string[];
  /** "Today", to turn a birth date into an age; the current date when omitted. */
  today?: Date;
  /** Names found by earlier checks of the same text's situation, looked for again (issue 18). */
  knownNames?: ReadonlyArray<KnownName>;
}

/** Findings in text order, non-overlapping (the longest wins), each with a suggested replacement. */
export function findIdentifiers(text: string, context: CheckContext): Finding[] {
  const today = context.today ?? new Date();
  const lists = lexicons();
  const spared = neverIdentifying(text);
  // A name inside a feast, an eponym or a place named after a person is not a finding (private words still are).
  const overlapsSpared = overlapTest(spared);
  const isSpared = (f: Finding): boolean => NAME_KINDS.has(f.kind) && overlapsSpared(f);
  return resolveOverlaps([
    ...findEmails(text),
    ...findNationalNumbers(text),
    ...findIbans(text),
    ...findOldAccounts(text),
    ...findPhones(text),
    ...findDates(text, today),
    ...findAddresses(text),
    ...findLicencePlates(text),
    ...findInstitutions(text),
    ...findPostalLocalities(text, lists),
    ...findRosterNames(text, context.rosterNames, lists),
    ...findPersonNames(text, lists),
    ...findSurnamesInContext(text, lists),
    ...findPrivateWords(text, context.privateWords),
    ...findKnownNames(text, context.knownNames ?? [], lists),
  ].filter((f) => !isSpared(f)));
}

/**
 * Whether a finding overlaps one of the spans (asked of every name found): the spans merged into disjoint stretches
 * in text order, then a binary search for the last stretch starting before the finding ends. Empty spans or findings
 * (never made by the detectors) are compared one by one.
 */
function overlapTest(spans: ReadonlyArray<{ start: number; end: number }>): (f: { start: number; end: number }) => boolean {
  const byScan = (f: { start: number; end: number }): boolean => spans.some((s) => f.start < s.end && s.start < f.end);
  if (spans.some((s) => s.end <= s.start)) return byScan;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = ends.length - 1;
    if (last >= 0 && s.start < (ends[last] as number)) ends[last] = Math.max(ends[last] as number, s.end);
    else {
      starts.push(s.start);
      ends.push(s.end);
    }
  }
  return (f) => {
    if (f.end <= f.start) return byScan(f);
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) < f.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (ends[lo - 1] as number) > f.start;
  };
}
