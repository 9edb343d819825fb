// Who may do what in the group, as every replica decides it from the state the changes before
// have built. One rule, one function: the fold (apply.ts) and the authoring side (readers.ts) ask here.
import type { GroupMember, GroupState } from './state.js';

export function memberOfKey(state: GroupState, keyId: string): GroupMember | null {
  const memberId = state.memberByKey.get(keyId);
  return memberId ? (state.members.get(memberId) ?? null) : null;
}

export const isCoordinator = (m: GroupMember): boolean => m.active && m.profile.roles.includes('coordinator');

/** Attendance and minutes: the secretary, or the coordinator standing in. */
export const keepsMinutes = (m: GroupMember): boolean => m.active && (m.profile.roles.includes('secretary') || m.profile.roles.includes('coordinator'));

/** Condition 1: only a member bound by professional secrecy presents a situation. */
export const isSecretBound = (m: GroupMember): boolean => m.profile.secrecyStatus === 'professional_secret';

/** Condition 2: a signature of the charter version in force. */
export function hasValidSignature(state: GroupState, memberId: string): boolean {
  if (!state.charterInForce) return false;
  return state.signatures.get(memberId)?.has(state.charterInForce) ?? false;
}

export const activeCoordinators = (state: GroupState): GroupMember[] => [...state.members.values()].filter(isCoordinator);

/**
 * Who may hold a situation's content key when it is submitted: its presenter, and the coordinators
 * holding a valid signature (they put it on an agenda and grant it to the invited readers).
 */
export function maySealSubmittedSituation(state: GroupState, presenterMemberId: string, memberId: string): boolean {
  const m = state.members.get(memberId);
  if (!m || !m.active) return false;
  if (memberId === presenterMemberId) return true;
  return isCoordinator(m) && hasValidSignature(state, memberId);
}

/** A situation on a session's agenda: readable by the active, invited members holding a valid signature. */
export function mayReadAgendaSituation(state: GroupState, sessionId: string, memberId: string): boolean {
  const m = state.members.get(memberId);
  const session = state.sessions.get(sessionId);
  if (!m || !m.active || !session || session.cancelled) return false;
  return session.invited.includes(memberId) && hasValidSignature(state, memberId);
}

/** Minutes go only to the people present (and their author keeps a copy). */
export function mayReadMinutes(state: GroupState, sessionId: string, memberId: string, authorMemberId: string): boolean {
  if (memberId === authorMemberId) return true;
  if (!state.members.get(memberId)?.active) return false;
  const present = state.sessions.get(sessionId)?.present ?? [];
  return present.includes(memberId);
}
