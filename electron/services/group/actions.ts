// The group's operations as a member's Concerto writes and reads them: each builds the operation
// (sealing to exactly the audience the rules in authority.ts allow) or opens what this replica's
// identity may open. The router's handlers call these; the replica writes and applies.
import { AppError } from '../../../contract/errors.js';
import type { GroupMemberProfile, GroupOperation } from '../../../contract/schemas/group.js';
import { grantContentKey, openAudienceContent, openContentKey, sealForAudience, audienceCiphertextHash } from '../../crypto/audienceSeal.js';
import type { PublicIdentity } from '../../crypto/identity.js';
import type { Sodium } from '../../crypto/sodium.js';
import { signaturePayload } from '../charter/payload.js';
import { signCanonical } from '../charter/signedJson.js';
import { contentHash } from '../charter/text.js';
import { mayReadAgendaSituation, mayReadMinutes, maySealSubmittedSituation } from './authority.js';
import type { GroupReplica } from './replica.js';
import { minutesKey, type GroupState } from './state.js';

export const situationAd = (groupId: string, situationId: string) => `concerto.group-situation.v1|${JSON.stringify([groupId, situationId])}`;
export const minutesAd = (groupId: string, sessionId: string, version: number) => `concerto.group-minutes.v1|${JSON.stringify([groupId, sessionId, version])}`;

const readersWhere = (state: GroupState, allowed: (memberId: string) => boolean) =>
  [...state.members.values()].filter((m) => m.active && allowed(m.memberId)).map((m) => ({ keyId: m.identity.keyId, boxPublicKey: m.identity.boxPublicKey }));

function myMemberId(replica: GroupReplica): string {
  const memberId = replica.memberId;
  if (!memberId) throw new AppError('GROUP_NO_KEY');
  return memberId;
}

export function foundingOps(groupName: string, memberId: string, profile: GroupMemberProfile): GroupOperation[] {
  return [{ type: 'group.found', groupName, memberId, profile }];
}

export function admitOp(memberId: string, profile: GroupMemberProfile, identity: PublicIdentity): GroupOperation {
  return { type: 'member.admit', memberId, profile, identity: { keyId: identity.keyId, signPublicKey: identity.signPublicKey, boxPublicKey: identity.boxPublicKey } };
}

export function publishCharterOp(versionId: string, title: string, text: string, validFrom: string): GroupOperation {
  return { type: 'charter.publish', versionId, title, text, textHash: contentHash(text), validFrom };
}

/** The member's own signature of the charter in force, with the commitments they ticked. */
export function signCharterOp(s: Sodium, replica: GroupReplica, commitments: string[], signedAt: string): GroupOperation {
  const state = replica.state;
  const memberId = myMemberId(replica);
  const member = state.members.get(memberId)!;
  const version = state.charterInForce ? state.charters.get(state.charterInForce) : undefined;
  if (!version) throw new AppError('GROUP_CHANGE_REFUSED', { cause: 'unknown_charter' });
  const name = `${member.profile.firstName} ${member.profile.lastName}`.trim();
  const payload = signaturePayload({
    charterHash: version.textHash,
    workspaceId: state.groupId,
    memberId,
    name,
    declaredStatus: member.profile.secrecyStatus,
    signedAt,
    method: 'own_key',
    keyId: replica.identity.keyId,
  });
  return {
    type: 'charter.sign',
    versionId: version.versionId,
    textHash: version.textHash,
    memberId,
    name,
    declaredStatus: member.profile.secrecyStatus,
    commitments,
    signedAt,
    signature: signCanonical(s, replica.identity.signSecretKey, payload),
  };
}

/** A situation's content, sealed to its presenter and the coordinators holding a valid signature. */
export function submitSituationOp(s: Sodium, replica: GroupReplica, situationId: string, sessionId: string, content: string): GroupOperation {
  const state = replica.state;
  const presenter = myMemberId(replica);
  const readers = readersWhere(state, (memberId) => maySealSubmittedSituation(state, presenter, memberId));
  const { sealed, key } = sealForAudience(s, content, situationAd(state.groupId, situationId), readers);
  s.memzero(key);
  return { type: 'situation.submit', situationId, sessionId, sealed };
}

/** Puts a submitted situation on its session's agenda, granting its content key to the invited members who may read it. */
export function addToAgendaOp(s: Sodium, replica: GroupReplica, situationId: string): GroupOperation {
  const state = replica.state;
  const situation = state.situations.get(situationId);
  if (!situation) throw new AppError('GROUP_CHANGE_REFUSED', { cause: 'unknown_situation' });
  const key = openContentKey(s, situation.sealed.seals, replica.identity);
  if (!key) throw new AppError('GROUP_NO_KEY');
  try {
    const grants = grantContentKey(s, key, readersWhere(state, (memberId) => mayReadAgendaSituation(state, situation.sessionId, memberId)));
    return { type: 'agenda.add', sessionId: situation.sessionId, situationId, grants };
  } finally {
    s.memzero(key);
  }
}

/** The minutes' text sealed to the people present and the author: nobody else's key can open it. */
export function finaliseMinutesOp(s: Sodium, replica: GroupReplica, sessionId: string, minutesVersion: number, text: string): GroupOperation {
  const state = replica.state;
  const author = myMemberId(replica);
  const readers = readersWhere(state, (memberId) => mayReadMinutes(state, sessionId, memberId, author));
  const { sealed, key } = sealForAudience(s, text, minutesAd(state.groupId, sessionId, minutesVersion), readers);
  s.memzero(key);
  return { type: 'minutes.finalise', sessionId, minutesVersion, sealed };
}

export function acknowledgeMinutesOp(s: Sodium, replica: GroupReplica, sessionId: string, minutesVersion: number): GroupOperation {
  const minutes = replica.state.minutes.get(minutesKey(sessionId, minutesVersion));
  if (!minutes) throw new AppError('MINUTES_VERSION_NOT_FOUND');
  return { type: 'minutes.ack', sessionId, minutesVersion, ciphertextHash: audienceCiphertextHash(s, minutes.sealed) };
}

/** A situation's content, for its presenter, the coordination that received it, or a reader granted it on an agenda. */
export function readSituation(s: Sodium, replica: GroupReplica, situationId: string): string {
  const situation = replica.state.situations.get(situationId);
  if (!situation) throw new AppError('SITUATION_RESTRICTED');
  const key = openContentKey(s, [...situation.sealed.seals, ...situation.grants], replica.identity);
  if (!key) throw new AppError('SITUATION_RESTRICTED');
  try {
    const text = openAudienceContent(s, situation.sealed, key, situationAd(replica.state.groupId, situationId));
    if (text === null) throw new AppError('FILE_TAMPERED');
    return text;
  } finally {
    s.memzero(key);
  }
}

export function readMinutes(s: Sodium, replica: GroupReplica, sessionId: string, minutesVersion: number): string {
  const minutes = replica.state.minutes.get(minutesKey(sessionId, minutesVersion));
  if (!minutes) throw new AppError('MINUTES_VERSION_NOT_FOUND');
  const key = openContentKey(s, minutes.sealed.seals, replica.identity);
  if (!key) throw new AppError('MINUTES_NOT_RECIPIENT');
  try {
    const text = openAudienceContent(s, minutes.sealed, key, minutesAd(replica.state.groupId, sessionId, minutesVersion));
    if (text === null) throw new AppError('FILE_TAMPERED');
    return text;
  } finally {
    s.memzero(key);
  }
}
