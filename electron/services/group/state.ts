// What a replica knows of the group once its changes are applied in order. Plain data, so two
// replicas can be compared (stateDigest) and the state rebuilt from the changes at any time.
import canonicalize from 'canonicalize';
import type { AudienceSealed, GroupIdentity, GroupMemberProfile } from '../../../contract/schemas/group.js';

export interface GroupMember {
  memberId: string;
  profile: GroupMemberProfile;
  identity: GroupIdentity;
  active: boolean;
  admittedBy: string; // change id
  deactivatedBy: string | null;
}

export interface GroupCharterVersion {
  versionId: string;
  title: string;
  text: string;
  textHash: string;
  validFrom: string;
  publishedBy: string;
}

export interface GroupSignature {
  memberId: string;
  versionId: string;
  signedAt: string;
  commitments: string[];
  signature: string;
  changeId: string;
}

export interface GroupSession {
  sessionId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  invited: string[];
  cancelled: boolean;
  agenda: string[]; // situation ids, in the order put on the agenda
  present: string[] | null;
}

export interface GroupSituation {
  situationId: string;
  presenterMemberId: string;
  sessionId: string;
  sealed: AudienceSealed;
  submittedBy: string; // change id
  /** Key ids to which the coordination granted the content key when it put the situation on the agenda. */
  grantedKeyIds: string[];
  grants: AudienceSealed['seals'];
}

export interface GroupMinutes {
  sessionId: string;
  minutesVersion: number;
  authorMemberId: string;
  sealed: AudienceSealed;
  ciphertextHash: string;
  recipients: string[]; // member ids
  changeId: string;
  /** Member ids whose Concerto acknowledged opening this version. */
  received: string[];
}

export type RefusalReason =
  | 'not_founder'
  | 'already_founded'
  | 'not_a_member'
  | 'member_inactive'
  | 'not_coordinator'
  | 'not_secretary'
  | 'not_self'
  | 'not_secret_bound'
  | 'no_valid_signature'
  | 'unknown_member'
  | 'member_exists'
  | 'key_in_use'
  | 'last_coordinator'
  | 'charter_exists'
  | 'unknown_charter'
  | 'charter_hash_mismatch'
  | 'bad_signature'
  | 'status_mismatch'
  | 'unknown_session'
  | 'session_cancelled'
  | 'unknown_situation'
  | 'situation_exists'
  | 'not_on_agenda'
  | 'grant_not_allowed'
  | 'no_attendance'
  | 'seal_not_allowed'
  | 'minutes_exist'
  | 'unknown_minutes'
  | 'minutes_hash_mismatch'
  | 'not_recipient'
  | 'bad_time_range'
  | 'key_not_rotated';

export interface Refusal {
  changeId: string;
  authorKeyId: string;
  seq: number;
  op: string;
  reason: RefusalReason;
}

/** Two changes that edited the same thing without either having seen the other; the later in order won. */
export interface ConcurrentEdit {
  entity: string;
  winner: string;
  overridden: string;
}

export interface GroupState {
  groupId: string;
  groupName: string | null;
  founderKeyId: string;
  members: Map<string, GroupMember>;
  memberByKey: Map<string, string>;
  /** The group key in force: the id of the change that introduced it (null before the founding). */
  currentKeyRef: string | null;
  charters: Map<string, GroupCharterVersion>;
  charterInForce: string | null;
  /** Per member, their latest signature of each version. */
  signatures: Map<string, Map<string, GroupSignature>>;
  sessions: Map<string, GroupSession>;
  situations: Map<string, GroupSituation>;
  /** Key: `${sessionId}#${version}`. */
  minutes: Map<string, GroupMinutes>;
  refused: Refusal[];
  concurrentEdits: ConcurrentEdit[];
  /** Entity → id of the change that last edited it (for concurrent-edit detection). */
  lastEdit: Map<string, string>;
  applied: number;
}

export function emptyState(groupId: string, founderKeyId: string): GroupState {
  return {
    groupId,
    groupName: null,
    founderKeyId,
    members: new Map(),
    memberByKey: new Map(),
    currentKeyRef: null,
    charters: new Map(),
    charterInForce: null,
    signatures: new Map(),
    sessions: new Map(),
    situations: new Map(),
    minutes: new Map(),
    refused: [],
    concurrentEdits: [],
    lastEdit: new Map(),
    applied: 0,
  };
}

export const minutesKey = (sessionId: string, version: number) => `${sessionId}#${version}`;

const sortedEntries = <V>(m: Map<string, V>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** A canonical rendering of the whole state: equal digests ⇔ equal states. */
export function stateDigest(state: GroupState): string {
  const value = {
    groupId: state.groupId,
    groupName: state.groupName,
    members: sortedEntries(state.members),
    currentKeyRef: state.currentKeyRef,
    charters: sortedEntries(state.charters),
    charterInForce: state.charterInForce,
    signatures: sortedEntries(state.signatures).map(([k, v]) => [k, sortedEntries(v)]),
    sessions: sortedEntries(state.sessions),
    situations: sortedEntries(state.situations),
    minutes: sortedEntries(state.minutes),
    refused: state.refused,
    concurrentEdits: state.concurrentEdits,
    applied: state.applied,
  };
  return canonicalize(value)!;
}
