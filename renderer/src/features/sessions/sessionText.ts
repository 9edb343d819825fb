// How sessions read in the UI: local dates (already Europe/Brussels days) in fr-BE or en-GB.
import type { TFunction } from 'i18next';
import type { Member } from '../../../../contract/types/app';
import type { SessionSummary } from '../../../../contract/types/sessions';

const localeOf = (language: string) => (language.startsWith('en') ? 'en-GB' : 'fr-BE');
const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: string, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  const id = `${localeOf(language)}|${key}`;
  let f = formats.get(id);
  if (!f) formats.set(id, (f = new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone: 'UTC' })));
  return f;
}

/** A stored day (YYYY-MM-DD) at noon UTC: formatting in UTC can never shift it to another day. */
const noon = (day: string) => new Date(`${day}T12:00:00Z`);

/** A day that is not a real date is shown as it is, never thrown on ("Invalid time value" blanked a screen). */
const formatDay = (f: Intl.DateTimeFormat, day: string) => {
  const date = noon(day);
  return Number.isNaN(date.getTime()) ? day : f.format(date);
};

/** « mardi 17 novembre 2026 » */
export const longDay = (day: string, language: string) => formatDay(format(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, 'long'), day);
/** « mar. 17/11/2026 » */
export const shortDay = (day: string, language: string) => formatDay(format(language, { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' }, 'short'), day);
/** « novembre 2026 » */
export const monthTitle = (month: string, language: string) => format(language, { month: 'long', year: 'numeric' }, 'month').format(noon(`${month}-15`));

export const timeRange = (s: Pick<SessionSummary, 'startTime' | 'endTime'>) => `${s.startTime}–${s.endTime}`;

export const statusText = (t: TFunction, s: Pick<SessionSummary, 'status' | 'moved'>) =>
  s.status === 'planned' && s.moved ? t('status.moved') : t(`status.${s.status}`);

/** Today as a Brussels day (the machine's zone may differ). */
export { todayInBrussels as todayDay } from '../roster/rosterText';

export function addDays(day: string, days: number): string {
  const d = noon(day);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addMonths(month: string, months: number): string {
  const d = noon(`${month}-01`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 7);
}

export const duration = (t: TFunction, minutes: number) =>
  minutes >= 60 ? t('agenda.hoursMinutes', { h: Math.floor(minutes / 60), m: String(minutes % 60).padStart(2, '0') }) : t('agenda.minutes', { count: minutes });

/** On the roster on the session's day (the backend applies the same rule). */
export const activeOn = (m: Pick<Member, 'activeFrom' | 'activeUntil' | 'deactivatedAt'>, day: string) =>
  !m.deactivatedAt && m.activeFrom <= day && (m.activeUntil === null || m.activeUntil >= day);
