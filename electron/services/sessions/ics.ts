// iCalendar (RFC 5545) export of one session or a series: Europe/Brussels with its VTIMEZONE,
// the session's stable UID and its SEQUENCE, STATUS:CANCELLED when cancelled. Only the
// session's own title, place and time: never an agenda item, never any situation's content.
import { asc, eq } from 'drizzle-orm';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { sessions } from '../../../db/schema.js';
import type { CalendarFile } from '../../../contract/types/sessions.js';
import { AppError } from '../../../contract/errors.js';
import type { Db } from '../store.js';
import { sessionRow, type SessionRow } from './rows.js';
import { localDateTime } from './time.js';

/** Who sends an invitation by e-mail (iTIP wants an ORGANIZER; only set when the sender has an address). */
export interface CalendarOrganizer {
  name: string;
  email: string;
}

/**
 * The one VEVENT of a session, whatever carries it (the downloaded .ics, the e-mail's attachment):
 * the same UID and SEQUENCE everywhere, so an update or a cancellation replaces the earlier copy.
 */
function addSessionEvent(calendar: ICalCalendar, row: SessionRow, organizer: CalendarOrganizer | null): void {
  calendar.createEvent({
    id: row.uid,
    sequence: row.sequence,
    start: localDateTime(row.date, row.startTime, row.timeZone),
    end: localDateTime(row.date, row.endTime, row.timeZone),
    timezone: row.timeZone,
    summary: row.title,
    location: row.place || null,
    status: row.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: organizer?.email ? { name: organizer.name, email: organizer.email } : null,
  });
}

function calendarOf(rows: SessionRow[], calendarName: string, method: ICalCalendarMethod = ICalCalendarMethod.PUBLISH, organizer: CalendarOrganizer | null = null): string {
  const calendar = ical({ name: calendarName, prodId: { company: 'Concerto', product: 'Concerto', language: 'FR' }, method });
  calendar.timezone({ name: rows[0]?.timeZone ?? 'Europe/Brussels', generator: (tz) => tzlib_get_ical_block(tz)[0] ?? null });
  for (const row of rows) addSessionEvent(calendar, row, organizer);
  return stampsInUtc(calendar.toString(), rows);
}

const utcStamp = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;

/**
 * ical-generator writes DTSTAMP in the calendar's zone, from the machine's local clock and without
 * a zone: RFC 5545 wants UTC. The events come out in order, so each DTSTAMP line gets its own
 * event's last change in UTC.
 */
function stampsInUtc(text: string, rows: SessionRow[]): string {
  let index = 0;
  return text.replace(/^DTSTAMP:[^\r\n]*/gm, () => `DTSTAMP:${utcStamp(new Date(rows[index++]!.updatedAt).toISOString())}`);
}

export function sessionCalendar(db: Db, id: string, calendarName: string): CalendarFile {
  const row = sessionRow(db, id);
  return { fileName: `seance-${row.date}.ics`, content: calendarOf([row], calendarName) };
}

export function seriesCalendar(db: Db, seriesId: string, calendarName: string): CalendarFile {
  const rows = db.select().from(sessions).where(eq(sessions.seriesId, seriesId)).orderBy(asc(sessions.date)).all();
  if (rows.length === 0) throw new AppError('NOT_FOUND');
  return { fileName: `seances-${rows[0]!.date}-${rows.at(-1)!.date}.ics`, content: calendarOf(rows, calendarName) };
}

/**
 * The calendar attached to the invitation e-mail (iTIP, RFC 5546): METHOD:REQUEST for a planned
 * session, METHOD:CANCEL once cancelled, so the recipients' calendars add, update or remove it.
 */
export function invitationCalendar(db: Db, id: string, calendarName: string, organizer: CalendarOrganizer | null): { method: 'REQUEST' | 'CANCEL'; content: string } {
  const row = sessionRow(db, id);
  const method = row.status === 'cancelled' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST;
  return { method: row.status === 'cancelled' ? 'CANCEL' : 'REQUEST', content: calendarOf([row], calendarName, method, organizer) };
}
