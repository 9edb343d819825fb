// Issue 17, the faults a shared folder brings: a file truncated mid-sync, a conflict copy, a file
// removed, an old file replayed, a forged author, an altered body, a clock a year ahead. Each is
// detected, listed, and nothing wrong is applied; what is whole is picked up.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateIdentity } from '../../electron/crypto/identity.js';
import { envelopeId, sealEnvelope } from '../../electron/crypto/groupEnvelope.js';
import { admitOp, foundingOps } from '../../electron/services/group/actions.js';
import { envelopeRelPath, groupRoot } from '../../electron/services/group/folder.js';
import { GroupReplica } from '../../electron/services/group/replica.js';
import { stateDigest } from '../../electron/services/group/state.js';
import { closePeople, linkReplica, person, sodium, syncAll, type Person } from '../helpers/group.js';
import { tempDir } from '../helpers/workspace.js';

const at = (day: number) => new Date(Date.UTC(2027, 1, day, 9)).toISOString();
const schedule = (title: string) => ({ type: 'session.schedule' as const, sessionId: randomUUID(), title, startsAt: at(20), endsAt: at(21), place: 'Ottignies', invited: [] });

describe('faults in the group folder', () => {
  let shared: string;
  let root: string;
  let anne: Person;
  let luc: Person;

  beforeAll(async () => {
    const s = await sodium();
    shared = tempDir('concerto-shared-faults-');
    [anne, luc] = await Promise.all([person('Anne', 'Dupont', ['coordinator']), person('Luc', 'Martin', ['member'])]);
    const link = { groupId: randomUUID(), founderKeyId: anne.session.identity.keyId };
    await linkReplica(anne, link, shared);
    await linkReplica(luc, link, shared);
    anne.replica!.write(foundingOps('Groupe', anne.memberId, anne.profile), at(1));
    anne.replica!.write([admitOp(luc.memberId, luc.profile, luc.session.identity)], at(1));
    syncAll([anne, luc]);
    root = groupRoot(s, shared, link.groupId);
  }, 60_000);

  afterAll(closePeople);

  const pathOf = async (file: Parameters<typeof envelopeId>[1] & { header: { groupId: string } }) => {
    const s = await sodium();
    return path.join(root, envelopeRelPath(s, file as never, envelopeId(s, file)));
  };

  it('a file truncated mid-sync is left aside as incomplete, then picked up once whole', async () => {
    const file = anne.replica!.write([schedule('Séance tronquée')], at(2));
    const full = await pathOf(file);
    const bytes = JSON.stringify(file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, bytes.slice(0, Math.floor(bytes.length / 2)));
    const first = luc.folder!.sync();
    expect(first.problems).toContainEqual({ kind: 'incomplete', relPath: path.relative(root, full) });
    expect(first.received).toBe(0);
    fs.writeFileSync(full, bytes);
    const second = luc.folder!.sync();
    expect(second.received).toBe(1);
    expect(second.problems.filter((p) => p.kind === 'incomplete')).toEqual([]);
    expect(stateDigest(luc.replica!.state)).toBe(stateDigest(anne.replica!.state));
  });

  it('a sync engine’s conflict copy is listed and ignored', async () => {
    const file = anne.replica!.write([schedule('Séance copiée')], at(3));
    anne.folder!.sync();
    const full = await pathOf(file);
    const copy = full.replace(/\.concerto-change$/, '.sync-conflict-20270203-101500-ABCDEFG.concerto-change');
    fs.copyFileSync(full, copy);
    const report = luc.folder!.sync();
    expect(report.problems).toContainEqual({ kind: 'conflict_copy', relPath: path.relative(root, copy) });
    expect(report.received).toBe(1);
    fs.rmSync(copy);
  });

  it('a file removed from the folder is noticed and written back by a replica that holds it', async () => {
    const file = anne.replica!.write([schedule('Séance supprimée')], at(4));
    anne.folder!.sync();
    luc.folder!.sync();
    const full = await pathOf(file);
    fs.rmSync(full);
    const report = luc.folder!.sync();
    expect(report.problems).toContainEqual({ kind: 'removed', relPath: path.relative(root, full) });
    expect(report.written).toBe(1);
    expect(JSON.parse(fs.readFileSync(full, 'utf8'))).toEqual(file);
  });

  it('an old file replayed under another name changes nothing', async () => {
    const s = await sodium();
    const before = stateDigest(luc.replica!.state);
    const old = anne.replica!.log.files()[1]!;
    const replay = path.join(root, path.dirname(envelopeRelPath(s, old.file, old.id)), `0000000099-${'0'.repeat(16)}.concerto-change`);
    fs.writeFileSync(replay, JSON.stringify(old.file));
    const report = luc.folder!.sync();
    expect(report.received).toBe(0);
    expect(stateDigest(luc.replica!.state)).toBe(before);
    fs.rmSync(replay);
  });

  it('a file whose body was altered, or signed by another key than the one it names, is refused as forged', async () => {
    const s = await sodium();
    const genuine = anne.replica!.write([schedule('Séance altérée')], at(5));
    const body = Buffer.from(genuine.body, 'base64');
    body[10]! ^= 1;
    const altered = { ...genuine, body: body.toString('base64') };
    const alteredPath = await pathOf(altered);
    fs.mkdirSync(path.dirname(alteredPath), { recursive: true });
    fs.writeFileSync(alteredPath, JSON.stringify(altered));
    // Mallory names Anne's keys in the header but signs with her own.
    const mallory = generateIdentity(s);
    const forged = sealEnvelope(s, { ...mallory, keyId: anne.session.identity.keyId, signPublicKey: anne.session.identity.signPublicKey, boxPublicKey: anne.session.identity.boxPublicKey }, { groupId: genuine.header.groupId, seq: 99, prev: '0'.repeat(64), keyRef: genuine.header.keyRef }, s.crypto_aead_xchacha20poly1305_ietf_keygen(), '{}');
    const forgedPath = await pathOf(forged);
    fs.writeFileSync(forgedPath, JSON.stringify(forged));
    const report = luc.folder!.sync();
    expect(report.problems).toEqual(expect.arrayContaining([{ kind: 'forged', relPath: path.relative(root, alteredPath) }, { kind: 'forged', relPath: path.relative(root, forgedPath) }]));
    expect([...luc.replica!.state.sessions.values()].map((x) => x.title)).not.toContain('Séance altérée');
    fs.rmSync(alteredPath);
    fs.rmSync(forgedPath);
    anne.folder!.sync();
    luc.folder!.sync();
    expect([...luc.replica!.state.sessions.values()].map((x) => x.title)).toContain('Séance altérée');
  });

  it('a stranger’s key, validly signed, changes nothing: its change is listed as refused', async () => {
    const s = await sodium();
    const stranger = generateIdentity(s);
    // The stranger got hold of a copy of the group key (say, an old laptop): even so, not a member, so refused.
    const keyRef = anne.replica!.state.currentKeyRef!;
    const key = anne.replica!.log.keyFor(keyRef)!;
    const body = { lamport: 1000, deps: [], createdAt: at(6), ops: [admitOp(randomUUID(), luc.profile, stranger)] };
    const file = sealEnvelope(s, stranger, { groupId: anne.replica!.link.groupId, seq: 1, prev: null, keyRef }, key, JSON.stringify(body));
    fs.mkdirSync(path.dirname(await pathOf(file)), { recursive: true });
    fs.writeFileSync(await pathOf(file), JSON.stringify(file));
    luc.folder!.sync();
    expect(luc.replica!.state.refused).toContainEqual(expect.objectContaining({ authorKeyId: stranger.keyId, reason: 'not_a_member' }));
    expect(luc.replica!.state.members.size).toBe(2);
  });

  it('a clock a year ahead is shown as claimed but does not reorder anything', async () => {
    const future = new Date(Date.UTC(2028, 1, 7)).toISOString();
    const ahead = anne.replica!.write([schedule('Séance datée de 2028')], future);
    luc.folder!.sync();
    anne.folder!.sync();
    // A change written after it with a correct clock still comes after it in the order: time claimed is never used to order.
    const reply = anne.replica!.write([schedule('Séance suivante')], at(7));
    anne.folder!.sync();
    luc.folder!.sync();
    const s = await sodium();
    const order = luc.replica!.log.readyChanges().map((c) => c.id);
    const aheadId = envelopeId(s, ahead);
    expect(order.indexOf(aheadId)).toBeGreaterThan(-1);
    expect(order.indexOf(envelopeId(s, reply))).toBeGreaterThan(order.indexOf(aheadId));
    expect(luc.replica!.log.bodyOf(aheadId)!.createdAt).toBe(future);
  });

  it('an author who writes the same sequence number twice (a workspace restored from an older backup) is a fork: listed, and every replica follows the same branch', async () => {
    const s = await sodium();
    const files = anne.replica!.log.files().map(({ file }) => ({ file }));
    // Anne's Concerto as it was before her last change, writing again from there.
    const last = anne.replica!.log.chainOf(anne.session.identity.keyId).at(-1)!;
    const older = new GroupReplica(s, anne.session.identity, anne.replica!.link);
    older.receive(files.filter(({ file }) => envelopeId(s, file) !== last));
    const twin = older.write([schedule('Séance du double')], at(8));
    const a = new GroupReplica(s, luc.session.identity, luc.replica!.link);
    const b = new GroupReplica(s, luc.session.identity, luc.replica!.link);
    a.receive([...files, { file: twin }]);
    b.receive([{ file: twin }]);
    b.receive([...files].reverse());
    expect(a.log.problems).toContainEqual(expect.objectContaining({ kind: 'fork', authorKeyId: anne.session.identity.keyId, seq: twin.header.seq }));
    expect(stateDigest(b.state)).toBe(stateDigest(a.state));
  });

  it('an author folder that has not changed for a while is not listed again; a new file in it is still picked up', async () => {
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const dir of fs.readdirSync(root, { withFileTypes: true, recursive: true })) if (dir.isDirectory()) fs.utimesSync(path.join(dir.parentPath, dir.name), hourAgo, hourAgo);
    luc.folder!.sync(); // lists every author folder once more, and from now on trusts their times
    const quiet = luc.folder!.sync();
    expect(quiet.received).toBe(0);
    anne.replica!.write([schedule('Séance après une longue pause')], at(9));
    anne.folder!.sync();
    const report = luc.folder!.sync();
    expect(report.received).toBe(1);
    expect([...luc.replica!.state.sessions.values()].map((x) => x.title)).toContain('Séance après une longue pause');
  });

  it('a replica fed the folder twice over, in any order, stays the same', async () => {
    const s = await sodium();
    const fresh = new GroupReplica(s, luc.session.identity, luc.replica!.link);
    const files = anne.replica!.log.files().map(({ file }) => ({ file }));
    fresh.receive([...files].reverse());
    fresh.receive(files);
    anne.folder!.sync();
    luc.folder!.sync();
    expect(stateDigest(fresh.state)).toBe(stateDigest(anne.replica!.state));
  });
});
