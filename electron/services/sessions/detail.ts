// Everything the session screen shows, in one answer.
import { and, asc, eq, gte, ne } from 'drizzle-orm';
import { sessionSeries, sessions } from '../../../db/schema.js';
import type { SessionDetail } from '../../../contract/types/sessions.js';
import { todayInBrussels } from '../clock.js';
import type { Db } from '../store.js';
import { agendaView } from './agenda.js';
import { coverageOf } from './coverage.js';
import { minutesExist } from './minutesHook.js';
import { participantsOf } from './participants.js';
import { sessionRow, summaries } from './rows.js';

export function sessionDetail(db: Db, id: string, now: Date = new Date()): SessionDetail {
  const row = sessionRow(db, id);
  const [summary] = summaries(db, [row]);
  const participants = participantsOf(db, id);
  const agenda = agendaView(db, row, now);
  const attendanceRecorded = participants.some((p) => p.attendance !== null);
  const series = row.seriesId ? db.select({ id: sessionSeries.id, title: sessionSeries.title }).from(sessionSeries).where(eq(sessionSeries.id, row.seriesId)).get() : undefined;
  return {
    ...summary!,
    notes: row.notes,
    originalDate: row.originalDate,
    moveReason: row.moveReason,
    cancelReason: row.cancelReason,
    sequence: row.sequence,
    uid: row.uid,
    series: series ?? null,
    participants,
    agenda,
    coverage: coverageOf(participants, agenda, attendanceRecorded),
    attendanceRecorded,
    canRecordAttendance: row.status !== 'cancelled' && row.date <= todayInBrussels(now),
    minutesExist: minutesExist(db, id),
    charterWarnings: participants.filter((p) => p.invited && p.charterWarning).length,
  };
}

/** The next session that is neither held nor cancelled, from today on (for the home screen). */
export function nextSession(db: Db, now: Date = new Date()): SessionDetail | null {
  const row = db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(gte(sessions.date, todayInBrussels(now)), ne(sessions.status, 'cancelled'), ne(sessions.status, 'held')))
    .orderBy(asc(sessions.date), asc(sessions.startTime))
    .get();
  return row ? sessionDetail(db, row.id, now) : null;
}
