// The verified envelopes one replica holds, and what follows from them: which group keys it can
// open, each author's chain (seq 1, 2, … linked by hash), which changes are ready (their author's
// earlier changes and every change they depend on are there and readable), in which order they
// apply, and the state that order gives. Everything here is a function of the set of envelopes,
// never of the order they arrived in: that is what makes replicas converge.
import { groupChangeBody, type GroupChangeBody, type GroupEnvelopeFile } from '../../../contract/schemas/group.js';
import { envelopeId, openEnvelopeBody, openGroupKeySeals, verifyEnvelope } from '../../crypto/groupEnvelope.js';
import type { UnlockedIdentity } from '../../crypto/identity.js';
import { fromBase64, toBase64, type Sodium } from '../../crypto/sodium.js';
import { applyChange, type ReadyChange } from './apply.js';
import { emptyState, type GroupState } from './state.js';

export type AddOutcome = 'added' | 'duplicate' | 'other_group' | 'forged';

/** Why an author's chain stops short of what the folder holds. */
export interface WaitingChain {
  authorKeyId: string;
  nextSeq: number;
  reason: 'gap' | 'unreadable' | 'dependencies';
}

export interface LogProblem {
  kind: 'fork' | 'body_invalid' | 'lamport_invalid';
  authorKeyId: string;
  seq: number;
  changeIds: string[];
}

interface Entry {
  id: string;
  file: GroupEnvelopeFile;
  body: GroupChangeBody | null;
  bodyInvalid: boolean;
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The one order every replica applies ready changes in: Lamport time, then author key id, then sequence. */
export function compareChanges(a: ReadyChange, b: ReadyChange): number {
  return a.body.lamport - b.body.lamport || compareStrings(a.header.author.keyId, b.header.author.keyId) || a.header.seq - b.header.seq;
}

export class ChangeLog {
  private readonly entries = new Map<string, Entry>();
  private readonly arrival: string[] = [];
  private readonly bySlot = new Map<string, string[]>(); // `${keyId}#${seq}` → ids
  private readonly keys = new Map<string, Uint8Array>();
  private readonly keyCandidates = new Map<string, Uint8Array[]>();
  private readonly unopened = new Set<string>();
  private readonly notForMe = new Set<string>();
  private readonly maxSeq = new Map<string, number>();

  // Derived state, kept between refreshes and extended by each (or rebuilt from nothing when a
  // fork changes which envelope a chain follows): the result is the same either way.
  private chains = new Map<string, string[]>();
  private readyCount = new Map<string, number>();
  private readyIds = new Set<string>();
  private vectors = new Map<string, Map<string, number>>();
  private invalidAuthors = new Set<string>();
  private forks = new Map<string, string[]>(); // `${keyId}#${seq}` → ids with the same prev
  private invalid: LogProblem[] = [];
  private fresh: string[] = [];
  private ordered: ReadyChange[] = [];
  private stateValue: GroupState;
  private readonly signatureMemo = new Map<string, boolean>();
  waiting: WaitingChain[] = [];

  constructor(
    private readonly s: Sodium,
    readonly groupId: string,
    readonly founderKeyId: string,
    private readonly identity: UnlockedIdentity,
  ) {
    this.stateValue = emptyState(groupId, founderKeyId);
  }

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  files(): Array<{ id: string; file: GroupEnvelopeFile }> {
    return this.filesFrom(0);
  }

  /** The envelopes from the `start`-th received on, in the order they were received. */
  filesFrom(start: number): Array<{ id: string; file: GroupEnvelopeFile }> {
    return this.arrival.slice(start).map((id) => ({ id, file: this.entries.get(id)!.file }));
  }

  fileOf(id: string): GroupEnvelopeFile | null {
    return this.entries.get(id)?.file ?? null;
  }

