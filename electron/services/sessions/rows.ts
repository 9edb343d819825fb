// Reading session rows and turning them into summaries (shared by the session services).
import { and, asc, count, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { agendaItems, sessionParticipants, sessions } from '../../../db/schema.js';
import type { SessionSummary } from '../../../contract/types/sessions.js';
import { AppError } from '../../../contract/errors.js';
import type { Db } from '../store.js';
import { instantOf } from './time.js';

export type SessionRow = typeof sessions.$inferSelect;

export function sessionRow(db: Db, id: string): SessionRow {
  const row = db.select().from(sessions).where(eq(sessions.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export const startsAtOf = (row: Pick<SessionRow, 'date' | 'startTime' | 'timeZone'>): string => instantOf(row.date, row.startTime, row.timeZone);

interface Counts {
  invited: number;
  present: number;
  agenda: number;
}

function countsFor(db: Db, ids: string[]): Map<string, Counts> {
  const out = new Map<string, Counts>(ids.map((id) => [id, { invited: 0, present: 0, agenda: 0 }]));
  if (ids.length === 0) return out;
  const people = db
    .select({
      sessionId: sessionParticipants.sessionId,
      invited: sql<number>`sum(case when ${sessionParticipants.invited} then 1 else 0 end)`,
      present: sql<number>`sum(case when ${sessionParticipants.attendance} = 'present' then 1 else 0 end)`,
    })
    .from(sessionParticipants)
    .where(inArray(sessionParticipants.sessionId, ids))
    .groupBy(sessionParticipants.sessionId)
    .all();
  for (const p of people) Object.assign(out.get(p.sessionId)!, { invited: p.invited ?? 0, present: p.present ?? 0 });
  const items = db
    .select({ sessionId: agendaItems.sessionId, n: count() })
    .from(agendaItems)
    .where(inArray(agendaItems.sessionId, ids))
    .groupBy(agendaItems.sessionId)
    .all();
  for (const i of items) out.get(i.sessionId)!.agenda = i.n;
  return out;
}

export function toSummary(row: SessionRow, counts: Counts = { invited: 0, present: 0, agenda: 0 }): SessionSummary {
  return {
    id: row.id,
    seriesId: row.seriesId,
    title: row.title,
    date: row.date,
    startTime: row.startTime,
    endTime: row.endTime,
    timeZone: row.timeZone,
    startsAt: startsAtOf(row),
    endsAt: instantOf(row.date, row.endTime, row.timeZone),
    place: row.place,
    status: row.status,
    moved: row.moveReason !== null,
    invitedCount: counts.invited,
    presentCount: counts.present,
    agendaItemCount: counts.agenda,
  };
}

export function summaries(db: Db, rows: SessionRow[]): SessionSummary[] {
  const counts = countsFor(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toSummary(r, counts.get(r.id)));
}

export function listSessions(db: Db, range: { from?: string | undefined; to?: string | undefined } = {}): SessionSummary[] {
  const conditions = [range.from ? gte(sessions.date, range.from) : undefined, range.to ? lte(sessions.date, range.to) : undefined].filter((c) => c !== undefined);
  const rows = db
    .select()
    .from(sessions)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(sessions.date), asc(sessions.startTime))
    .all();
  return summaries(db, rows);
}

/** Places used before, most used first: suggestions for the place field. */
export function knownPlaces(db: Db): string[] {
  return db
    .select({ place: sessions.place, n: count() })
    .from(sessions)
    .where(and(isNotNull(sessions.place), sql`${sessions.place} <> ''`))
    .groupBy(sessions.place)
    .orderBy(sql`count(*) desc`, asc(sessions.place))
    .limit(50)
    .all()
    .map((r) => r.place);
}
