// Dates as the group reads them: fr-BE (or en-GB), always in Europe/Brussels whatever the machine's zone.
const TIME_ZONE = 'Europe/Brussels';
const formats = new Map<string, Intl.DateTimeFormat>();

const localeOf = (language: string) => (language.startsWith('en') ? 'en-GB' : 'fr-BE');

function formatter(language: string, kind: 'date' | 'dateTime' | 'time'): Intl.DateTimeFormat {
  const key = `${localeOf(language)}|${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), {
      timeZone: TIME_ZONE,
      ...(kind === 'time' ? {} : { dateStyle: 'long' }),
      ...(kind === 'date' ? {} : { timeStyle: 'short' }),
    });
    formats.set(key, format);
  }
  return format;
}

/** An instant (ISO string or Date) as a day, e.g. « 23 novembre 2026 ». */
export const formatDate = (instant: string | Date, language: string): string => formatter(language, 'date').format(new Date(instant));

/** An instant as a day and a time, e.g. « 23 novembre 2026 à 14:05 ». */
export const formatDateTime = (instant: string | Date, language: string): string => formatter(language, 'dateTime').format(new Date(instant));

/** An instant as a time of day, e.g. « 14:05 ». */
export const formatTime = (instant: string | Date, language: string): string => formatter(language, 'time').format(new Date(instant));

/** A hex key id shown in groups of four, easy to compare aloud: « 3f9a 1c02 … ». */
export const groupFingerprint = (hex: string): string => (hex.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');

/** A login suggested from a first name: lower case, no accents, only the characters an identifier allows. */
export function suggestUsername(firstName: string, lastName = ''): string {
  const slug = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '')
      .replace(/^[._-]+/, '');
  const first = slug(firstName);
  // Too short to be a valid identifier alone ("Lu", "Al"): add the last name.
  const candidate = first.length >= 3 || !lastName ? first : `${first}.${slug(lastName)}`;
  return candidate.slice(0, 32);
}
