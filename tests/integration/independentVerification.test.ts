// docs/formats.md is enough: a minutes file is opened with an attendee's passphrase, a backup and the
// log of irreversible events are checked, following only the document, with Node's crypto, sodium-native and canonicalize.
// Concerto's code only PRODUCES the files (the demo script, then the router); the verifying half
// below imports nothing of ours (see `verify*`: no import from electron/, db/ or contract/).
import { spawnSync } from 'node:child_process';
import { createHash, createHmac, createPublicKey, verify } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import canonicalize from 'canonicalize';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTrackedRouters, newRouter, tempDir, unwrap } from '../helpers/workspace.js';

const sodium = createRequire(import.meta.url)('sodium-native') as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let dir: string;
let coordination: { username: string; passphrase: string };
let secretary: { username: string; passphrase: string };
let minutesFile: string;
let backupFile: string;
let departedId: string;

beforeAll(async () => {
  // ── Production, with Concerto ──
  dir = path.join(tempDir('concerto-independent-'), 'demo');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', dir], { encoding: 'utf8', timeout: 200_000 });
  expect(run.status).toBe(0);
  coordination = { username: 'coordination', passphrase: /Compte : coordination — phrase de passe : (\S+)/.exec(run.stdout)![1]! };
  const sec = /Compte : (\S+) \(secrétariat, a rédigé le PV du (\d{4}-\d{2}-\d{2})\) — phrase de passe : (\S+)/.exec(run.stdout)!;
  secretary = { username: sec[1]!, passphrase: sec[3]! };
  const { router } = newRouter(dir);
  const status = unwrap(await router.handle('app.status', {})) as { accounts: Array<{ id: string; username: string }> };
  const idOf = (u: string) => status.accounts.find((a) => a.username === u)!.id;
  const session = unwrap(await router.handle('session.unlock', { accountId: idOf(secretary.username), passphrase: secretary.passphrase })) as { memberId: string };
  const sessions = unwrap(await router.handle('sessions.list', {})) as Array<{ id: string; date: string }>;
  const held = sessions.find((x) => x.date === sec[2])!;
  const sent = unwrap(await router.handle('minutes.distribute', { sessionId: held.id, version: 1, memberId: session.memberId, channel: 'file' })) as {
    file: { fileName: string; base64: string };
  };
  expect(sent.file.fileName).toMatch(/\.concerto-pv$/);
  minutesFile = path.join(tempDir('concerto-pv-'), sent.file.fileName);
  fs.writeFileSync(minutesFile, Buffer.from(sent.file.base64, 'base64'));
  unwrap(await router.handle('session.unlock', { accountId: idOf(coordination.username), passphrase: coordination.passphrase }));
  const backup = unwrap(await router.handle('backup.create', {})) as { name: string };
  backupFile = path.join(dir, 'backups', backup.name);
  // Irreversible events for the log beside the key file: a member leaves, comes back.
  const today = new Date().toISOString().slice(0, 10);
  const departed = unwrap(
    await router.handle('members.create', {
      firstName: 'Noé', lastName: 'Départ', organisation: 'AMO Le Pas', serviceType: 'amo', function: 'Éducateur', email: '', phone: '', town: 'Wavre',
      secrecyStatus: 'professional_secret', isReferent: false, activeFrom: '2026-01-01', activeUntil: null,
    }),
  ) as { id: string };
  departedId = departed.id;
  unwrap(await router.handle('members.deactivate', { id: departedId, until: today, reason: '' }));
  unwrap(await router.handle('members.reactivate', { id: departedId }));
  await router.lockNow();
}, 300_000);
afterAll(closeTrackedRouters);

// ── Verification, from docs/formats.md only ──

const b64 = (text: string) => Buffer.from(text, 'base64');

