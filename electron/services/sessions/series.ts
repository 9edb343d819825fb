// Dates of a series from a recurrence rule. rrule works on "floating" dates here: dtstart at
// midnight UTC stands for the local calendar day, so the zone's daylight-saving changes cannot
// shift a date; the local time is applied afterwards, per date, with luxon.
import rrulePkg from 'rrule';
import type { SeriesPattern, Weekday } from '../../../contract/schemas/sessions.js';

const { RRule } = rrulePkg;

const WEEKDAY = { MO: RRule.MO, TU: RRule.TU, WE: RRule.WE, TH: RRule.TH, FR: RRule.FR, SA: RRule.SA, SU: RRule.SU } satisfies Record<Weekday, unknown>;

const floating = (date: string): Date => new Date(`${date}T00:00:00Z`);
const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

export function seriesRule(pattern: SeriesPattern, from: string, until: string): InstanceType<typeof RRule> {
  const weekday = WEEKDAY[pattern.weekday];
  const common = { dtstart: floating(from), until: floating(until) };
  return pattern.kind === 'monthly'
    ? new RRule({ ...common, freq: RRule.MONTHLY, byweekday: [weekday.nth(pattern.nth)] })
    : new RRule({ ...common, freq: RRule.WEEKLY, interval: pattern.interval, byweekday: [weekday], wkst: RRule.MO });
}

export interface SeriesDates {
  rrule: string;
  dates: string[];
  /** Listed skip dates that the rule would otherwise have produced. */
  skipped: string[];
}

export function seriesDates(pattern: SeriesPattern, from: string, until: string, skipDates: readonly string[]): SeriesDates {
  const rule = seriesRule(pattern, from, until);
  const skip = new Set(skipDates);
  const all = rule.all().map(dayOf);
  return {
    // The rule without DTSTART: the dates alone, the time and zone are the series' own.
    rrule: rule.toString().split('\n').find((line) => line.startsWith('RRULE:')) ?? '',
    dates: all.filter((d) => !skip.has(d)),
    skipped: all.filter((d) => skip.has(d)),
  };
}
