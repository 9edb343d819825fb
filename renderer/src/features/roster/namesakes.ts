// What tells two namesakes apart in a pick list (account creation, invitations, attendance):
// two "Luc Martin" show their organisation, service type, e-mail and namesake note.
import type { Member } from '../../../../contract/types/app';
import { fold } from './rosterText';

const nameKey = (m: Pick<Member, 'firstName' | 'lastName'>) => `${fold(m.firstName)}|${fold(m.lastName)}`;

/** The ids of members who share their first and last name with another member of the list. */
export function namesakeIds(members: readonly Member[]): Set<string> {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(nameKey(m), (counts.get(nameKey(m)) ?? 0) + 1);
  return new Set(members.filter((m) => counts.get(nameKey(m))! > 1).map((m) => m.id));
}

/**
 * The words after a member's name in a pick list: for a namesake, everything that can tell them
 * apart; for anyone else, the organisation (or the fallback, e.g. the sector).
 */
export function pickerDetail(member: Member, namesakes: ReadonlySet<string>, serviceLabel: (code: Member['serviceType']) => string, fallback = ''): string {
  if (!namesakes.has(member.id)) return member.organisation || fallback;
  // The note first: it is what the coordinator wrote to tell them apart (a closed select may cut the end).
  return [member.namesakeNote ? `« ${member.namesakeNote} »` : '', member.organisation, serviceLabel(member.serviceType), member.email]
    .filter((part) => part && part.trim() !== '')
    .join(' · ');
}