/** Key file, steps 1–5: the database key and, for an account slot, the identity's secret keys. */
function openSlot(keyFile: any, username: string, passphrase: string): { dbKey: Buffer; decryptIdentity(keyId: string): Buffer } {
  const slot = keyFile.slots.find((x: any) => x.kind === 'account' && x.username === username);
  const master = Buffer.alloc(32);
  sodium.crypto_pwhash(master, Buffer.from(passphrase.normalize('NFC'), 'utf8'), b64(slot.kdf.salt), slot.kdf.opsLimit, slot.kdf.memLimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
  const slotKey = Buffer.alloc(32);
  const identityKey = Buffer.alloc(32);
  sodium.crypto_kdf_derive_from_key(slotKey, 1, Buffer.from('ctoslot_'), master);
  sodium.crypto_kdf_derive_from_key(identityKey, 2, Buffer.from('ctoident'), master);
  const decrypt = (blob: { nonce: string; ciphertext: string }, key: Buffer, ad: string) => {
    const c = b64(blob.ciphertext);
    const m = Buffer.alloc(c.length - sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES);
    sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(m, null, c, Buffer.from(ad, 'utf8'), b64(blob.nonce), key);
    return m;
  };
  const k = slot.kdf;
  const dbKey = decrypt(slot.wrappedKey, slotKey, `concerto.keyslot.v1|${keyFile.workspaceId}|${slot.id}|account|${slot.accountId}|${k.alg}|${k.opsLimit}|${k.memLimit}|${k.salt}`);
  // The identity's key id is not in the key file: it is the one the minutes file names for its recipient.
  const decryptIdentity = (keyId: string) => decrypt(slot.identity, identityKey, `concerto.identity.v1|${keyFile.workspaceId}|${slot.accountId}|${keyId}`);
  return { dbKey, decryptIdentity };
}

const ed25519 = (publicKey: Buffer) => createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey.toString('base64url') }, format: 'jwk' });

