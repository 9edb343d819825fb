// Issue 17: convergence, as a property. Random group histories are written by four members who
// sync only now and then (so changes are concurrent, some conflicting, some refused); the same set
// of envelopes is then delivered to fresh replicas in random orders, with duplicates and gaps
// filled later, and every replica must reach exactly the state of the one that got them in order.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GroupEnvelopeFile, GroupMemberProfile, GroupOperation } from '../../contract/schemas/group.js';
import { generateIdentity, type UnlockedIdentity } from '../../electron/crypto/identity.js';
import { getSodium, type Sodium } from '../../electron/crypto/sodium.js';
import { admitOp, foundingOps, publishCharterOp, signCharterOp } from '../../electron/services/group/actions.js';
import { GroupReplica } from '../../electron/services/group/replica.js';
import { stateDigest } from '../../electron/services/group/state.js';

let s: Sodium;
beforeAll(async () => {
  s = await getSodium();
});

const profile = (firstName: string, roles: GroupMemberProfile['roles']): GroupMemberProfile => ({
  firstName,
  lastName: 'Test',
  organisation: '',
  serviceType: 'amo',
  function: '',
  email: '',
  phone: '',
  secrecyStatus: 'professional_secret',
  roles,
});

interface Actor {
  name: string;
  memberId: string;
  identity: UnlockedIdentity;
  replica: GroupReplica;
}

const SESSIONS = ['11111111-aaaa', '22222222-bbbb'];
const at = (i: number) => new Date(Date.UTC(2027, 0, 1) + i * 3_600_000).toISOString();

type Step =
  | { kind: 'sync'; from: number; to: number }
  | { kind: 'schedule'; by: number; session: number; title: string }
  | { kind: 'attendance'; session: number; present: number[] }
  | { kind: 'sign'; by: number }
  | { kind: 'deactivate'; by: number; who: number }
  | { kind: 'agendaRemove'; by: number; session: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: fc.nat(3), to: fc.nat(3) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('schedule' as const), by: fc.nat(1), session: fc.nat(1), title: fc.constantFrom('Séance A', 'Séance B', 'Séance C') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('attendance' as const), session: fc.nat(1), present: fc.uniqueArray(fc.nat(3), { maxLength: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('sign' as const), by: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deactivate' as const), by: fc.nat(1), who: fc.integer({ min: 2, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('agendaRemove' as const), by: fc.nat(1), session: fc.nat(1) }) },
);

/** Writes a history: Anne founds, admits Bea (coordinator), Sophie (secretary) and Luc, then the steps run. */
function history(steps: Step[]): { files: GroupEnvelopeFile[]; groupId: string; founder: UnlockedIdentity; readers: UnlockedIdentity[] } {
  const groupId = randomUUID();
  const identities = [0, 1, 2, 3].map(() => generateIdentity(s));
  const founderKeyId = identities[0]!.keyId;
  const names: Array<[string, GroupMemberProfile['roles']]> = [
    ['Anne', ['coordinator']],
    ['Bea', ['coordinator']],
    ['Sophie', ['secretary']],
    ['Luc', ['member']],
  ];
  const actors: Actor[] = names.map(([name], i) => ({ name, memberId: randomUUID(), identity: identities[i]!, replica: new GroupReplica(s, identities[i]!, { groupId, founderKeyId }) }));
  const [anne] = actors as [Actor];
  let t = 0;
  const write = (actor: Actor, ops: GroupOperation[]) => {
    try {
      actor.replica.write(ops, at(t++));
    } catch {
      // refused by the rules as this replica sees them: nothing written, as in the app
    }
  };
  write(anne, foundingOps('Groupe', anne.memberId, profile('Anne', ['coordinator'])));
  for (const [i, a] of actors.entries()) if (i > 0) write(anne, [admitOp(a.memberId, profile(a.name, names[i]![1]), a.identity)]);
  write(anne, [publishCharterOp(randomUUID(), 'Charte', 'Texte de la charte.\n', '2027-01-01')]);
  for (const id of SESSIONS) write(anne, [{ type: 'session.schedule', sessionId: id, title: 'Séance', startsAt: at(100), endsAt: at(103), place: 'Wavre', invited: actors.map((a) => a.memberId) }]);
  const syncPair = (from: Actor, to: Actor) => to.replica.receive(from.replica.log.files().map(({ file }) => ({ file })));
  for (const a of actors.slice(1)) syncPair(anne, a);

  for (const st of steps) {
    switch (st.kind) {
      case 'sync':
        if (st.from !== st.to) syncPair(actors[st.from]!, actors[st.to]!);
        break;
      case 'schedule':
        write(actors[st.by]!, [{ type: 'session.schedule', sessionId: SESSIONS[st.session]!, title: st.title, startsAt: at(100), endsAt: at(103), place: 'Wavre', invited: actors.map((a) => a.memberId) }]);
        break;
      case 'attendance':
        write(actors[2]!, [{ type: 'attendance.record', sessionId: SESSIONS[st.session]!, present: st.present.map((i) => actors[i]!.memberId) }]);
        break;
      case 'sign': {
        const a = actors[st.by]!;
        try {
          write(a, [signCharterOp(s, a.replica, ['secret'], at(t))]);
        } catch {
          // not yet admitted on this replica
        }
        break;
      }
      case 'deactivate':
        write(actors[st.by]!, [{ type: 'member.deactivate', memberId: actors[st.who]!.memberId, reason: 'Départ' }]);
        break;
      case 'agendaRemove':
        write(actors[st.by]!, [{ type: 'agenda.remove', sessionId: SESSIONS[st.session]!, situationId: 'x-unknown-situation' }]);
        break;
    }
  }
  const files = new Map<string, GroupEnvelopeFile>();
  for (const a of actors) for (const { id, file } of a.replica.log.files()) files.set(id, file);
  // Anne and Bea are never deactivated: their replicas can read every change.
  return { files: [...files.values()], groupId, founder: identities[0]!, readers: [identities[0]!, identities[1]!] };
}

describe('group replicas converge', () => {
  it('to one state whatever the order, duplicates and gaps of delivery', () => {
    let concurrentSeen = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 30 }), fc.array(fc.integer(), { minLength: 200, maxLength: 200 }), fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 20 }), (steps, shuffleKeys, batchSizes) => {
        const h = history(steps);
        const link = { groupId: h.groupId, founderKeyId: h.founder.keyId };
        const reference = new GroupReplica(s, h.readers[0]!, link);
        reference.receive(h.files.map((file) => ({ file })));
        const expected = stateDigest(reference.state);
        concurrentSeen += reference.state.concurrentEdits.length;

        for (const reader of h.readers) {
          // A random order with about a quarter of the files delivered twice, in random batches.
          const delivery = [...h.files, ...h.files.filter((_, i) => (shuffleKeys[i % 200]! & 3) === 0)];
          const keyed = delivery.map((file, i) => ({ file, k: shuffleKeys[i % 200]! ^ (i * 2654435761) }));
          keyed.sort((a, b) => a.k - b.k);
          const replica = new GroupReplica(s, reader, link);
          let i = 0;
          let b = 0;
          while (i < keyed.length) {
            const size = batchSizes[b++ % batchSizes.length]!;
            replica.receive(keyed.slice(i, i + size).map(({ file }) => ({ file })));
            i += size;
          }
          expect(stateDigest(replica.state)).toBe(expected);
          expect(replica.log.waiting).toEqual([]);
        }
      }),
      { numRuns: 40 },
    );
    // The generator does make concurrent edits: the rule for them is exercised, not only the easy case.
    expect(concurrentSeen).toBeGreaterThan(0);
  }, 240_000);
});
