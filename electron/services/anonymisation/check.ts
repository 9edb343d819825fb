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
  const isSpared = (f: Finding): boolean => NAME_KINDS.has(f.kind) && spared.some((s) => f.start < s.end && s.start < f.end);
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