  /** Verifies and keeps an envelope (its id is given back for keeping it); call refresh() after a batch. Never throws on bad input. */
  add(file: GroupEnvelopeFile, verified = false): { outcome: AddOutcome; id: string | null } {
    if (file.header.groupId !== this.groupId) return { outcome: 'other_group', id: null };
    const id = envelopeId(this.s, file);
    if (this.entries.has(id)) return { outcome: 'duplicate', id };
    if (!verified && !verifyEnvelope(this.s, file)) return { outcome: 'forged', id: null };
    this.entries.set(id, { id, file, body: null, bodyInvalid: false });
    this.arrival.push(id);
    const slot = `${file.header.author.keyId}#${file.header.seq}`;
    this.bySlot.set(slot, [...(this.bySlot.get(slot) ?? []), id].sort(compareStrings));
    this.unopened.add(id);
    this.fresh.push(id);
    const author = file.header.author.keyId;
    if ((this.maxSeq.get(author) ?? 0) < file.header.seq) this.maxSeq.set(author, file.header.seq);
    return { outcome: 'added', id };
  }

  /** A group key this replica holds (to write new changes under it). */
  keyFor(keyRef: string): Uint8Array | null {
    return this.keys.get(keyRef) ?? null;
  }

  /** Every group key opened so far (given to a new key's body, so newly admitted members can read the history). */
  allKeys(): Array<{ keyRef: string; key: string }> {
    return [...this.keys.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([keyRef, key]) => ({ keyRef, key: toBase64(this.s, key) }));
  }

  get state(): GroupState {
    return this.stateValue;
  }

  /** Heads of every ready chain: the newest seq per author that this replica has applied. */
  heads(): Map<string, number> {
    return new Map([...this.readyCount].filter(([, n]) => n > 0));
  }

  /** An author's ready changes, in sequence. */
  chainOf(authorKeyId: string): string[] {
    return (this.chains.get(authorKeyId) ?? []).slice(0, this.readyCount.get(authorKeyId) ?? 0);
  }

  vectorOf(id: string): Map<string, number> | undefined {
    return this.vectors.get(id);
  }

  maxLamport(): number {
    const last = this.ordered[this.ordered.length - 1];
    return last ? last.body.lamport : 0;
  }

  readyChanges(): readonly ReadyChange[] {
    return this.ordered;
  }

  /** The body of a change this replica could open (ready or not), or null. */
  bodyOf(id: string): GroupChangeBody | null {
    return this.entries.get(id)?.body ?? null;
  }

  get problems(): LogProblem[] {
    const forks = [...this.forks.entries()].map(([slot, ids]) => ({ kind: 'fork' as const, authorKeyId: slot.split('#')[0]!, seq: Number(slot.split('#')[1]), changeIds: ids }));
    return [...forks, ...this.invalid];
  }

  /** Opens what new keys allow, extends the chains and readiness with what arrived, and brings the state up to date. */
  refresh(): void {
    this.openWhatWeCan();
    const touched = new Set<string>();
    let rebuild = false;
    for (const id of this.fresh) {
      const { author, seq, prev } = this.entries.get(id)!.file.header as { author: { keyId: string }; seq: number; prev: string | null };
      touched.add(author.keyId);
      const chain = this.chains.get(author.keyId) ?? [];
      if (seq > chain.length) continue;
      // Same slot as an envelope the chain already follows: a fork. A smaller id changes the chain.
      const expectedPrev = seq === 1 ? null : chain[seq - 2]!;
      if (prev !== expectedPrev) continue;
      const slot = `${author.keyId}#${seq}`;
      this.forks.set(slot, (this.bySlot.get(slot) ?? []).filter((x) => this.entries.get(x)!.file.header.prev === expectedPrev));
      if (id < chain[seq - 1]!) rebuild = true;
    }
    this.fresh = [];
    if (rebuild) this.resetDerived();
    for (const author of rebuild ? this.authors() : touched) this.extendChain(author);
    const newlyReady = this.extendReadiness();
    this.computeWaiting();
    this.fold(newlyReady, rebuild);
  }

