// Planning sessions: one at a time or as a series; editing, moving and cancelling one session.
// Every change a calendar would show raises the session's iCalendar SEQUENCE.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { sessionSeries, sessions } from '../../../db/schema.js';
import { SESSION_TIME_ZONE, type CreateSessionInput, type SeriesData } from '../../../contract/schemas/sessions.js';
import type { CreatedSeries, SeriesPreview, SessionSummary } from '../../../contract/types/sessions.js';
import { appendAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { unscheduleSessionSituations } from '../situations/unschedule.js';
import { inTransaction, type Db, type OpenWorkspace } from '../store.js';
import { sessionRow, summaries, type SessionRow } from './rows.js';
import { seriesDates } from './series.js';

type NewSession = Omit<CreateSessionInput, 'place' | 'notes'> & { place: string; notes: string; seriesId: string | null };

function insertSession(db: Db, accountId: string, data: NewSession): SessionRow {
  const id = randomUUID();
  const at = nowIso();
  const row: SessionRow = {
    id,
    seriesId: data.seriesId,
    uid: `${id}@concerto`,
    sequence: 0,
    title: data.title,
    date: data.date,
    startTime: data.startTime,
    endTime: data.endTime,
    timeZone: SESSION_TIME_ZONE,
    place: data.place,
    status: 'planned',
    notes: data.notes,
    originalDate: data.date,
    moveReason: null,
    cancelReason: null,
    createdAt: at,
    updatedAt: at,
  };
  db.insert(sessions).values(row).run();
  appendAudit(db, { accountId, action: 'session.create', entity: 'session', entityId: id });
  return row;
}

export function createSession(ws: OpenWorkspace, accountId: string, input: CreateSessionInput & { place: string; notes: string }): SessionSummary {
  const row = inTransaction(ws, () => insertSession(ws.db, accountId, { ...input, seriesId: null }));
  return summaries(ws.db, [row])[0]!;
}

export function previewSeries(input: SeriesData): SeriesPreview {
  return seriesDates(input.pattern, input.from, input.until, input.skipDates);
}

export function createSeries(ws: OpenWorkspace, accountId: string, input: SeriesData): CreatedSeries {
  const { rrule, dates } = previewSeries(input);
  if (dates.length === 0) throw new AppError('SERIES_EMPTY');
  const seriesId = randomUUID();
  const rows = inTransaction(ws, () => {
    ws.db
      .insert(sessionSeries)
      .values({
        id: seriesId,
        title: input.title,
        rrule,
        fromDate: input.from,
        untilDate: input.until,
        startTime: input.startTime,
        endTime: input.endTime,
        timeZone: SESSION_TIME_ZONE,
        place: input.place,
        skipDates: [...input.skipDates].sort(),
        createdAt: nowIso(),
      })
      .run();
    appendAudit(ws.db, { accountId, action: 'series.create', entity: 'series', entityId: seriesId });
    return dates.map((date) =>
      insertSession(ws.db, accountId, { title: input.title, date, startTime: input.startTime, endTime: input.endTime, place: input.place, notes: '', seriesId }),
    );
  });
  return { seriesId, sessions: summaries(ws.db, rows) };
}

/** A change of what calendars show: saved with SEQUENCE + 1. */
function applyChange(db: Db, id: string, set: Partial<SessionRow>, raiseSequence: boolean): void {
  db.update(sessions)
    .set({ ...set, updatedAt: nowIso(), ...(raiseSequence ? { sequence: sql`${sessions.sequence} + 1` } : {}) })
    .where(eq(sessions.id, id))
    .run();
}

function assertChangeable(row: SessionRow): void {
  if (row.status === 'cancelled') throw new AppError('SESSION_CANCELLED');
  if (row.status === 'held') throw new AppError('SESSION_HELD');
}

export function updateSession(ws: OpenWorkspace, accountId: string, input: { id: string; title: string; place: string; notes: string }): void {
  inTransaction(ws, () => {
    const row = sessionRow(ws.db, input.id);
    const calendarChange = row.title !== input.title || row.place !== input.place;
    if (calendarChange && row.status === 'cancelled') throw new AppError('SESSION_CANCELLED');
    applyChange(ws.db, row.id, { title: input.title, place: input.place, notes: input.notes }, calendarChange);
    appendAudit(ws.db, { accountId, action: 'session.update', entity: 'session', entityId: row.id });
  });
}

export function moveSession(ws: OpenWorkspace, accountId: string, input: { id: string; date: string; startTime: string; endTime: string; reason: string }): void {
  inTransaction(ws, () => {
    const row = sessionRow(ws.db, input.id);
    assertChangeable(row);
    if (row.date === input.date && row.startTime === input.startTime && row.endTime === input.endTime) throw new AppError('NOTHING_CHANGED');
    applyChange(ws.db, row.id, { date: input.date, startTime: input.startTime, endTime: input.endTime, moveReason: input.reason }, true);
    appendAudit(ws.db, { accountId, action: 'session.move', entity: 'session', entityId: row.id });
  });
}

export function cancelSession(ws: OpenWorkspace, accountId: string, input: { id: string; reason: string }): void {
  inTransaction(ws, () => {
    const row = sessionRow(ws.db, input.id);
    assertChangeable(row);
    applyChange(ws.db, row.id, { status: 'cancelled', cancelReason: input.reason }, true);
    // The situations it was to present go back to the coordinator's list.
    unscheduleSessionSituations(ws.db, accountId, row.id);
    appendAudit(ws.db, { accountId, action: 'session.cancel', entity: 'session', entityId: row.id });
  });
}
