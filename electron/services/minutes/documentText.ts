// The words of the minutes document itself (generated headings, lines, the confidentiality
// notice), from the backend's documents namespace, and the dates written out.
import { DateTime } from 'luxon';
import type { Language } from '../../../contract/schemas/common.js';
import { DATE_LOCALE, documentStrings, fill } from '../documents.js';

export type DocumentKey = keyof ReturnType<typeof documentStrings>['minutesText'];

/** The text of a key with {{name}} placeholders filled. */
export const documentText = (language: Language, key: DocumentKey, values: Record<string, string> = {}): string =>
  fill(documentStrings(language).minutesText[key], values);

const day = (language: Language, iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Brussels' }).setLocale(DATE_LOCALE[language]);

/** "mardi 17 novembre 2026" from a YYYY-MM-DD day. */
export const longDate = (language: Language, iso: string): string => day(language, iso).toFormat('cccc d LLLL yyyy');

/**
 * "17 novembre": within the coming months of the session the year adds nothing, and a full date
 * would be flagged by the check as a possible birth date; a far date keeps its year.
 */
export function dueDate(language: Language, iso: string, reference: string): string {
  const days = day(language, iso).diff(day(language, reference), 'days').days;
  return day(language, iso).toFormat(days >= 0 && days < 300 ? 'd LLLL' : 'd LLLL yyyy');
}