  private authors(): Set<string> {
    return new Set([...this.entries.values()].map((e) => e.file.header.author.keyId));
  }

  private resetDerived(): void {
    this.chains = new Map();
    this.readyCount = new Map();
    this.readyIds = new Set();
    this.vectors = new Map();
    this.invalidAuthors = new Set();
    this.invalid = [];
    this.forks = new Map();
    this.ordered = [];
  }

  private openWith(entry: Entry, key: Uint8Array): boolean {
    const text = openEnvelopeBody(this.s, entry.file, key);
    if (text === null) return false;
    let parsed: GroupChangeBody | null = null;
    try {
      const result = groupChangeBody.safeParse(JSON.parse(text));
      parsed = result.success ? result.data : null;
    } catch {
      parsed = null;
    }
    entry.body = parsed;
    entry.bodyInvalid = parsed === null;
    this.unopened.delete(entry.id);
    return true;
  }

  /** Learns a key only when it opens the envelope that introduced it: a forged "previous key" is never believed. */
  private learnKey(keyRef: string, key: Uint8Array): boolean {
    if (this.keys.has(keyRef)) return false;
    const introducing = this.entries.get(keyRef);
    if (!introducing) {
      this.keyCandidates.set(keyRef, [...(this.keyCandidates.get(keyRef) ?? []), key]);
      return false;
    }
    if (introducing.file.header.keyRef !== 'self') return false;
    if (introducing.body === null && !introducing.bodyInvalid && !this.openWith(introducing, key)) return false;
    this.keys.set(keyRef, key);
    this.keyCandidates.delete(keyRef);
    this.learnPreviousKeys(introducing);
    return true;
  }

  private learnPreviousKeys(entry: Entry): void {
    for (const op of entry.body?.ops ?? []) {
      if (op.type !== 'keys.rotate') continue;
      for (const previous of op.previousKeys) {
        try {
          this.learnKey(previous.keyRef, fromBase64(this.s, previous.key));
        } catch {
          // not base64 of a key: ignored, the chain it would open stays unreadable
        }
      }
    }
  }

  private openWhatWeCan(): void {
    let progress = true;
    while (progress && this.unopened.size > 0) {
      progress = false;
      for (const id of [...this.unopened]) {
        const entry = this.entries.get(id)!;
        const { keyRef, keySeals } = entry.file.header;
        if (keyRef === 'self') {
          const candidates = this.keyCandidates.get(id) ?? [];
          let learnt = candidates.some((k) => this.learnKey(id, k));
          if (!learnt && !this.notForMe.has(id)) {
            const key = openGroupKeySeals(this.s, keySeals ?? [], this.identity);
            if (key) learnt = this.learnKey(id, key);
            else this.notForMe.add(id);
          }
          if (learnt) progress = true;
        } else {
          const key = this.keys.get(keyRef);
          if (key && this.openWith(entry, key)) progress = true;
        }
      }
    }
  }

  /** Extends an author's chain along prev links; at a fork the smallest id is followed and the fork listed. */
  private extendChain(author: string): void {
    const chain = this.chains.get(author) ?? [];
    this.chains.set(author, chain);
    for (let seq = chain.length + 1; ; seq++) {
      const prev = seq === 1 ? null : chain[seq - 2]!;
      const slot = `${author}#${seq}`;
      const ids = (this.bySlot.get(slot) ?? []).filter((id) => this.entries.get(id)!.file.header.prev === prev);
      if (ids.length === 0) break;
      if (ids.length > 1) this.forks.set(slot, ids);
      chain.push(ids[0]!);
    }
  }

