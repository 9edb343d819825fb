// One member's replica of the group: the change log it holds, and writing its own changes. A
// change is checked against the state before it is written, so this replica never publishes a
// change that every other replica would refuse (a published file is never taken back).
import { AppError } from '../../../contract/errors.js';
import type { GroupEnvelopeFile, GroupEnvelopeHeader, GroupOperation } from '../../../contract/schemas/group.js';
import { newGroupKey, sealEnvelope, sealGroupKey } from '../../crypto/groupEnvelope.js';
import type { UnlockedIdentity } from '../../crypto/identity.js';
import type { Sodium } from '../../crypto/sodium.js';
import { tryChange } from './apply.js';
import { ChangeLog, type AddOutcome } from './changeLog.js';
import type { GroupState } from './state.js';

export interface GroupLink {
  groupId: string;
  /** The founding coordinator's key id, compared aloud when joining: the root of every authority check. */
  founderKeyId: string;
}

/** Where a replica keeps the envelopes it holds (the workspace's encrypted database, or memory in property tests). */
export interface ChangeSink {
  save(id: string, file: GroupEnvelopeFile): void;
  /** Runs the saves of one batch together (one database transaction for a folder's worth of files). */
  batch(run: () => void): void;
}

/** Operations that change who holds the group key: a new key goes with them, sealed to the members after the change. */
const ROTATING_OPS = new Set<GroupOperation['type']>(['group.found', 'member.admit', 'member.deactivate']);

export class GroupReplica {
  readonly log: ChangeLog;

  constructor(
    private readonly s: Sodium,
    readonly identity: UnlockedIdentity,
    readonly link: GroupLink,
    private readonly sink: ChangeSink | null = null,
  ) {
    this.log = new ChangeLog(s, link.groupId, link.founderKeyId, identity);
  }

  get state(): GroupState {
    return this.log.state;
  }

  /** The member this replica's identity is, once the roster names it. */
  get memberId(): string | null {
    return this.state.memberByKey.get(this.identity.keyId) ?? null;
  }

  /** Envelopes from elsewhere (folder, database); the state is brought up to date once for the batch. */
  receive(files: Array<{ file: GroupEnvelopeFile; verified?: boolean }>, persist = true): AddOutcome[] {
    let outcomes: AddOutcome[] = [];
    const addAll = () => {
      outcomes = files.map(({ file, verified }) => {
        const { outcome, id } = this.log.add(file, verified);
        if (outcome === 'added' && persist) this.sink?.save(id!, file);
        return outcome;
      });
    };
    if (this.sink && persist) this.sink.batch(addAll);
    else addAll();
    this.log.refresh();
    return outcomes;
  }

  /**
   * Writes a change set by this replica's identity: sequence, hash link, Lamport time and new
   * dependencies filled in, encrypted under the group key in force (or a new one when membership
   * changes). Refused with GROUP_CHANGE_REFUSED when the group's rules would refuse it.
   */
  write(ops: GroupOperation[], now: string): GroupEnvelopeFile {
    const s = this.s;
    const me = this.identity.keyId;
    const chain = this.log.chainOf(me);
    const seq = chain.length + 1;
    const prev = chain.at(-1) ?? null;
    const ownVector = prev ? this.log.vectorOf(prev) : undefined;
    const deps: Array<[string, number]> = [];
    for (const [author, head] of [...this.log.heads()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (author !== me && (ownVector?.get(author) ?? 0) < head) deps.push([author, head]);
    }
    const rotating = ops.some((op) => ROTATING_OPS.has(op.type));
    const allOps: GroupOperation[] = rotating ? [...ops, { type: 'keys.rotate', previousKeys: this.log.allKeys() }] : ops;
    const body = { lamport: this.log.maxLamport() + 1, deps, createdAt: now, ops: allOps };
    const header = { groupId: this.link.groupId, seq, prev };

    // Checked on a copy first: this change sorts after everything this replica applied.
    const trial = tryChange(s, this.state, {
      id: '0'.repeat(64),
      header: { ...header, author: { keyId: me, signPublicKey: this.identity.signPublicKey, boxPublicKey: this.identity.boxPublicKey }, keyRef: rotating ? 'self' : (this.state.currentKeyRef ?? 'self') } as GroupEnvelopeHeader,
      body,
    });
    if (trial.refusal) throw new AppError('GROUP_CHANGE_REFUSED', { cause: trial.refusal });

    let file: GroupEnvelopeFile;
    if (rotating) {
      const key = newGroupKey(s);
      const readers = [...trial.after.members.values()].filter((m) => m.active).map((m) => m.identity.boxPublicKey);
      file = sealEnvelope(s, this.identity, { groupId: this.link.groupId, seq, prev, keyRef: 'self', keySeals: sealGroupKey(s, key, readers) }, key, JSON.stringify(body));
      s.memzero(key);
    } else {
      const keyRef = this.state.currentKeyRef;
      const key = keyRef ? this.log.keyFor(keyRef) : null;
      if (!keyRef || !key) throw new AppError('GROUP_NO_KEY');
      file = sealEnvelope(s, this.identity, { groupId: this.link.groupId, seq, prev, keyRef }, key, JSON.stringify(body));
    }
    this.receive([{ file, verified: true }]);
    return file;
  }
}

