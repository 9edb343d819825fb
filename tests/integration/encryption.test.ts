// Security claims on real files: no plaintext anywhere, errors that name the real problem, nothing overwritten.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppStatus } from '../../contract/types/app.js';
import { closeTrackedRouters, createdWorkspace, folderBytes, newRouter, PASSPHRASE, sampleMember, tempDir, unwrap } from '../helpers/workspace.js';

afterEach(closeTrackedRouters);

const MARKER = 'ZQXMARKER7731';

function containsMarker(bytes: Buffer): boolean {
  // Plain UTF-8 and UTF-16LE, the encodings SQLite could have used.
  return bytes.includes(Buffer.from(MARKER, 'utf8')) || bytes.includes(Buffer.from(MARKER, 'utf16le'));
}

describe('encryption at rest', () => {
  it('keeps a marker stored in a member name out of the database, WAL, SHM and key file bytes', async () => {
    const { router, dir } = await createdWorkspace();
    unwrap(await router.handle('members.create', { ...sampleMember, lastName: MARKER, town: MARKER }));
    // While open: the change sits in the WAL.
    const open = folderBytes(dir);
    expect([...open.keys()]).toEqual(expect.arrayContaining(['concerto.db', 'concerto.db-wal', 'concerto.db-shm', 'concerto.keys.json']));
    expect(open.get('concerto.db-wal')!.length).toBeGreaterThan(0);
    for (const [name, bytes] of open) expect(containsMarker(bytes), `${name} while open`).toBe(false);
    // After lock (checkpoint): in the main file.
    await router.lockNow();
    for (const [name, bytes] of folderBytes(dir)) expect(containsMarker(bytes), `${name} after lock`).toBe(false);
    // Control: the same write to an unencrypted file does show the marker, so the check can fail.
    const control = path.join(tempDir(), 'control.db');
    const plain = new Database(control);
    plain.exec('create table t(x text)');
    plain.prepare('insert into t values (?)').run(MARKER);
    plain.close();
    expect(containsMarker(fs.readFileSync(control))).toBe(true);
  });

  it('keeps the files readable by their owner only', async () => {
    const { router, dir } = await createdWorkspace();
    await router.lockNow();
    for (const name of ['concerto.db', 'concerto.keys.json']) expect(fs.statSync(path.join(dir, name)).mode & 0o077, name).toBe(0);
  });

  it('cannot be read by plain SQLite or with another key', async () => {
    const { router, dir } = await createdWorkspace();
    await router.lockNow();
    const plain = new Database(path.join(dir, 'concerto.db'), { readonly: true });
    expect(() => plain.prepare('select * from sqlite_master').all()).toThrow(/not a database/);
    plain.close();
  });
});

describe('distinct, non-destructive errors', () => {
  it('reports a missing key file', async () => {
    const { router, dir } = await createdWorkspace();
    await router.lockNow();
    fs.renameSync(path.join(dir, 'concerto.keys.json'), path.join(dir, 'elsewhere.json'));
    const status = unwrap(await router.handle('app.status', {})) as AppStatus;
    expect(status.workspace).toBe('problem');
    expect(status.problem?.code).toBe('KEYFILE_MISSING');
    expect(status.problem?.message).toMatch(/fichier de clés/);
  });

  it('reports a corrupted key file and leaves it as it was', async () => {
    const { router, dir, accountId } = await createdWorkspace();
    await router.lockNow();
    const file = path.join(dir, 'concerto.keys.json');
    const damaged = fs.readFileSync(file, 'utf8').slice(0, 200);
    fs.writeFileSync(file, damaged);
    const before = folderBytes(dir);
    const status = unwrap(await router.handle('app.status', {})) as AppStatus;
    expect(status.problem?.code).toBe('KEYFILE_CORRUPT');
    const unlock = await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE });
    expect(unlock.ok ? 'ok' : unlock.error.code).toBe('KEYFILE_CORRUPT');
    for (const [name, bytes] of before) expect(folderBytes(dir).get(name)!.equals(bytes)).toBe(true);
  });

  it('reports a tampered key slot as a wrong passphrase, without writing', async () => {
    const { router, dir, accountId } = await createdWorkspace();
    await router.lockNow();
    const file = path.join(dir, 'concerto.keys.json');
    const keys = JSON.parse(fs.readFileSync(file, 'utf8'));
    const ct = Buffer.from(keys.slots[0].wrappedKey.ciphertext, 'base64');
    ct[0] = ct[0]! ^ 1;
    keys.slots[0].wrappedKey.ciphertext = ct.toString('base64');
    fs.writeFileSync(file, JSON.stringify(keys));
    const unlock = await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE });
    expect(unlock.ok ? 'ok' : unlock.error.code).toBe('WRONG_PASSPHRASE');
  });

  it('reports a database that is not ours (another workspace, or garbage) and does not touch it', async () => {
    const a = await createdWorkspace();
    const b = await createdWorkspace();
    await a.router.lockNow();
    await b.router.lockNow();
    // B's database beside A's key file: A's key cannot read it.
    fs.copyFileSync(path.join(b.dir, 'concerto.db'), path.join(a.dir, 'concerto.db'));
    const before = fs.readFileSync(path.join(a.dir, 'concerto.db'));
    const result = await a.router.handle('session.unlock', { accountId: a.accountId, passphrase: PASSPHRASE });
    expect(result.ok ? 'ok' : result.error.code).toBe('DATABASE_UNREADABLE');
    expect(fs.readFileSync(path.join(a.dir, 'concerto.db')).equals(before)).toBe(true);
    // A truncated file.
    fs.writeFileSync(path.join(a.dir, 'concerto.db'), before.subarray(0, 1000));
    const truncated = await a.router.handle('session.unlock', { accountId: a.accountId, passphrase: PASSPHRASE });
    expect(truncated.ok ? 'ok' : truncated.error.code).toBe('DATABASE_UNREADABLE');
  });

  it('reports a missing database beside an existing key file', async () => {
    const { router, dir, accountId } = await createdWorkspace();
    await router.lockNow();
    fs.rmSync(path.join(dir, 'concerto.db'));
    const result = await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE });
    expect(result.ok ? 'ok' : result.error.code).toBe('DATABASE_MISSING');
    expect(fs.existsSync(path.join(dir, 'concerto.db'))).toBe(false);
  });

  it('refuses a database from a newer Concerto without migrating it', async () => {
    const { router, dir, accountId } = await createdWorkspace();
    // Simulate a future version's schema: a higher user_version and one table this version does not know.
    const fresh = newRouter(dir).router;
    const session = await import('../../electron/services/workspace.js');
    await router.lockNow();
    const opened = await session.unlockWithPassphrase(dir, accountId, PASSPHRASE, { migrationsDir: path.resolve('db/migrations') });
    opened.ws.sqlite.exec('create table future_feature(x)');
    opened.ws.sqlite.pragma('user_version = 999');
    await session.endSession(opened);
    const result = await fresh.handle('session.unlock', { accountId, passphrase: PASSPHRASE });
    expect(result.ok ? 'ok' : result.error.code).toBe('SCHEMA_TOO_NEW');
    expect(result.ok ? '' : result.error.message).toMatch(/version plus récente/);
  });
});