  /** Extends every chain's ready part as far as bodies and dependencies allow (a fixpoint); returns what became ready. */
  private extendReadiness(): string[] {
    const newlyReady: string[] = [];
    const lamportOf = (author: string, seq: number): number | null => {
      const id = this.chains.get(author)?.[seq - 1];
      return id && this.readyIds.has(id) ? this.entries.get(id)!.body!.lamport : null;
    };
    let progress = true;
    while (progress) {
      progress = false;
      for (const [author, chain] of this.chains) {
        if (this.invalidAuthors.has(author)) continue;
        let n = this.readyCount.get(author) ?? 0;
        while (n < chain.length) {
          const entry = this.entries.get(chain[n]!)!;
          if (entry.bodyInvalid) {
            this.invalid.push({ kind: 'body_invalid', authorKeyId: author, seq: n + 1, changeIds: [entry.id] });
            this.invalidAuthors.add(author);
            break;
          }
          const body = entry.body;
          if (!body) break;
          let invalid = body.lamport <= (n === 0 ? 0 : lamportOf(author, n)!);
          let waitingOnOthers = false;
          for (const [depAuthor, depSeq] of body.deps) {
            if (depAuthor === author) {
              invalid ||= depSeq > n;
              continue;
            }
            const depLamport = lamportOf(depAuthor, depSeq);
            if (depLamport === null) {
              waitingOnOthers = true;
              break;
            }
            invalid ||= body.lamport <= depLamport;
          }
          if (waitingOnOthers) break;
          if (invalid) {
            this.invalid.push({ kind: 'lamport_invalid', authorKeyId: author, seq: n + 1, changeIds: [entry.id] });
            this.invalidAuthors.add(author);
            break;
          }
          const vector = new Map(n === 0 ? [] : this.vectors.get(chain[n - 1]!)!);
          for (const [depAuthor, depSeq] of body.deps) {
            for (const [a, sq] of this.vectors.get(this.chains.get(depAuthor)![depSeq - 1]!) ?? []) if ((vector.get(a) ?? 0) < sq) vector.set(a, sq);
          }
          vector.set(author, n + 1);
          this.vectors.set(entry.id, vector);
          this.readyIds.add(entry.id);
          newlyReady.push(entry.id);
          n += 1;
          progress = true;
        }
        this.readyCount.set(author, n);
      }
    }
    return newlyReady;
  }

  private computeWaiting(): void {
    this.waiting = [];
    for (const [author, chain] of this.chains) {
      if (this.invalidAuthors.has(author)) continue;
      const n = this.readyCount.get(author) ?? 0;
      if (n < chain.length) {
        const reason = this.entries.get(chain[n]!)!.body ? 'dependencies' : 'unreadable';
        this.waiting.push({ authorKeyId: author, nextSeq: n + 1, reason });
      } else if ((this.maxSeq.get(author) ?? 0) > chain.length) {
        this.waiting.push({ authorKeyId: author, nextSeq: chain.length + 1, reason: 'gap' });
      }
    }
    this.waiting.sort((a, b) => compareStrings(a.authorKeyId, b.authorKeyId));
  }

  private readonly saw = (later: string, earlier: string): boolean => {
    const e = this.entries.get(earlier)!.file.header;
    return (this.vectors.get(later)?.get(e.author.keyId) ?? 0) >= e.seq;
  };

  /**
   * The common case, what arrived sorts after everything applied, applies only the new changes;
   * otherwise the state is rebuilt by applying every ready change again in order.
   */
  private fold(newlyReady: string[], rebuilt: boolean): void {
    const added = newlyReady.map((id) => {
      const e = this.entries.get(id)!;
      return { id, header: e.file.header, body: e.body! };
    });
    added.sort(compareChanges);
    const last = this.ordered[this.ordered.length - 1];
    if (!rebuilt && (added.length === 0 || !last || compareChanges(last, added[0]!) < 0)) {
      for (const change of added) {
        applyChange(this.s, this.stateValue, change, this.saw, this.signatureMemo);
        this.ordered.push(change);
      }
      return;
    }
    this.ordered = [...this.ordered, ...added].sort(compareChanges);
    this.stateValue = emptyState(this.groupId, this.founderKeyId);
    for (const change of this.ordered) applyChange(this.s, this.stateValue, change, this.saw, this.signatureMemo);
  }
}
