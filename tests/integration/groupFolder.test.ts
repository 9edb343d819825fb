// Issue 17, scenarios 1–7 on a plain shared folder (what a network share or a USB key does): four
// people, each with their own encrypted workspace and identity, one folder between them.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContentKey } from '../../electron/crypto/audienceSeal.js';
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
import { verifyCanonical } from '../../electron/services/charter/signedJson.js';
import { signaturePayload } from '../../electron/services/charter/payload.js';
import { minutesKey, stateDigest } from '../../electron/services/group/state.js';
import { closePeople, linkReplica, person, sodium, syncAll, type Person } from '../helpers/group.js';
import { tempDir } from '../helpers/workspace.js';
import { thrownCode } from '../helpers/errors.js';


const CHARTER = 'Charte du groupe de concertation\n\nArticle 1. Ce qui se dit dans le groupe reste dans le groupe.\n';
const SITUATION = 'SIT-2027-001 — jeune de 14-15 ans, en danger, question : quel relais pour la famille ? MARQUEUR-SITUATION-7Q';
const MINUTES = 'Procès-verbal de la séance : décision de relais vers le SAJ. MARQUEUR-PV-9Z';
const at = (day: number, hour = 9) => new Date(Date.UTC(2027, 0, day, hour)).toISOString();

