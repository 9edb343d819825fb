// Applying one change set to the state, as every replica does, in the order of order.ts. Authority
// is checked here from the author's key, never from where a file came from. A change set applies
// whole or not at all; a refused one is listed with its reason and changes nothing.
import { createHash } from 'node:crypto';
import type { GroupChangeBody, GroupEnvelopeHeader, GroupOperation } from '../../../contract/schemas/group.js';
import { audienceCiphertextHash } from '../../crypto/audienceSeal.js';
import type { Sodium } from '../../crypto/sodium.js';
import { canonicalText } from '../charter/text.js';
import { signaturePayload } from '../charter/payload.js';
import { verifyCanonical } from '../charter/signedJson.js';
import {
  activeCoordinators,
  hasValidSignature,
  isCoordinator,
  isSecretBound,
  keepsMinutes,
  mayReadAgendaSituation,
  mayReadMinutes,
  maySealSubmittedSituation,
  memberOfKey,
} from './authority.js';
import { minutesKey, type GroupMember, type GroupState, type RefusalReason } from './state.js';

export interface ReadyChange {
  id: string;
  header: GroupEnvelopeHeader;
  body: GroupChangeBody;
}

/** Whether change `later` had seen change `earlier` when it was written (causal order). */
export type SawFn = (later: string, earlier: string) => boolean;

class Refused extends Error {
  constructor(readonly reason: RefusalReason) {
    super(reason);
  }
}

const refuse = (reason: RefusalReason): never => {
  throw new Refused(reason);
};

const sha256 = (text: string) => createHash('sha256').update(canonicalText(text), 'utf8').digest('hex');

/** A shallow copy of every map: effects replace entries, never mutate them, so this is a full undo point. */
function snapshot(state: GroupState): GroupState {
  return {
    ...state,
    members: new Map(state.members),
    memberByKey: new Map(state.memberByKey),
    charters: new Map(state.charters),
    signatures: new Map(state.signatures),
    sessions: new Map(state.sessions),
    situations: new Map(state.situations),
    minutes: new Map(state.minutes),
    refused: state.refused,
    concurrentEdits: [...state.concurrentEdits],
    lastEdit: new Map(state.lastEdit),
  };
}

function restore(state: GroupState, from: GroupState): void {
  Object.assign(state, from);
}

interface Ctx {
  state: GroupState;
  change: ReadyChange;
  saw: SawFn;
  signatures?: SignatureMemo;
}

/** Results of signature checks already made, by change id and key: a re-applied change is not verified again. */
export type SignatureMemo = Map<string, boolean>;

/** The author as the state stands at this operation (the founding creates its author's member record). */
function requireAuthor(ctx: Ctx): GroupMember {
  const author = memberOfKey(ctx.state, ctx.change.header.author.keyId);
  if (!author) return refuse('not_a_member');
  if (!author.active) return refuse('member_inactive');
  return author;
}

function requireCoordinator(ctx: Ctx): GroupMember {
  const author = requireAuthor(ctx);
  if (!isCoordinator(author)) refuse('not_coordinator');
  return author;
}

/** Notes an edit of `entity`; when the previous edit was not seen by this one, both are recorded as concurrent. */
function noteEdit(state: GroupState, ctx: Ctx, entity: string): void {
  const previous = state.lastEdit.get(entity);
  if (previous && !ctx.saw(ctx.change.id, previous)) state.concurrentEdits.push({ entity, winner: ctx.change.id, overridden: previous });
  state.lastEdit.set(entity, ctx.change.id);
}

/** Every key a content key is sealed or granted to must be a member's whom the rule allows; otherwise the whole change is refused. */
function requireReaders(state: GroupState, seals: ReadonlyArray<{ keyId: string }>, allowed: (memberId: string) => boolean, reason: RefusalReason): void {
  for (const seal of seals) {
    const memberId = state.memberByKey.get(seal.keyId);
    if (!memberId || !allowed(memberId)) refuse(reason);
  }
}

function sessionOf(state: GroupState, sessionId: string) {
  const session = state.sessions.get(sessionId);
  if (!session) return refuse('unknown_session');
  return session;
}

