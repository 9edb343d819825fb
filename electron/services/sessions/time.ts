// Local date + local time in a named zone → instants, with luxon (which knows the zone's
// daylight-saving rules). A session at 13:30 stays at 13:30 local time on both sides of a change.
import { DateTime } from 'luxon';

export function localDateTime(date: string, time: string, zone: string): DateTime {
  const value = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!value.isValid) throw new Error(`invalid local time ${date} ${time} ${zone}`);
  return value;
}

/** The UTC instant (ISO) of a local date and time. */
export const instantOf = (date: string, time: string, zone: string): string => localDateTime(date, time, zone).toUTC().toISO()!;

/** Minutes between two local times of the same day (HH:mm). */
export function minutesBetween(start: string, end: string): number {
  return toMinutes(end) - toMinutes(start);
}

export function toMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function fromMinutes(total: number): string {
  const h = Math.floor(total / 60) % 24;
  const m = total % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
