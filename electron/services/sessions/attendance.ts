// Attendance, recorded by the secretary once the session has started: present, excused or
// absent for each invitee, and present for a roster member who came uninvited. Recorded
// attendance makes the session "held". Once the minutes exist, a change needs a reason and is
// kept in attendance_changes (the minutes' recipients depend on it).
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { attendanceChanges, members, sessionParticipants, sessions } from '../../../db/schema.js';
import type { AttendanceStatus } from '../../../contract/schemas/sessions.js';
import { appendAudit } from '../audit.js';
import { nowIso, todayInBrussels } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { inTransaction, type OpenWorkspace } from '../store.js';
import { minutesExist } from './minutesHook.js';
import { activeOn } from './participants.js';
import { sessionRow } from './rows.js';

export interface AttendanceInput {
  sessionId: string;
  memberId: string;
  status: AttendanceStatus;
  reason: string;
}

export function setAttendance(ws: OpenWorkspace, accountId: string, input: AttendanceInput, now: Date = new Date()): void {
  inTransaction(ws, () => {
    const session = sessionRow(ws.db, input.sessionId);
    if (session.status === 'cancelled') throw new AppError('SESSION_CANCELLED');
    if (session.date > todayInBrussels(now)) throw new AppError('SESSION_NOT_STARTED');
    // Only roster members: a newcomer is added to the roster first.
    const member = ws.db.select().from(members).where(eq(members.id, input.memberId)).get();
    if (!member) throw new AppError('NOT_FOUND');
    const where = and(eq(sessionParticipants.sessionId, session.id), eq(sessionParticipants.memberId, member.id));
    const row = ws.db.select().from(sessionParticipants).where(where).get();
    if (!row?.invited && !activeOn(member, session.date)) throw new AppError('MEMBER_INACTIVE');
    // Someone who was not invited can only be recorded as having come.
    if (!row?.invited && input.status !== 'present') throw new AppError('NOT_INVITED');
    const previous = row?.attendance ?? null;
    if (previous === input.status) return;
    const at = nowIso(now);
    if (previous !== null && minutesExist(ws.db, session.id)) {
      if (!input.reason) throw new AppError('REASON_REQUIRED');
      ws.db
        .insert(attendanceChanges)
        .values({ id: randomUUID(), sessionId: session.id, memberId: member.id, fromStatus: previous, toStatus: input.status, reason: input.reason, accountId, at })
        .run();
      appendAudit(ws.db, { accountId, action: 'attendance.changeAfterMinutes', entity: 'session', entityId: `${session.id}:${member.id}` });
    }
    if (row) ws.db.update(sessionParticipants).set({ attendance: input.status, attendanceAt: at }).where(where).run();
    else ws.db.insert(sessionParticipants).values({ sessionId: session.id, memberId: member.id, invited: false, attendance: input.status, attendanceAt: at }).run();
    if (session.status !== 'held') ws.db.update(sessions).set({ status: 'held', updatedAt: at }).where(eq(sessions.id, session.id)).run();
    appendAudit(ws.db, { accountId, action: 'attendance.set', entity: 'session', entityId: `${session.id}:${member.id}` });
  });
}