function applyOp(s: Sodium, state: GroupState, op: GroupOperation, ctx: Ctx): void {
  const { change } = ctx;
  switch (op.type) {
    case 'group.found': {
      if (state.groupName !== null) refuse('already_founded');
      if (change.header.author.keyId !== state.founderKeyId || change.header.seq !== 1) refuse('not_founder');
      const roles = op.profile.roles.includes('coordinator') ? op.profile.roles : [...op.profile.roles, 'coordinator' as const];
      state.groupName = op.groupName;
      const { keyId, signPublicKey, boxPublicKey } = change.header.author;
      state.members.set(op.memberId, {
        memberId: op.memberId,
        profile: { ...op.profile, roles },
        identity: { keyId, signPublicKey, boxPublicKey },
        active: true,
        admittedBy: change.id,
        deactivatedBy: null,
      });
      state.memberByKey.set(keyId, op.memberId);
      return;
    }
    case 'keys.rotate': {
      requireCoordinator(ctx);
      if (change.header.keyRef !== 'self') refuse('key_not_rotated');
      state.currentKeyRef = change.id;
      return;
    }
    case 'member.admit': {
      requireCoordinator(ctx);
      if (state.members.has(op.memberId)) refuse('member_exists');
      if (state.memberByKey.has(op.identity.keyId)) refuse('key_in_use');
      state.members.set(op.memberId, { memberId: op.memberId, profile: op.profile, identity: op.identity, active: true, admittedBy: change.id, deactivatedBy: null });
      state.memberByKey.set(op.identity.keyId, op.memberId);
      noteEdit(state, ctx, `member:${op.memberId}`);
      return;
    }
    case 'member.update': {
      requireCoordinator(ctx);
      const member = state.members.get(op.memberId) ?? refuse('unknown_member');
      const next = { ...member, profile: op.profile };
      if (isCoordinator(member) && !isCoordinator(next) && activeCoordinators(state).length === 1) refuse('last_coordinator');
      state.members.set(op.memberId, next);
      noteEdit(state, ctx, `member:${op.memberId}`);
      return;
    }
    case 'member.deactivate': {
      requireCoordinator(ctx);
      const member = state.members.get(op.memberId) ?? refuse('unknown_member');
      if (!member.active) refuse('member_inactive');
      if (isCoordinator(member) && activeCoordinators(state).length === 1) refuse('last_coordinator');
      // Later content must not be readable with the keys this member holds.
      if (!change.body.ops.some((o) => o.type === 'keys.rotate')) refuse('key_not_rotated');
      state.members.set(op.memberId, { ...member, active: false, deactivatedBy: change.id });
      noteEdit(state, ctx, `member:${op.memberId}`);
      return;
    }
    case 'charter.publish': {
      requireCoordinator(ctx);
      if (state.charters.has(op.versionId)) refuse('charter_exists');
      if (sha256(op.text) !== op.textHash) refuse('charter_hash_mismatch');
      state.charters.set(op.versionId, { versionId: op.versionId, title: op.title, text: op.text, textHash: op.textHash, validFrom: op.validFrom, publishedBy: change.id });
      state.charterInForce = op.versionId;
      noteEdit(state, ctx, 'charter');
      return;
    }
    case 'charter.sign': {
      const author = requireAuthor(ctx);
      if (author.memberId !== op.memberId) refuse('not_self');
      const version = state.charters.get(op.versionId) ?? refuse('unknown_charter');
      if (version.textHash !== op.textHash) refuse('charter_hash_mismatch');
      if (op.declaredStatus !== author.profile.secrecyStatus) refuse('status_mismatch');
      const payload = signaturePayload({
        charterHash: op.textHash,
        workspaceId: state.groupId,
        memberId: op.memberId,
        name: op.name,
        declaredStatus: op.declaredStatus,
        signedAt: op.signedAt,
        method: 'own_key',
        keyId: author.identity.keyId,
      });
      const memoKey = `${change.id}|${author.identity.signPublicKey}`;
      let valid = ctx.signatures?.get(memoKey);
      if (valid === undefined) {
        valid = verifyCanonical(payload, op.signature, author.identity.signPublicKey);
        ctx.signatures?.set(memoKey, valid);
      }
      if (!valid) refuse('bad_signature');
      const mine = new Map(state.signatures.get(op.memberId) ?? []);
      mine.set(op.versionId, { memberId: op.memberId, versionId: op.versionId, signedAt: op.signedAt, commitments: op.commitments, signature: op.signature, changeId: change.id });
      state.signatures.set(op.memberId, mine);
      return;
    }
    case 'session.schedule': {
      requireCoordinator(ctx);
      if (!(Date.parse(op.endsAt) > Date.parse(op.startsAt))) refuse('bad_time_range');
      for (const memberId of op.invited) if (!state.members.has(memberId)) refuse('unknown_member');
      const before = state.sessions.get(op.sessionId);
      if (before?.cancelled) refuse('session_cancelled');
      state.sessions.set(op.sessionId, {
        sessionId: op.sessionId,
        title: op.title,
        startsAt: op.startsAt,
        endsAt: op.endsAt,
        place: op.place,
        invited: [...new Set(op.invited)],
        cancelled: false,
        agenda: before?.agenda ?? [],
        present: before?.present ?? null,
      });
      noteEdit(state, ctx, `session:${op.sessionId}`);
      return;
    }
    case 'session.cancel': {
      requireCoordinator(ctx);
      const session = sessionOf(state, op.sessionId);
      state.sessions.set(op.sessionId, { ...session, cancelled: true });
      noteEdit(state, ctx, `session:${op.sessionId}`);
      return;
    }
    case 'situation.submit': {
      const author = requireAuthor(ctx);
      if (!isSecretBound(author)) refuse('not_secret_bound');
      if (!hasValidSignature(state, author.memberId)) refuse('no_valid_signature');
      const session = sessionOf(state, op.sessionId);
      if (session.cancelled) refuse('session_cancelled');
      const before = state.situations.get(op.situationId);
      if (before && before.presenterMemberId !== author.memberId) refuse('situation_exists');
      requireReaders(state, op.sealed.seals, (memberId) => maySealSubmittedSituation(state, author.memberId, memberId), 'seal_not_allowed');
      state.situations.set(op.situationId, {
        situationId: op.situationId,
        presenterMemberId: author.memberId,
        sessionId: op.sessionId,
        sealed: op.sealed,
        submittedBy: change.id,
        grantedKeyIds: [],
        grants: [],
      });
      noteEdit(state, ctx, `situation:${op.situationId}`);
      return;
    }
    case 'agenda.add': {
      requireCoordinator(ctx);
      const session = sessionOf(state, op.sessionId);
      if (session.cancelled) refuse('session_cancelled');
      const situation = state.situations.get(op.situationId) ?? refuse('unknown_situation');
      if (situation.sessionId !== op.sessionId) refuse('unknown_situation');
      // Condition 2 and the invitation, checked for every key the content key is granted to.
      requireReaders(state, op.grants, (memberId) => mayReadAgendaSituation(state, op.sessionId, memberId), 'grant_not_allowed');
      state.situations.set(op.situationId, { ...situation, grantedKeyIds: op.grants.map((g) => g.keyId), grants: op.grants });
      if (!session.agenda.includes(op.situationId)) state.sessions.set(op.sessionId, { ...session, agenda: [...session.agenda, op.situationId] });
      noteEdit(state, ctx, `agenda:${op.sessionId}`);
      return;
    }
    case 'agenda.remove': {
      requireCoordinator(ctx);
      const session = sessionOf(state, op.sessionId);
      if (!session.agenda.includes(op.situationId)) refuse('not_on_agenda');
      state.sessions.set(op.sessionId, { ...session, agenda: session.agenda.filter((id) => id !== op.situationId) });
      noteEdit(state, ctx, `agenda:${op.sessionId}`);
      return;
    }
    case 'attendance.record': {
      const author = requireAuthor(ctx);
      if (!keepsMinutes(author)) refuse('not_secretary');
      const session = sessionOf(state, op.sessionId);
      for (const memberId of op.present) if (!state.members.has(memberId)) refuse('unknown_member');
      state.sessions.set(op.sessionId, { ...session, present: [...new Set(op.present)].sort() });
      noteEdit(state, ctx, `attendance:${op.sessionId}`);
      return;
    }
    case 'minutes.finalise': {
      const author = requireAuthor(ctx);
      if (!keepsMinutes(author)) refuse('not_secretary');
      const session = sessionOf(state, op.sessionId);
      if (session.present === null) refuse('no_attendance');
      const key = minutesKey(op.sessionId, op.minutesVersion);
      if (state.minutes.has(key)) refuse('minutes_exist');
      // Sealed only to the people present (and the author): a seal to anyone else refuses the whole change.
      requireReaders(state, op.sealed.seals, (memberId) => mayReadMinutes(state, op.sessionId, memberId, author.memberId), 'seal_not_allowed');
      state.minutes.set(key, {
        sessionId: op.sessionId,
        minutesVersion: op.minutesVersion,
        authorMemberId: author.memberId,
        sealed: op.sealed,
        ciphertextHash: audienceCiphertextHash(s, op.sealed),
        recipients: [...(session.present ?? [])],
        changeId: change.id,
        received: [],
      });
      return;
    }
    case 'minutes.ack': {
      const author = requireAuthor(ctx);
      const key = minutesKey(op.sessionId, op.minutesVersion);
      const minutes = state.minutes.get(key) ?? refuse('unknown_minutes');
      if (!minutes.recipients.includes(author.memberId)) refuse('not_recipient');
      if (minutes.ciphertextHash !== op.ciphertextHash) refuse('minutes_hash_mismatch');
      if (!minutes.received.includes(author.memberId)) state.minutes.set(key, { ...minutes, received: [...minutes.received, author.memberId].sort() });
      return;
    }
  }
}

/**
 * What a change would do, on a copy: the refusal reason or null, and the state after it. The
 * authoring side asks before writing; the change is taken to have seen everything applied.
 */
export function tryChange(s: Sodium, state: GroupState, change: ReadyChange): { refusal: RefusalReason | null; after: GroupState } {
  const after = snapshot(state);
  after.refused = [];
  applyChange(s, after, change, () => true);
  return { refusal: after.refused[0]?.reason ?? null, after };
}

/** Applies a ready change set in place: all its operations, or none and a refusal listed. */
export function applyChange(s: Sodium, state: GroupState, change: ReadyChange, saw: SawFn, signatures?: SignatureMemo): void {
  // Every operation checks before it changes anything, so only a set of several needs an undo point.
  const undo = change.body.ops.length > 1 ? snapshot(state) : null;
  const ctx: Ctx = { state, change, saw, signatures };
  let current = '';
  try {
    for (const op of change.body.ops) {
      current = op.type;
      applyOp(s, state, op, ctx);
    }
    state.applied += 1;
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    if (undo) restore(state, undo);
    state.refused.push({ changeId: change.id, authorKeyId: change.header.author.keyId, seq: change.header.seq, op: current, reason: error.reason });
  }
}
