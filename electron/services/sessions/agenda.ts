// The agenda of a session: ordered items whose planned times follow one another from the
// session's start and must fit within it. It closes a set time before the session; a late
// addition needs the coordinator's explicit override with its reason.
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { agendaItems } from '../../../db/schema.js';
import type { NeedSector } from '../../../contract/schemas/sessions.js';
import type { AgendaView } from '../../../contract/types/sessions.js';
import { appendAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { unscheduleSituation } from '../situations/unschedule.js';
import { inTransaction, type Db, type OpenWorkspace } from '../store.js';
import { sessionRow, type SessionRow } from './rows.js';
import { getSessionSettings } from './settings.js';
import { fromMinutes, localDateTime, minutesBetween, toMinutes } from './time.js';

type ItemRow = typeof agendaItems.$inferSelect;

const itemsOf = (db: Db, sessionId: string): ItemRow[] =>
  db.select().from(agendaItems).where(eq(agendaItems.sessionId, sessionId)).orderBy(asc(agendaItems.position)).all();

export function closesAt(db: Db, session: SessionRow): DateTime {
  const { agendaClosingHours } = getSessionSettings(db);
  return localDateTime(session.date, session.startTime, session.timeZone).minus({ hours: agendaClosingHours });
}

export function agendaView(db: Db, session: SessionRow, now: Date = new Date()): AgendaView {
  const items = itemsOf(db, session.id);
  const closing = closesAt(db, session);
  let cursor = toMinutes(session.startTime);
  const sessionMinutes = minutesBetween(session.startTime, session.endTime);
  const totalMinutes = items.reduce((sum, item) => sum + item.durationMinutes, 0);
  return {
    items: items.map((item) => {
      const plannedStart = fromMinutes(cursor);
      cursor += item.durationMinutes;
      return {
        id: item.id,
        position: item.position,
        title: item.title,
        durationMinutes: item.durationMinutes,
        sectors: item.sectors as NeedSector[],
        plannedStart,
        plannedEnd: fromMinutes(cursor),
        lateAddition: item.lateAddition,
        lateReason: item.lateReason,
        situationId: item.situationId,
      };
    }),
    totalMinutes,
    sessionMinutes,
    remainingMinutes: sessionMinutes - totalMinutes,
    closingHours: getSessionSettings(db).agendaClosingHours,
    closesAt: closing.toUTC().toISO()!,
    closed: now.getTime() >= closing.toMillis(),
  };
}

function assertFits(session: SessionRow, items: ItemRow[], extraMinutes: number): void {
  const total = items.reduce((sum, item) => sum + item.durationMinutes, 0) + extraMinutes;
  if (total > minutesBetween(session.startTime, session.endTime)) throw new AppError('AGENDA_OVERFLOW');
}

function assertOpenSession(session: SessionRow): void {
  if (session.status === 'cancelled') throw new AppError('SESSION_CANCELLED');
  if (session.status === 'held') throw new AppError('SESSION_HELD');
}

export interface NewAgendaItem {
  sessionId: string;
  title: string;
  durationMinutes: number;
  sectors: NeedSector[];
  overrideReason: string;
  /** Set by the situations' agenda service only (the title is then the situation's code). */
  situationId?: string;
}

export function addAgendaItem(ws: OpenWorkspace, accountId: string, input: NewAgendaItem, now: Date = new Date()): string {
  return inTransaction(ws, () => {
    const session = sessionRow(ws.db, input.sessionId);
    assertOpenSession(session);
    const late = now.getTime() >= closesAt(ws.db, session).toMillis();
    if (late && !input.overrideReason) throw new AppError('AGENDA_CLOSED');
    const items = itemsOf(ws.db, session.id);
    assertFits(session, items, input.durationMinutes);
    const id = randomUUID();
    ws.db
      .insert(agendaItems)
      .values({
        id,
        sessionId: session.id,
        position: (items.at(-1)?.position ?? 0) + 1,
        title: input.title,
        durationMinutes: input.durationMinutes,
        sectors: [...new Set(input.sectors)],
        lateAddition: late,
        lateReason: late ? input.overrideReason : null,
        situationId: input.situationId ?? null,
        createdAt: nowIso(now),
      })
      .run();
    appendAudit(ws.db, { accountId, action: late ? 'agenda.addLate' : 'agenda.add', entity: 'session', entityId: session.id });
    return id;
  });
}

function itemWithSession(db: Db, id: string): { item: ItemRow; session: SessionRow } {
  const item = db.select().from(agendaItems).where(eq(agendaItems.id, id)).get();
  if (!item) throw new AppError('NOT_FOUND');
  return { item, session: sessionRow(db, item.sessionId) };
}

export function updateAgendaItem(ws: OpenWorkspace, accountId: string, input: { id: string; title: string; durationMinutes: number; sectors: NeedSector[] }): string {
  return inTransaction(ws, () => {
    const { item, session } = itemWithSession(ws.db, input.id);
    assertOpenSession(session);
    const others = itemsOf(ws.db, session.id).filter((i) => i.id !== item.id);
    assertFits(session, others, input.durationMinutes);
    // A situation's item keeps the situation's code as its title.
    const title = item.situationId ? item.title : input.title;
    ws.db.update(agendaItems).set({ title, durationMinutes: input.durationMinutes, sectors: [...new Set(input.sectors)] }).where(eq(agendaItems.id, item.id)).run();
    appendAudit(ws.db, { accountId, action: 'agenda.update', entity: 'session', entityId: session.id });
    return session.id;
  });
}

export function removeAgendaItem(ws: OpenWorkspace, accountId: string, id: string): string {
  return inTransaction(ws, () => {
    const { item, session } = itemWithSession(ws.db, id);
    assertOpenSession(session);
    ws.db.delete(agendaItems).where(eq(agendaItems.id, item.id)).run();
    if (item.situationId) unscheduleSituation(ws.db, accountId, item.situationId, session.id);
    appendAudit(ws.db, { accountId, action: 'agenda.remove', entity: 'session', entityId: session.id });
    return session.id;
  });
}

/** Swaps an item with its neighbour; the planned times follow from the new order. */
export function moveAgendaItem(ws: OpenWorkspace, accountId: string, id: string, direction: 'up' | 'down'): string {
  return inTransaction(ws, () => {
    const { item, session } = itemWithSession(ws.db, id);
    assertOpenSession(session);
    const items = itemsOf(ws.db, session.id);
    const index = items.findIndex((i) => i.id === item.id);
    const other = items[direction === 'up' ? index - 1 : index + 1];
    if (!other) return session.id;
    ws.db.update(agendaItems).set({ position: other.position }).where(eq(agendaItems.id, item.id)).run();
    ws.db.update(agendaItems).set({ position: item.position }).where(eq(agendaItems.id, other.id)).run();
    appendAudit(ws.db, { accountId, action: 'agenda.reorder', entity: 'session', entityId: session.id });
    return session.id;
  });
}
