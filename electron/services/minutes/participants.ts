// Who was at a session, from its recorded attendance: the minutes' header and recipients come from it.
import { and, eq, isNotNull } from 'drizzle-orm';
import { members, sessionParticipants } from '../../../db/schema.js';
import type { Db } from '../store.js';

export interface Participant {
  memberId: string;
  name: string;
  firstName: string;
  lastName: string;
  organisation: string;
  attendance: 'present' | 'excused' | 'absent';
}

export function participantsOf(db: Db, sessionId: string): Participant[] {
  return db
    .select({
      memberId: members.id,
      firstName: members.firstName,
      lastName: members.lastName,
      organisation: members.organisation,
      attendance: sessionParticipants.attendance,
    })
    .from(sessionParticipants)
    .innerJoin(members, eq(members.id, sessionParticipants.memberId))
    .where(and(eq(sessionParticipants.sessionId, sessionId), isNotNull(sessionParticipants.attendance)))
    .all()
    .map((p) => ({ ...p, name: `${p.firstName} ${p.lastName}`, attendance: p.attendance ?? 'absent' }))
    .sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr'));
}

export function wasPresent(db: Db, sessionId: string, memberId: string): boolean {
  const row = db
    .select({ attendance: sessionParticipants.attendance })
    .from(sessionParticipants)
    .where(and(eq(sessionParticipants.sessionId, sessionId), eq(sessionParticipants.memberId, memberId)))
    .get();
  return row?.attendance === 'present';
}
