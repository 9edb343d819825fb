// The notice for the family (condition 3): what will be shared about their child (age band,
// sectors of need, the question in general terms: never the summary), with which group (its
// name and the organisations of its active members: no person's name), when, and whom to
// contact (the presenter's organisation). The renderer lays it out for printing.
import { and, asc, eq, gte, inArray, isNull } from 'drizzle-orm';
import { members, situationPresentations, sessions } from '../../../db/schema.js';
import type { Sector } from '../../../contract/reference/taxonomy.js';
import type { FamilyNotice } from '../../../contract/types/situationFollowUp.js';
import { todayInBrussels } from '../clock.js';
import { AppError } from '../../../contract/errors.js';
import { activeOn } from '../sessions/participants.js';
import type { Db } from '../store.js';
import { assertMaySeeDetails, memberIdOfAccount, situationRow } from './access.js';

export function familyNotice(db: Db, accountId: string, situationId: string, group: { groupName: string; territory: string }, now: Date = new Date()): FamilyNotice {
  const situation = situationRow(db, situationId);
  assertMaySeeDetails(db, memberIdOfAccount(db, accountId), situation);
  const today = todayInBrussels(now);
  const organisations = [
    ...new Set(
      db
        .select()
        .from(members)
        .where(isNull(members.deactivatedAt))
        .all()
        .filter((m) => activeOn(m, today) && m.organisation.trim())
        .map((m) => m.organisation.trim()),
    ),
  ].sort((a, b) => a.localeCompare(b, 'fr'));
  const presenter = db.select({ organisation: members.organisation }).from(members).where(eq(members.id, situation.presenterMemberId)).get();
  if (!presenter) throw new AppError('NOT_FOUND');
  // The next planned session where it is (or was chosen to be) presented.
  const presentedAt = db
    .select({ sessionId: situationPresentations.sessionId, followUpSessionId: situationPresentations.followUpSessionId })
    .from(situationPresentations)
    .where(eq(situationPresentations.situationId, situation.id))
    .all()
    .flatMap((p) => (p.followUpSessionId ? [p.sessionId, p.followUpSessionId] : [p.sessionId]));
  const upcoming =
    presentedAt.length === 0
      ? undefined
      : db
          .select({ date: sessions.date })
          .from(sessions)
          .where(and(inArray(sessions.id, presentedAt), eq(sessions.status, 'planned'), gte(sessions.date, today)))
          .orderBy(asc(sessions.date))
          .get();
  return {
    groupName: group.groupName,
    territory: group.territory,
    code: situation.code,
    ageBand: situation.ageBand,
    needSectors: situation.needSectors as Sector[],
    question: situation.question,
    organisations,
    sessionDate: upcoming?.date ?? null,
    presenterOrganisation: presenter.organisation,
    generatedOn: today,
  };
}
