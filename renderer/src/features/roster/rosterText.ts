// Small text helpers of the roster: accent-insensitive search, fr-BE dates, translated field issues.
import type { TFunction } from 'i18next';
import type { Member } from '../../../../contract/types/app';

/** Lower case without diacritics, so that "Hélène" is found by "helene". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

// Computed once per member object; a refetch brings new objects and the old entries are collected.
const haystacks = new WeakMap<Member, string>();

/** The text a roster search looks into: name, organisation, function, town, e-mail. */
export function searchText(member: Member): string {
  let text = haystacks.get(member);
  if (text === undefined) {
    text = fold([member.lastName, member.firstName, member.organisation, member.function, member.town, member.email].join(' \u0000 '));
    haystacks.set(member, text);
  }
  return text;
}

/** Every word of the query must appear somewhere ("dupont wavre" finds Dupont in Wavre). */
export function matchesSearch(member: Member, foldedQuery: string): boolean {
  const haystack = searchText(member);
  return foldedQuery.split(/\s+/).every((word) => word === '' || haystack.includes(word));
}

const brusselsDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today as YYYY-MM-DD in Europe/Brussels (the calendar the group works in). */
export const todayInBrussels = (now: Date = new Date()): string => brusselsDay.format(now);

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day (YYYY-MM-DD) shown as the language expects (fr-BE: 05/03/2026). */
export function formatDay(isoDay: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  const locale = language.startsWith('en') ? 'en-GB' : 'fr-BE';
  let format = dayFormats.get(locale);
  if (!format) {
    // The day is a calendar date, not an instant: format it in UTC so no time zone shifts it.
    format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/**
 * Issue messages are keys like "validation.email" (namespace "validation"). Unknown keys fall back
 * to a generic message rather than showing the raw key to the user.
 */
export function issueText(t: TFunction, message: string): string {
  const key = message.startsWith('validation.') ? message.slice('validation.'.length) : message;
  return t(`validation:${key}`, { defaultValue: t('validation:invalid') });
}

/**
 * Dates are typed as text, JJ/MM/AAAA, whatever the browser's own locale (a native date input
 * follows the system's language and showed mm/dd/yyyy on an English system). The conversions are
 * the contract's, shared with the roster CSV.
 */
export { toFrenchDay as dayToInput, toIsoDay as inputToDay } from '../../../../contract/days';

/** The schema's date message speaks of AAAA-MM-JJ; the form's date fields are typed JJ/MM/AAAA. */
export const DATE_INPUT_ERROR = 'roster:form.dateInvalid';
export const forDateField = (message: string): string => (message === 'validation.date' ? DATE_INPUT_ERROR : message);

export const fullName = (member: Pick<Member, 'firstName' | 'lastName'>): string => `${member.firstName} ${member.lastName}`;
