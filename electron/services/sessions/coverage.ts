// Sector coverage of a session: which of the sectors of need (youth aid, disability, mental
// health, others) are represented among the invitees and among those present, against the
// sectors the agenda's items need.
import type { Sector } from '../../../contract/reference/taxonomy.js';
import { NEED_SECTORS, type NeedSector } from '../../../contract/schemas/sessions.js';
import type { AgendaView, Coverage, Participant, SectorPresence } from '../../../contract/types/sessions.js';

/** The roster's finer sectors (education, health, CPAS…) count as "others" for needs. */
export const needSectorOf = (sector: Sector): NeedSector =>
  sector === 'youth_aid' || sector === 'disability' || sector === 'mental_health' ? sector : 'other';

function presence(people: Participant[]): SectorPresence[] {
  return NEED_SECTORS.map((sector) => ({ sector, count: people.filter((p) => needSectorOf(p.sector) === sector).length }));
}

const missing = (needed: NeedSector[], presence: SectorPresence[]) => needed.filter((s) => presence.find((p) => p.sector === s)!.count === 0);

export function coverageOf(participants: Participant[], agenda: AgendaView, attendanceRecorded: boolean): Coverage {
  const needed = NEED_SECTORS.filter((s) => agenda.items.some((item) => item.sectors.includes(s)));
  const invited = presence(participants.filter((p) => p.invited));
  const present = attendanceRecorded ? presence(participants.filter((p) => p.attendance === 'present')) : null;
  return {
    needed,
    invited,
    missingAmongInvited: missing(needed, invited),
    present,
    missingAmongPresent: present ? missing(needed, present) : null,
  };
}
