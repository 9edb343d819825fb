// The needs grid of a situation: for each sector, the need, the competent service type and its
// state. Every state set is kept (situation_need_states) with the session after which it was set,
// so the group sees session by session which needs are still unmet.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { situationNeedStates, situationNeeds, situationPresentations, sessions } from '../../../db/schema.js';
import type { Sector, ServiceType } from '../../../contract/reference/taxonomy.js';
import type { NeedState } from '../../../contract/schemas/situationFollowUp.js';
import type { NeedHistoryEntry, NeedsGrid } from '../../../contract/types/situationFollowUp.js';
import { appendAudit } from '../audit.js';
import { nowIso } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { inTransaction, type Db, type OpenWorkspace } from '../store.js';
import { situationRow } from './access.js';
import { actorOf, assertMay, mayEditNeeds } from './followUpAccess.js';

type NeedRowDb = typeof situationNeeds.$inferSelect;

function needRow(db: Db, id: string): NeedRowDb {
  const row = db.select().from(situationNeeds).where(eq(situationNeeds.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Records a state (inside the caller's transaction); sessionId names the session after which it was set. */
export function setNeedStateIn(db: Db, accountId: string, need: NeedRowDb, state: NeedState, sessionId: string | null, now: Date): void {
  const at = nowIso(now);
  db.update(situationNeeds).set({ state, updatedAt: at }).where(eq(situationNeeds.id, need.id)).run();
  db.insert(situationNeedStates).values({ id: randomUUID(), needId: need.id, state, sessionId, accountId, at }).run();
  appendAudit(db, { accountId, action: 'situation.need.state', entity: 'situation', entityId: need.situationId }, now);
}

export function addNeed(
  ws: OpenWorkspace,
  accountId: string,
  input: { situationId: string; sector: Sector; need: string; serviceType: ServiceType; state: NeedState },
  now: Date = new Date(),
): string {
  return inTransaction(ws, () => {
    const situation = situationRow(ws.db, input.situationId);
    assertMay(ws.db, actorOf(ws.db, accountId), situation, mayEditNeeds);
    if (situation.status === 'closed') throw new AppError('SITUATION_CLOSED');
    const at = nowIso(now);
    const id = randomUUID();
    ws.db
      .insert(situationNeeds)
      .values({ id, situationId: situation.id, sector: input.sector, need: input.need, serviceType: input.serviceType, state: input.state, createdAt: at, updatedAt: at })
      .run();
    ws.db.insert(situationNeedStates).values({ id: randomUUID(), needId: id, state: input.state, sessionId: null, accountId, at }).run();
    appendAudit(ws.db, { accountId, action: 'situation.need.add', entity: 'situation', entityId: situation.id }, now);
    return situation.id;
  });
}

export function updateNeed(ws: OpenWorkspace, accountId: string, input: { id: string; sector: Sector; need: string; serviceType: ServiceType }, now: Date = new Date()): string {
  return inTransaction(ws, () => {
    const need = needRow(ws.db, input.id);
    const situation = situationRow(ws.db, need.situationId);
    assertMay(ws.db, actorOf(ws.db, accountId), situation, mayEditNeeds);
    if (situation.status === 'closed') throw new AppError('SITUATION_CLOSED');
    ws.db
      .update(situationNeeds)
      .set({ sector: input.sector, need: input.need, serviceType: input.serviceType, updatedAt: nowIso(now) })
      .where(eq(situationNeeds.id, need.id))
      .run();
    appendAudit(ws.db, { accountId, action: 'situation.need.update', entity: 'situation', entityId: situation.id }, now);
    return situation.id;
  });
}

/** A state set between sessions (not after a presentation): it belongs to no session. */
export function setNeedState(ws: OpenWorkspace, accountId: string, input: { id: string; state: NeedState }, now: Date = new Date()): string {
  return inTransaction(ws, () => {
    const need = needRow(ws.db, input.id);
    const situation = situationRow(ws.db, need.situationId);
    assertMay(ws.db, actorOf(ws.db, accountId), situation, mayEditNeeds);
    if (situation.status === 'closed') throw new AppError('SITUATION_CLOSED');
    if (need.state !== input.state) setNeedStateIn(ws.db, accountId, need, input.state, null, now);
    return situation.id;
  });
}

/** The grid: needs with their history, and their state after each session where the situation was presented. */
export function needsGrid(db: Db, situationId: string): NeedsGrid {
  const grid = db
    .select({ id: sessions.id, date: sessions.date, startTime: sessions.startTime })
    .from(situationPresentations)
    .innerJoin(sessions, eq(sessions.id, situationPresentations.sessionId))
    .where(and(eq(situationPresentations.situationId, situationId), isNotNull(situationPresentations.outcomeRecordedAt)))
    .orderBy(asc(sessions.date), asc(sessions.startTime))
    .all()
    .map((s) => ({ id: s.id, date: s.date }));
  const needs = db.select().from(situationNeeds).where(eq(situationNeeds.situationId, situationId)).orderBy(asc(situationNeeds.createdAt)).all();
  const states = needs.length
    ? db
        .select({ needId: situationNeedStates.needId, state: situationNeedStates.state, sessionId: situationNeedStates.sessionId, at: situationNeedStates.at, sessionDate: sessions.date })
        .from(situationNeedStates)
        .leftJoin(sessions, eq(sessions.id, situationNeedStates.sessionId))
        .where(inArray(situationNeedStates.needId, needs.map((n) => n.id)))
        .orderBy(asc(situationNeedStates.at))
        .all()
    : [];
  return {
    sessions: grid,
    rows: needs.map((need) => {
      const history: NeedHistoryEntry[] = states
        .filter((s) => s.needId === need.id)
        .map((s) => ({ state: s.state, sessionId: s.sessionId, sessionDate: s.sessionDate ?? null, at: s.at }));
      return {
        id: need.id,
        sector: need.sector as Sector,
        need: need.need,
        serviceType: need.serviceType as ServiceType,
        state: need.state,
        history,
        bySession: stateAfterEachSession(history, grid),
      };
    }),
  };
}

/**
 * The state after each session: the one set at that session's outcome, else the last one known
 * by then (states set in between count for the next session). Null before the need existed.
 */
function stateAfterEachSession(history: NeedHistoryEntry[], grid: Array<{ id: string; date: string }>): Array<NeedState | null> {
  return grid.map((session) => {
    const atSession = history.filter((h) => h.sessionId === session.id).at(-1);
    if (atSession) return atSession.state;
    const before = history.filter((h) => (h.sessionDate ?? h.at.slice(0, 10)) <= session.date).at(-1);
    return before?.state ?? null;
  });
}