describe('independent verification from docs/formats.md', () => {
  it('opens the minutes file with the attendee’s passphrase, after checking its signatures', () => {
    const envelope = JSON.parse(fs.readFileSync(minutesFile, 'utf8'));
    const c = envelope.content;
    expect([envelope.format, envelope.version]).toEqual(['concerto.minutes', 1]);
    const authorKey = b64(c.author.identity.signPublicKey);
    // Key id: BLAKE2b-128 of signPublicKey ‖ boxPublicKey.
    const keyId = Buffer.alloc(16);
    sodium.crypto_generichash(keyId, Buffer.concat([authorKey, b64(c.author.identity.boxPublicKey)]));
    expect(keyId.toString('hex')).toBe(c.author.identity.keyId);
    expect(verify(null, Buffer.from(canonicalize(c)!, 'utf8'), ed25519(authorKey), b64(envelope.signature))).toBe(true);
    expect(verify(null, Buffer.from(canonicalize(c.manifest)!, 'utf8'), ed25519(authorKey), b64(c.manifestSignature))).toBe(true);
    const hash = Buffer.alloc(32);
    sodium.crypto_generichash(hash, b64(c.ciphertext));
    expect(hash.toString('hex')).toBe(c.manifest.ciphertextHash);

    const keyFile = JSON.parse(fs.readFileSync(path.join(dir, 'concerto.keys.json'), 'utf8'));
    const secrets = openSlot(keyFile, secretary.username, secretary.passphrase).decryptIdentity(c.recipient.keyId);
    expect(secrets.length).toBe(96);
    const boxSecret = secrets.subarray(64);
    const boxPublic = Buffer.alloc(32);
    sodium.crypto_scalarmult_base(boxPublic, boxSecret);
    const contentKey = Buffer.alloc(32);
    expect(sodium.crypto_box_seal_open(contentKey, b64(c.sealedKey), boxPublic, boxSecret)).toBe(true);
    const ciphertext = b64(c.ciphertext);
    const plain = Buffer.alloc(ciphertext.length - 16);
    const ad = `concerto.minutes.v1|${JSON.stringify([c.workspaceId, c.session.id, c.minutesVersion])}`;
    sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(plain, null, ciphertext, Buffer.from(ad, 'utf8'), b64(c.nonce), contentKey);
    const document = JSON.parse(plain.toString('utf8'));
    expect(document).toMatchObject({ format: 'concerto.minutes-document', version: 1, header: { sessionDate: c.session.date } });
    expect(document.header.present.length).toBeGreaterThan(0);
    expect(document.body).toMatch(/Tour de table/);
  });

  it('checks a backup: its manifest MAC and the hash of every entry', () => {
    const files = tempDir('concerto-independent-backup-');
    tar.x({ file: backupFile, cwd: files, sync: true });
    const manifestBytes = fs.readFileSync(path.join(files, 'manifest.json'));
    const keyFile = JSON.parse(fs.readFileSync(path.join(files, 'concerto.keys.json'), 'utf8'));
    const { dbKey } = openSlot(keyFile, coordination.username, coordination.passphrase);
    const manifestKey = createHmac('sha256', dbKey).update('concerto.backup.manifest-key.v1', 'utf8').digest();
    expect(createHmac('sha256', manifestKey).update(manifestBytes).digest('hex')).toBe(fs.readFileSync(path.join(files, 'manifest.mac'), 'utf8'));
    const manifest = JSON.parse(manifestBytes.toString('utf8'));
    expect(manifest).toMatchObject({ format: 'concerto.backup', kind: 'manual', workspaceId: keyFile.workspaceId });
    for (const [name, hash] of Object.entries(manifest.sha256)) expect(createHash('sha256').update(fs.readFileSync(path.join(files, name))).digest('hex'), name).toBe(hash);
    // An edited manifest no longer matches its MAC.
    const edited = Buffer.from(manifestBytes.toString('utf8').replace('"manual"', '"auto"'));
    expect(createHmac('sha256', manifestKey).update(edited).digest('hex')).not.toBe(fs.readFileSync(path.join(files, 'manifest.mac'), 'utf8'));
  });

  it('checks the log of irreversible events beside the key file: its MAC over the canonical JSON, its events', () => {
    const log = JSON.parse(fs.readFileSync(path.join(dir, 'concerto.irreversible.json'), 'utf8'));
    const keyFile = JSON.parse(fs.readFileSync(path.join(dir, 'concerto.keys.json'), 'utf8'));
    expect(Object.keys(log).sort()).toEqual(['events', 'format', 'mac', 'version', 'workspaceId']);
    expect(log).toMatchObject({ format: 'concerto.irreversible', version: 1, workspaceId: keyFile.workspaceId });
    expect(log.mac).toMatch(/^[0-9a-f]{64}$/);
    const { dbKey } = openSlot(keyFile, coordination.username, coordination.passphrase);
    const logKey = createHmac('sha256', dbKey).update('concerto.irreversible.log-key.v1', 'utf8').digest();
    const macOf = (events: unknown) => createHmac('sha256', logKey).update(canonicalize({ format: log.format, version: log.version, workspaceId: log.workspaceId, events })!, 'utf8').digest('hex');
    expect(macOf(log.events)).toBe(log.mac);
    // The events as documented: oldest first, strings only, `until` a day for a departure.
    const mine = log.events.filter((e: { id: string }) => e.id === departedId);
    expect(mine.map((e: { kind: string }) => e.kind)).toEqual(['member.deactivate', 'member.reactivate']);
    expect(Object.keys(mine[0]).sort()).toEqual(['at', 'id', 'kind', 'until']);
    expect(mine[0].until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(mine[1]).sort()).toEqual(['at', 'id', 'kind']);
    for (const e of log.events) expect(e.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    // Removing the departure, or the MAC over the file's bytes instead of the canonical JSON, does not match.
    expect(macOf(log.events.filter((e: { kind: string }) => e.kind !== 'member.deactivate'))).not.toBe(log.mac);
    const fileBytes = fs.readFileSync(path.join(dir, 'concerto.irreversible.json'));
    expect(createHmac('sha256', logKey).update(fileBytes).digest('hex')).not.toBe(log.mac);
  });
});
