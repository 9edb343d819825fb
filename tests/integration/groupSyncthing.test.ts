// Issue 17 with the REAL engine: four Syncthing instances on 127.0.0.1 (discovery and relays off),
// one per computer, and on each a member's own Concerto (a real encrypted workspace and identity)
// whose replica reads and writes only its own copy of the folder. Syncthing carries the files.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../contract/errors.js';
import {
  acknowledgeMinutesOp,
  addToAgendaOp,
  admitOp,
  finaliseMinutesOp,
  foundingOps,
  publishCharterOp,
  readMinutes,
  readSituation,
  signCharterOp,
  submitSituationOp,
} from '../../electron/services/group/actions.js';
import { hasValidSignature } from '../../electron/services/group/authority.js';
import { minutesKey, stateDigest } from '../../electron/services/group/state.js';
import { closePeople, linkReplica, person, sodium, type Person } from '../helpers/group.js';
import { scanNow, startInstance, startSyncthingCluster, stopCluster, stopInstance, waitInSync, type SyncthingCluster, type SyncthingInstance } from '../helpers/syncthing.js';

const at = (day: number, hour = 9) => new Date(Date.UTC(2027, 2, day, hour)).toISOString();
const SITUATION = 'SIT-2027-014 — question au groupe. MARQUEUR-SIT-SYNCTHING';
const MINUTES = 'PV de la séance de mars. MARQUEUR-PV-SYNCTHING';

let cluster: SyncthingCluster;
let startError: unknown = null;
const people: Person[] = [];
const computerOf = new Map<Person, SyncthingInstance>();
const timings: number[] = [];

// As in syncthingFolder.test.ts: a start-up failure fails every test instead of skipping them.
const test = (name: string, body: () => Promise<void>) =>
  it(name, async () => {
    if (startError) throw startError;
    await body();
  });

/** The author's replica writes its files, Syncthing carries them to the running computers, every replica reads. */
async function carry(from: Person, to: Person[]): Promise<void> {
  const t0 = performance.now();
  from.folder!.sync();
  await scanNow(computerOf.get(from)!);
  await waitInSync(cluster, { among: [from, ...to].map((p) => computerOf.get(p)!) });
  for (const p of to) p.folder!.sync();
  timings.push(performance.now() - t0);
}

