// Participation figures over a period: attendance rate per member, per organisation and per
// sector, and how many sectors were present at each held session (cross-sector participation
// is what makes the group work). Only recorded statuses count: expected = present + excused + absent.
import { and, asc, eq, gte, isNotNull, lte } from 'drizzle-orm';
import { SECTORS, sectorOf, type Sector, type ServiceType } from '../../../contract/reference/taxonomy.js';
import { members, sessionParticipants, sessions } from '../../../db/schema.js';
import type { AttendanceStatus } from '../../../contract/schemas/sessions.js';
import type { AttendanceRate, ParticipationFigures, SessionSectors } from '../../../contract/types/sessions.js';
import type { Db } from '../store.js';

interface Tally {
  key: string;
  label: string;
  sector: Sector | null;
  counts: Record<AttendanceStatus, number>;
}

function tally(map: Map<string, Tally>, key: string, label: string, sector: Sector | null, status: AttendanceStatus): void {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = { key, label, sector, counts: { present: 0, excused: 0, absent: 0 } }));
  entry.counts[status] += 1;
}

function rates(map: Map<string, Tally>): AttendanceRate[] {
  return [...map.values()]
    .map(({ key, label, sector, counts }) => {
      const expected = counts.present + counts.excused + counts.absent;
      return { key, label, sector, expected, ...counts, rate: expected ? counts.present / expected : null };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

export function participationFigures(db: Db, from: string, to: string): ParticipationFigures {
  const rows = db
    .select({ session: sessions, p: sessionParticipants, m: members })
    .from(sessionParticipants)
    .innerJoin(sessions, eq(sessions.id, sessionParticipants.sessionId))
    .innerJoin(members, eq(members.id, sessionParticipants.memberId))
    .where(and(eq(sessions.status, 'held'), gte(sessions.date, from), lte(sessions.date, to), isNotNull(sessionParticipants.attendance)))
    .orderBy(asc(sessions.date), asc(sessions.startTime))
    .all();
  const byMember = new Map<string, Tally>();
  const byOrganisation = new Map<string, Tally>();
  const bySector = new Map<string, Tally>();
  const bySession = new Map<string, SessionSectors>();
  for (const { session, p, m } of rows) {
    const status = p.attendance!;
    const sector = sectorOf(m.serviceType as ServiceType);
    tally(byMember, m.id, `${m.lastName} ${m.firstName}`, sector, status);
    const organisation = m.organisation.trim();
    tally(byOrganisation, organisation.toLowerCase(), organisation || '—', null, status);
    tally(bySector, sector, sector, sector, status);
    let entry = bySession.get(session.id);
    if (!entry) bySession.set(session.id, (entry = { sessionId: session.id, date: session.date, present: 0, sectors: [] }));
    if (status === 'present') {
      entry.present += 1;
      if (!entry.sectors.includes(sector)) entry.sectors.push(sector);
    }
  }
  const sessionList = [...bySession.values()].map((s) => ({ ...s, sectors: SECTORS.filter((x) => s.sectors.includes(x)) }));
  return {
    from,
    to,
    sessionsHeld: sessionList.length,
    members: rates(byMember),
    organisations: rates(byOrganisation),
    sectors: rates(bySector).sort((a, b) => SECTORS.indexOf(a.key as Sector) - SECTORS.indexOf(b.key as Sector)),
    sessions: sessionList,
    meanSectorsPerSession: sessionList.length ? sessionList.reduce((sum, s) => sum + s.sectors.length, 0) / sessionList.length : null,
  };
}
