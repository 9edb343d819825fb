// A synthetic history of a group folder for `npm run bench`: thirty members over ten years, written
// by the real replicas (real signatures, sealing and rules), until it holds the requested number of
// changes. Eight members are active writers (coordinator, secretary, three presenters, three
// readers); the other twenty-two are admitted and stay quiet.
import fs from 'node:fs';
import path from 'node:path';
import type { GroupEnvelopeFile, GroupMemberProfile } from '../../contract/schemas/group.js';
import { generateIdentity, type UnlockedIdentity } from '../../electron/crypto/identity.js';
import type { Sodium } from '../../electron/crypto/sodium.js';
import {
  acknowledgeMinutesOp,
  addToAgendaOp,
  admitOp,
  finaliseMinutesOp,
  foundingOps,
  publishCharterOp,
  signCharterOp,
  submitSituationOp,
} from '../../electron/services/group/actions.js';
import { envelopeRelPath } from '../../electron/services/group/folder.js';
import { GroupReplica } from '../../electron/services/group/replica.js';

export interface GroupHistory {
  groupId: string;
  founderKeyId: string;
  files: Array<{ id: string; file: GroupEnvelopeFile }>;
  /** A member admitted at the end, whose fresh replica joins the group (the first sync measured). */
  newcomer: UnlockedIdentity;
  /** The active writers' replicas, up to date. */
  writers: GroupReplica[];
  sessions: number;
}

const profile = (i: number, roles: GroupMemberProfile['roles']): GroupMemberProfile => ({
  firstName: `Prénom${i}`,
  lastName: `Nom${i}`,
  organisation: `Service ${i % 7}`,
  serviceType: 'amo',
  function: 'Intervenant',
  email: `membre${i}@example.be`,
  phone: '010 00 00 00',
  secrecyStatus: 'professional_secret',
  roles,
});

const SUMMARY = 'Jeune de 14-15 ans, en difficulté scolaire ; la famille demande un relais. '.repeat(12);
const MINUTES = 'Procès-verbal : les situations ont été discutées, les relais décidés. '.repeat(40);

export function groupHistory(s: Sodium, changes: number, groupId = '00000000-bench-group'): GroupHistory {
  const ids = Array.from({ length: 31 }, () => generateIdentity(s));
  const founderKeyId = ids[0]!.keyId;
  const link = { groupId, founderKeyId };
  const roles = (i: number): GroupMemberProfile['roles'] => (i === 0 ? ['coordinator'] : i === 1 ? ['secretary'] : ['member']);
  const memberId = (i: number) => `member-${String(i).padStart(4, '0')}`;
  const writers = ids.slice(0, 8).map((identity) => new GroupReplica(s, identity, link));
  const [anne, sophie] = writers as [GroupReplica, GroupReplica];
  let clock = Date.UTC(2017, 8, 1);
  const now = () => new Date((clock += 3_600_000)).toISOString();
  // What every writer wrote, in order, and how far each replica has read it (a folder seen by all).
  const written: GroupEnvelopeFile[] = [];
  const cursor = new Map<GroupReplica, number>();
  const catchUp = (r: GroupReplica) => {
    const from = cursor.get(r) ?? 0;
    if (from < written.length) r.receive(written.slice(from).map((file) => ({ file, verified: true })));
    cursor.set(r, written.length);
  };
  for (const w of writers) {
    const write = w.write.bind(w);
    // Each writer has read everything before it writes: no concurrent changes, so building stays linear.
    w.write = (ops, at) => {
      catchUp(w);
      const file = write(ops, at);
      written.push(file);
      cursor.set(w, written.length);
      return file;
    };
  }
  const syncFrom = (_from: GroupReplica, to: GroupReplica[]) => to.forEach(catchUp);
  const everyoneElse = (r: GroupReplica) => writers.filter((w) => w !== r);

  anne.write(foundingOps('Groupe de concertation du banc d’essai', memberId(0), profile(0, ['coordinator'])), now());
  for (let i = 1; i < 30; i++) anne.write([admitOp(memberId(i), profile(i, roles(i)), ids[i]!)], now());
  syncFrom(anne, everyoneElse(anne));

  let sessions = 0;
  let year = 0;
  const total = () => anne.log.size;
  while (total() < changes) {
    if (sessions % 30 === 0) {
      // A charter version a "year", signed by every active writer.
      anne.write([publishCharterOp(`charter-${year}`, `Charte ${2017 + year}`, `Texte de la charte, version ${year + 1}.\n`, `${2017 + year}-09-01`)], now());
      syncFrom(anne, everyoneElse(anne));
      for (const w of writers) {
        w.write([signCharterOp(s, w, ['secret', 'pv'], now())], now());
        syncFrom(w, everyoneElse(w));
      }
      year += 1;
    }
    const sessionId = `session-${String(sessions).padStart(5, '0')}`;
    const start = new Date(clock + 86_400_000 * 20);
    const end = new Date(start.getTime() + 3 * 3_600_000);
    anne.write([{ type: 'session.schedule', sessionId, title: `Séance ${sessions}`, startsAt: start.toISOString(), endsAt: end.toISOString(), place: 'Wavre', invited: writers.map((_, i) => memberId(i)) }], now());
    syncFrom(anne, everyoneElse(anne));
    for (let p = 2; p < 5; p++) {
      const situationId = `situation-${sessions}-${p}`;
      writers[p]!.write([submitSituationOp(s, writers[p]!, situationId, sessionId, SUMMARY)], now());
      syncFrom(writers[p]!, [anne]);
      anne.write([addToAgendaOp(s, anne, situationId)], now());
    }
    syncFrom(anne, everyoneElse(anne));
    for (let p = 2; p < 5; p++) syncFrom(writers[p]!, everyoneElse(writers[p]!));
    sophie.write([{ type: 'attendance.record', sessionId, present: writers.map((_, i) => memberId(i)) }], now());
    sophie.write([finaliseMinutesOp(s, sophie, sessionId, 1, MINUTES)], now());
    syncFrom(sophie, everyoneElse(sophie));
    for (let r = 2; r < 8; r++) {
      writers[r]!.write([acknowledgeMinutesOp(s, writers[r]!, sessionId, 1)], now());
      syncFrom(writers[r]!, everyoneElse(writers[r]!));
    }
    sessions += 1;
  }
  // The newcomer is admitted last: the new key's body carries every earlier key, so they read it all.
  anne.write([admitOp(memberId(30), profile(30, ['member']), ids[30]!)], now());
  syncFrom(anne, everyoneElse(anne));
  return { groupId, founderKeyId, files: anne.log.files(), newcomer: ids[30]!, writers, sessions };
}

/** Lays the history out as a group folder (plain writes: building it is not what is measured). */
export function writeHistoryFolder(s: Sodium, root: string, history: GroupHistory): void {
  for (const { id, file } of history.files) {
    const target = path.join(root, envelopeRelPath(s, file, id));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, JSON.stringify(file));
  }
}
