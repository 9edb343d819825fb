// The words of the minutes document itself (generated headings, lines, the confidentiality
// notice), from the locale files like every user-facing text, and the dates written out.
import { DateTime } from 'luxon';
import en from '../../../resources/locales/en/minutesDocument.json' with { type: 'json' };
import fr from '../../../resources/locales/fr/minutesDocument.json' with { type: 'json' };
import type { Language } from '../../api/schemas/common.js';

export type DocumentKey = keyof typeof fr;

const catalogues: Record<Language, Record<DocumentKey, string>> = { fr, en };

/** The text of a key with {{name}} placeholders filled. */
export function documentText(language: Language, key: DocumentKey, values: Record<string, string> = {}): string {
  return catalogues[language][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

/** "mardi 17 novembre 2026" from a YYYY-MM-DD day. */
export const longDate = (language: Language, day: string): string => DateTime.fromISO(day, { zone: 'Europe/Brussels' }).setLocale(language === 'fr' ? 'fr-BE' : 'en-GB').toFormat('cccc d LLLL yyyy');

/**
 * "17 novembre": within the coming months of the session the year adds nothing, and a full date
 * would be flagged by the check as a possible birth date; a far date keeps its year.
 */
export function dueDate(language: Language, day: string, reference: string): string {
  const date = DateTime.fromISO(day, { zone: 'Europe/Brussels' }).setLocale(language === 'fr' ? 'fr-BE' : 'en-GB');
  const days = date.diff(DateTime.fromISO(reference, { zone: 'Europe/Brussels' }), 'days').days;
  return date.toFormat(days >= 0 && days < 300 ? 'd LLLL' : 'd LLLL yyyy');
}