describe('the group over real Syncthing', () => {
  let anne: Person;
  let sophie: Person;
  let luc: Person;
  let marc: Person;
  const sessionId = randomUUID();
  const situationId = randomUUID();

  beforeAll(async () => {
    try {
      [cluster, anne, sophie, luc, marc] = await Promise.all([
        startSyncthingCluster({ count: 4, folderId: 'concerto-group' }),
        person('Anne', 'Dupont', ['coordinator']),
        person('Sophie', 'Lambert', ['secretary']),
        person('Luc', 'Martin', ['member']),
        person('Marc', 'Renard', ['member']),
      ]);
      people.push(anne, sophie, luc, marc);
      people.forEach((p, i) => computerOf.set(p, cluster.instances[i]!));
      const link = { groupId: randomUUID(), founderKeyId: anne.session.identity.keyId };
      for (const p of people) await linkReplica(p, link, computerOf.get(p)!.folderPath);
    } catch (error) {
      startError = error;
    }
  }, 120_000);

  afterAll(async () => {
    if (cluster) await stopCluster(cluster);
    await closePeople();
    if (timings.length) {
      const sorted = [...timings].sort((a, b) => a - b);
      console.log(`group over Syncthing: write → read on the other computers, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms over ${sorted.length} carries (scan requested, no watcher delay)`);
    }
  });

  test('1–2. the coordinator founds the group and admits three members who each receive it on their own computer', async () => {
    anne.replica!.write(foundingOps('Concertation du Brabant wallon', anne.memberId, anne.profile), at(1));
    for (const p of [sophie, luc, marc]) anne.replica!.write([admitOp(p.memberId, p.profile, p.session.identity)], at(1));
    anne.replica!.write([publishCharterOp(randomUUID(), 'Charte 2027', 'Texte de la charte du groupe.\n', '2027-03-01')], at(1, 10));
    anne.replica!.write([{ type: 'session.schedule', sessionId, title: 'Séance de mars', startsAt: at(15), endsAt: at(15, 12), place: 'Wavre', invited: people.map((p) => p.memberId) }], at(1, 11));
    await carry(anne, [sophie, luc, marc]);
    for (const p of [sophie, luc, marc]) {
      expect(p.replica!.memberId).toBe(p.memberId);
      expect(p.replica!.state.sessions.get(sessionId)?.title).toBe('Séance de mars');
    }
  });

  test('3. a member signs the charter on their computer; the coordinator sees it, verified', async () => {
    const s = await sodium();
    luc.replica!.write([signCharterOp(s, luc.replica!, ['secret', 'pv'], at(2))], at(2));
    await carry(luc, [anne, sophie, marc]);
    expect(hasValidSignature(anne.replica!.state, luc.memberId)).toBe(true);
    for (const p of [anne, sophie]) {
      p.replica!.write([signCharterOp(s, p.replica!, ['secret', 'pv'], at(3))], at(3));
      await carry(p, people.filter((x) => x !== p));
    }
    expect(hasValidSignature(luc.replica!.state, sophie.memberId)).toBe(true);
  });

  test('4. a situation from the presenter’s computer, put on the agenda by the coordinator: the invited signatories read it, Marc (no signature) cannot', async () => {
    const s = await sodium();
    luc.replica!.write([submitSituationOp(s, luc.replica!, situationId, sessionId, SITUATION)], at(5));
    await carry(luc, [anne, sophie, marc]);
    anne.replica!.write([addToAgendaOp(s, anne.replica!, situationId)], at(6));
    await carry(anne, [sophie, luc, marc]);
    expect(readSituation(s, sophie.replica!, situationId)).toBe(SITUATION);
    expect(() => readSituation(s, marc.replica!, situationId)).toThrow(AppError);
    expect(marc.replica!.state.sessions.get(sessionId)!.agenda).toEqual([situationId]);
  });

  test('5. the secretary’s minutes: the attendee reads them on their computer, the absent member cannot; the acknowledgement comes back', async () => {
    const s = await sodium();
    sophie.replica!.write([{ type: 'attendance.record', sessionId, present: [anne.memberId, sophie.memberId, luc.memberId] }], at(15, 13));
    sophie.replica!.write([finaliseMinutesOp(s, sophie.replica!, sessionId, 1, MINUTES)], at(15, 14));
    await carry(sophie, [anne, luc, marc]);
    expect(readMinutes(s, luc.replica!, sessionId, 1)).toBe(MINUTES);
    expect(() => readMinutes(s, marc.replica!, sessionId, 1)).toThrow(AppError);
    luc.replica!.write([acknowledgeMinutesOp(s, luc.replica!, sessionId, 1)], at(16));
    await carry(luc, [anne, sophie]);
    expect(sophie.replica!.state.minutes.get(minutesKey(sessionId, 1))!.received).toEqual([luc.memberId]);
  });

  test('6–7. Marc’s computer is off while he is deactivated and new minutes go out; back online, he gets nothing he can open', async () => {
    const s = await sodium();
    const marcsComputer = computerOf.get(marc)!;
    await stopInstance(marcsComputer);
    anne.replica!.write([{ type: 'member.deactivate', memberId: marc.memberId, reason: 'Départ' }], at(20));
    const april = randomUUID();
    anne.replica!.write([{ type: 'session.schedule', sessionId: april, title: 'Séance d’avril', startsAt: at(28), endsAt: at(28, 12), place: 'Wavre', invited: people.map((p) => p.memberId) }], at(20, 10));
    await carry(anne, [sophie, luc]);
    sophie.replica!.write([{ type: 'attendance.record', sessionId: april, present: [anne.memberId, sophie.memberId, luc.memberId, marc.memberId] }], at(28, 13));
    sophie.replica!.write([finaliseMinutesOp(s, sophie.replica!, april, 1, MINUTES)], at(28, 14));
    await carry(sophie, [anne, luc]);
    await startInstance(marcsComputer);
    await waitInSync(cluster);
    const reports = people.map((p) => p.folder!.sync());
    // Write-once files with unique names: Syncthing never had a conflict to keep a copy of.
    for (const report of reports) expect(report.problems).toEqual([]);
    expect(marc.replica!.state.sessions.has(april)).toBe(false);
    expect(marc.replica!.log.waiting).toContainEqual(expect.objectContaining({ reason: 'unreadable' }));
    expect(anne.replica!.state.minutes.get(minutesKey(april, 1))!.sealed.seals.map((x) => x.keyId)).not.toContain(marc.session.identity.keyId);
    // The three who can read everything hold the same state.
    const digest = stateDigest(anne.replica!.state);
    expect(stateDigest(sophie.replica!.state)).toBe(digest);
    expect(stateDigest(luc.replica!.state)).toBe(digest);
    expect(anne.replica!.state.refused).toEqual([]);
  });
});