describe('the group across its members’ computers, on a plain shared folder', () => {
  let shared: string;
  let anne: Person; // coordinator, founder
  let sophie: Person; // secretary
  let luc: Person; // member, presenter
  let marc: Person; // member, never signs, absent
  let groupId: string;
  const sessionId = randomUUID();
  const situationId = randomUUID();

  beforeAll(async () => {
    shared = tempDir('concerto-shared-folder-');
    [anne, sophie, luc, marc] = await Promise.all([
      person('Anne', 'Dupont', ['coordinator']),
      person('Sophie', 'Lambert', ['secretary']),
      person('Luc', 'Martin', ['member']),
      person('Marc', 'Renard', ['member'], 'duty_of_reserve'),
    ]);
    groupId = randomUUID();
    const link = { groupId, founderKeyId: anne.session.identity.keyId };
    await linkReplica(anne, link, shared);
    anne.replica!.write(foundingOps('Concertation Brabant wallon', anne.memberId, anne.profile), at(1));
    // The others choose the folder with the group id and founder key they compared with the coordinator.
    for (const p of [sophie, luc, marc]) await linkReplica(p, link, shared);
    syncAll([anne, sophie, luc, marc]);
  }, 60_000);

  afterAll(closePeople);

  it('1. joining: nothing is readable before admission; after it, the member’s own Concerto receives the roster', async () => {
    expect(luc.replica!.state.groupName).toBeNull();
    expect(luc.replica!.log.waiting).toEqual([expect.objectContaining({ reason: 'unreadable' })]);
    for (const p of [sophie, luc, marc]) anne.replica!.write([admitOp(p.memberId, p.profile, p.session.identity)], at(2));
    syncAll([anne, sophie, luc, marc]);
    for (const p of [sophie, luc, marc]) {
      expect(p.replica!.state.groupName).toBe('Concertation Brabant wallon');
      expect(p.replica!.memberId).toBe(p.memberId);
      expect([...p.replica!.state.members.keys()].sort()).toEqual([anne, sophie, luc, marc].map((x) => x.memberId).sort());
    }
    expect(anne.replica!.state.members.get(luc.memberId)!.identity.keyId).toBe(luc.session.identity.keyId);
  });

  it('2–3. the charter and the session reach everyone; a member signs on their own computer and the coordinator sees it, verified', async () => {
    const s = await sodium();
    const versionId = randomUUID();
    anne.replica!.write([publishCharterOp(versionId, 'Charte 2027', CHARTER, '2027-01-01')], at(3));
    anne.replica!.write([{ type: 'session.schedule', sessionId, title: 'Séance de janvier', startsAt: at(20, 9), endsAt: at(20, 12), place: 'Wavre', invited: [anne, sophie, luc, marc].map((p) => p.memberId) }], at(3, 10));
    syncAll([anne, sophie, luc, marc]);
    expect(luc.replica!.state.charters.get(versionId)!.text).toBe(CHARTER);
    expect(marc.replica!.state.sessions.get(sessionId)!.title).toBe('Séance de janvier');

    for (const p of [anne, sophie, luc]) p.replica!.write([signCharterOp(s, p.replica!, ['secret', 'pv'], at(4))], at(4));
    syncAll([anne, sophie, luc, marc]);
    const register = anne.replica!.state;
    expect(hasValidSignature(register, luc.memberId)).toBe(true);
    expect(hasValidSignature(register, marc.memberId)).toBe(false);
    // Checked from outside with Node's own Ed25519, against the key on Luc's contact card.
    const sig = register.signatures.get(luc.memberId)!.get(versionId)!;
    const payload = signaturePayload({ charterHash: register.charters.get(versionId)!.textHash, workspaceId: groupId, memberId: luc.memberId, name: 'Luc Martin', declaredStatus: 'professional_secret', signedAt: sig.signedAt, method: 'own_key', keyId: luc.session.identity.keyId });
    expect(verifyCanonical(payload, sig.signature, luc.session.identity.signPublicKey)).toBe(true);
  });

  it('a member cannot sign for another, nor a non-coordinator change the roster: refused by every replica', async () => {
    const s = await sodium();
    // Through the authoring side: refused before anything is written.
    expect(thrownCode(() => marc.replica!.write([admitOp(randomUUID(), marc.profile, marc.session.identity)], at(5)))).toBe('GROUP_CHANGE_REFUSED');
    const filesBefore = luc.replica!.log.size;
    expect(thrownCode(() => luc.replica!.write([{ ...signCharterOp(s, luc.replica!, [], at(5)), memberId: marc.memberId } as never], at(5)))).toBe('GROUP_CHANGE_REFUSED');
    expect(luc.replica!.log.size).toBe(filesBefore);
  });

  it('4. a situation is readable only by invited members holding a valid signature, once on the agenda', async () => {
    const s = await sodium();
    // Marc is bound only by a duty of reserve: he may not present.
    expect(thrownCode(() => marc.replica!.write([submitSituationOp(s, marc.replica!, randomUUID(), sessionId, 'x')], at(6)))).toBe('GROUP_CHANGE_REFUSED');
    luc.replica!.write([submitSituationOp(s, luc.replica!, situationId, sessionId, SITUATION)], at(6));
    syncAll([anne, sophie, luc, marc]);
    expect(readSituation(s, anne.replica!, situationId)).toBe(SITUATION); // the coordination, to put it on the agenda
    expect(thrownCode(() => readSituation(s, sophie.replica!, situationId))).toBe('SITUATION_RESTRICTED'); // not on an agenda yet
    anne.replica!.write([addToAgendaOp(s, anne.replica!, situationId)], at(7));
    syncAll([anne, sophie, luc, marc]);
    expect(sophie.replica!.state.sessions.get(sessionId)!.agenda).toEqual([situationId]);
    expect(readSituation(s, sophie.replica!, situationId)).toBe(SITUATION);
    expect(thrownCode(() => readSituation(s, marc.replica!, situationId))).toBe('SITUATION_RESTRICTED');
    // With the interface bypassed: none of the situation's seals opens with Marc's key.
    const sit = marc.replica!.state.situations.get(situationId)!;
    expect(openContentKey(s, [...sit.sealed.seals, ...sit.grants].map((x) => ({ ...x, keyId: marc.session.identity.keyId })), marc.session.identity)).toBeNull();
  });

  it('5. minutes reach the attendees only; opening them sends back an acknowledgement', async () => {
    const s = await sodium();
    const present = [anne, sophie, luc].map((p) => p.memberId);
    expect(thrownCode(() => luc.replica!.write([{ type: 'attendance.record', sessionId, present }], at(20, 13)))).toBe('GROUP_CHANGE_REFUSED');
    sophie.replica!.write([{ type: 'attendance.record', sessionId, present }], at(20, 13));
    sophie.replica!.write([finaliseMinutesOp(s, sophie.replica!, sessionId, 1, MINUTES)], at(20, 14));
    syncAll([anne, sophie, luc, marc]);
    const delivered = anne.replica!.state.minutes.get(minutesKey(sessionId, 1))!;
    expect(delivered.recipients.sort()).toEqual([...present].sort());
    expect(delivered.received).toEqual([]);
    expect(readMinutes(s, luc.replica!, sessionId, 1)).toBe(MINUTES);
    luc.replica!.write([acknowledgeMinutesOp(s, luc.replica!, sessionId, 1)], at(21));
    syncAll([anne, sophie, luc, marc]);
    expect(sophie.replica!.state.minutes.get(minutesKey(sessionId, 1))!.received).toEqual([luc.memberId]);
    // Marc was absent: nothing he holds decrypts the minutes, even trying every seal with his key.
    expect(thrownCode(() => readMinutes(s, marc.replica!, sessionId, 1))).toBe('MINUTES_NOT_RECIPIENT');
    const sealed = marc.replica!.state.minutes.get(minutesKey(sessionId, 1))!.sealed;
    expect(openContentKey(s, sealed.seals.map((x) => ({ ...x, keyId: marc.session.identity.keyId })), marc.session.identity)).toBeNull();
    // And a seal to an absent member is refused by the rules, not only left out by the author.
    expect(thrownCode(() => marc.replica!.write([acknowledgeMinutesOp(s, marc.replica!, sessionId, 1)], at(21)))).toBe('GROUP_CHANGE_REFUSED');
  });

  it('nothing in clear in the folder: no marker, name, title or code in any file or file name', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) (e.isDirectory() ? walk : (f: string) => files.push(f))(path.join(dir, e.name));
    };
    walk(shared);
    expect(files.length).toBeGreaterThan(10);
    const needles = ['MARQUEUR', 'Dupont', 'Martin', 'Lambert', 'Renard', 'Séance de janvier', 'SIT-2027', 'Wavre', 'Charte 2027', 'Concertation Brabant', 'example.be', 'AMO Le Pas', sessionId, situationId, luc.memberId];
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      for (const needle of needles) {
        expect(file.includes(needle), `${needle} in the name ${file}`).toBe(false);
        expect(bytes.includes(Buffer.from(needle, 'utf8')), `${needle} in ${file}`).toBe(false);
      }
    }
  });

  it('6. a deactivated member gets nothing new: a new group key is used and later minutes are not sealed to them', async () => {
    const s = await sodium();
    const keyBefore = anne.replica!.state.currentKeyRef;
    anne.replica!.write([{ type: 'member.deactivate', memberId: luc.memberId, reason: 'Départ du service' }], at(22));
    const later = randomUUID();
    anne.replica!.write([{ type: 'session.schedule', sessionId: later, title: 'Séance de février', startsAt: at(27, 9), endsAt: at(27, 12), place: 'Wavre', invited: [anne, sophie, luc].map((p) => p.memberId) }], at(22, 10));
    syncAll([anne, sophie, luc, marc]);
    expect(anne.replica!.state.currentKeyRef).not.toBe(keyBefore);
    expect(sophie.replica!.state.sessions.get(later)?.title).toBe('Séance de février');
    // Luc's replica cannot open the change that removed him, nor anything after it.
    expect(luc.replica!.state.sessions.has(later)).toBe(false);
    expect(luc.replica!.log.waiting).toContainEqual(expect.objectContaining({ authorKeyId: anne.session.identity.keyId, reason: 'unreadable' }));
    sophie.replica!.write([{ type: 'attendance.record', sessionId: later, present: [anne.memberId, sophie.memberId, luc.memberId] }], at(27, 13));
    sophie.replica!.write([finaliseMinutesOp(s, sophie.replica!, later, 1, MINUTES)], at(27, 14));
    syncAll([anne, sophie, luc, marc]);
    const sealedTo = anne.replica!.state.minutes.get(minutesKey(later, 1))!.sealed.seals.map((x) => x.keyId);
    expect(sealedTo).not.toContain(luc.session.identity.keyId);
  });

  it('7. weeks offline: changes made apart meet again and every replica that can read them converges', async () => {
    // Sophie works without the folder, Anne and Marc with it; then Sophie comes back.
    const offlineSession = randomUUID();
    anne.replica!.write([{ type: 'session.schedule', sessionId: offlineSession, title: 'Séance de mars', startsAt: at(28, 9), endsAt: at(28, 12), place: 'Nivelles', invited: [anne.memberId, sophie.memberId, marc.memberId] }], at(28));
    anne.folder!.sync();
    marc.folder!.sync();
    sophie.replica!.write([{ type: 'attendance.record', sessionId, present: [anne.memberId, sophie.memberId, luc.memberId, marc.memberId] }], at(28, 11));
    expect(stateDigest(sophie.replica!.state)).not.toBe(stateDigest(anne.replica!.state));
    syncAll([anne, sophie, marc], 2);
    const digest = stateDigest(anne.replica!.state);
    expect(stateDigest(sophie.replica!.state)).toBe(digest);
    expect(stateDigest(marc.replica!.state)).toBe(digest);
    expect(anne.replica!.state.sessions.get(sessionId)!.present).toHaveLength(4);
    // A replica rebuilt from its own database (Concerto restarted) is the same state.
    await linkReplica(marc, marc.replica!.link, shared);
    expect(stateDigest(marc.replica!.state)).toBe(digest);
    expect(anne.replica!.state.refused).toEqual([]);
  });
});
