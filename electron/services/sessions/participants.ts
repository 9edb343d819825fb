// Invitations and who took part: one row per member and session.
import { and, eq, inArray } from 'drizzle-orm';
import { sectorOf, type ServiceType } from '../../../contract/reference/taxonomy.js';
import { members, sessionParticipants } from '../../../db/schema.js';
import type { Participant } from '../../../contract/types/sessions.js';
import { appendAudit } from '../audit.js';
import { nowIso, todayInBrussels } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { inTransaction, type Db, type OpenWorkspace } from '../store.js';
import { charterStatuses } from './charterLink.js';
import { sessionRow } from './rows.js';

type MemberRow = typeof members.$inferSelect;

/** On the roster on that day (deactivation sets activeUntil). */
export const activeOn = (m: Pick<MemberRow, 'activeFrom' | 'activeUntil'>, date: string): boolean =>
  m.activeFrom <= date && (m.activeUntil === null || m.activeUntil >= date);

export function participantsOf(db: Db, sessionId: string): Participant[] {
  const rows = db
    .select({ p: sessionParticipants, m: members })
    .from(sessionParticipants)
    .innerJoin(members, eq(members.id, sessionParticipants.memberId))
    .where(eq(sessionParticipants.sessionId, sessionId))
    .all();
  const charter = charterStatuses(db);
  const today = todayInBrussels();
  return rows
    .map(({ p, m }) => {
      const charterStatus = charter.get(m.id) ?? 'missing';
      return {
        memberId: m.id,
        firstName: m.firstName,
        lastName: m.lastName,
        organisation: m.organisation,
        serviceType: m.serviceType as ServiceType,
        sector: sectorOf(m.serviceType as ServiceType),
        active: !m.deactivatedAt && activeOn(m, today),
        invited: p.invited,
        attendance: p.attendance,
        charterStatus,
        charterWarning: charterStatus !== 'valid',
      };
    })
    .sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr'));
}

/** Invites every member active on the session's date, or the chosen ones (who must be active then). */
export function invite(ws: OpenWorkspace, accountId: string, input: { sessionId: string; mode: 'all' | 'chosen'; memberIds: string[] }): number {
  return inTransaction(ws, () => {
    const session = sessionRow(ws.db, input.sessionId);
    if (session.status === 'cancelled') throw new AppError('SESSION_CANCELLED');
    const candidates =
      input.mode === 'all'
        ? ws.db.select().from(members).all().filter((m) => !m.deactivatedAt && activeOn(m, session.date))
        : chosenMembers(ws.db, [...new Set(input.memberIds)], session.date);
    const existing = new Map(
      ws.db.select().from(sessionParticipants).where(eq(sessionParticipants.sessionId, session.id)).all().map((p) => [p.memberId, p]),
    );
    const at = nowIso();
    let added = 0;
    for (const m of candidates) {
      const row = existing.get(m.id);
      if (row?.invited) continue;
      if (row) ws.db.update(sessionParticipants).set({ invited: true, invitedAt: at }).where(and(eq(sessionParticipants.sessionId, session.id), eq(sessionParticipants.memberId, m.id))).run();
      else ws.db.insert(sessionParticipants).values({ sessionId: session.id, memberId: m.id, invited: true, invitedAt: at }).run();
      appendAudit(ws.db, { accountId, action: 'session.invite', entity: 'session', entityId: `${session.id}:${m.id}` });
      added += 1;
    }
    return added;
  });
}

function chosenMembers(db: Db, ids: string[], date: string): MemberRow[] {
  if (ids.length === 0) return [];
  const found = db.select().from(members).where(inArray(members.id, ids)).all();
  if (found.length !== ids.length) throw new AppError('NOT_FOUND');
  if (found.some((m) => m.deactivatedAt || !activeOn(m, date))) throw new AppError('MEMBER_INACTIVE');
  return found;
}

/** Withdraws an invitation; not once the member's attendance is recorded. */
export function uninvite(ws: OpenWorkspace, accountId: string, input: { sessionId: string; memberId: string }): void {
  inTransaction(ws, () => {
    sessionRow(ws.db, input.sessionId);
    const where = and(eq(sessionParticipants.sessionId, input.sessionId), eq(sessionParticipants.memberId, input.memberId));
    const row = ws.db.select().from(sessionParticipants).where(where).get();
    if (!row?.invited) throw new AppError('NOT_FOUND');
    if (row.attendance !== null) throw new AppError('ATTENDANCE_RECORDED');
    ws.db.delete(sessionParticipants).where(where).run();
    appendAudit(ws.db, { accountId, action: 'session.uninvite', entity: 'session', entityId: `${input.sessionId}:${input.memberId}` });
  });
}
