// Backups on real encrypted workspaces: one file, encrypted with the same key, verified, named after
// the group and the date; automatic on lock; status for the home card.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEncrypted } from '../../db/connection.js';
import type { Member } from '../../contract/types/app.js';
import type { BackupStatus, BackupSummary, CreatedBackupInfo } from '../../contract/types/safety.js';
import type { Router } from '../../electron/api/router.js';
import { backupFiles, dbKeyOf, extractTo, tarEntries } from '../helpers/safety.js';
import { AUTO_BACKUP_MIN_INTERVAL_MINUTES } from '../../electron/services/safety/backup.js';
import fr from '../../resources/locales/fr/safety.json' with { type: 'json' };
import { closeTrackedRouters, createdWorkspace, PASSPHRASE, sampleMember, testClock, unwrap } from '../helpers/workspace.js';

const MARKER = 'Zéphyrin-Marqueur-Clair';

let router: Router;
let dir: string;
let accountId: string;
// The router's own clock, moved by hand: automatic backups keep a pace, and a test does not sleep.
const time = testClock();

beforeAll(async () => {
  ({ router, dir, accountId } = await createdWorkspace({ clock: time.clock }));
  unwrap(await router.handle('members.create', { ...sampleMember, lastName: MARKER }));
});
afterAll(closeTrackedRouters);

describe('backup.create', () => {
  let created: CreatedBackupInfo;
  let file: string;

  beforeAll(async () => {
    created = unwrap(await router.handle('backup.create', {})) as CreatedBackupInfo;
    file = path.join(dir, 'backups', created.name);
  });

  it('writes one tar named after the group and the date, holding the database, the key file and a manifest', () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
    expect(created.name).toMatch(new RegExp(`^concerto-concertation-brabant-wallon-${today}-\\d{6}\\.tar$`));
    expect(created).toMatchObject({ kind: 'manual', verified: true });
    expect(tarEntries(file)).toEqual(['concerto.db', 'concerto.keys.json', 'manifest.json', 'manifest.mac']);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    // No scratch files left behind.
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('is encrypted with the workspace key and holds no plaintext', async () => {
    const out = extractTo(file);
    const bytes = fs.readFileSync(path.join(out, 'concerto.db'));
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(fs.readFileSync(path.join(out, 'concerto.keys.json')).equals(fs.readFileSync(path.join(dir, 'concerto.keys.json')))).toBe(true);
    const key = await dbKeyOf(out, 'anne', PASSPHRASE);
    const copy = openEncrypted(path.join(out, 'concerto.db'), key, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const row = copy.prepare('select last_name from members where last_name = ?').get(MARKER) as { last_name: string } | undefined;
      expect(row?.last_name).toBe(MARKER);
      expect((copy.prepare('select count(*) as n from members').get() as { n: number }).n).toBe(created.counts.members);
    } finally {
      copy.close();
    }
  });

  it('is listed, downloadable, and reported by backup.status as recent', async () => {
    const list = unwrap(await router.handle('backup.list', {})) as BackupSummary[];
    expect(list.map((b) => b.name)).toContain(created.name);
    const download = unwrap(await router.handle('backup.download', { name: created.name })) as { fileName: string; contentBase64: string };
    expect(Buffer.from(download.contentBase64, 'base64').equals(fs.readFileSync(file))).toBe(true);
    const status = unwrap(await router.handle('backup.status', {})) as BackupStatus;
    expect(status).toMatchObject({ stale: false, keepLast: 10 });
    expect(status.lastVerified?.name).toBe(created.name);
  });

  it('refuses a path or an unknown name for download', async () => {
    for (const name of ['../concerto.keys.json', '/etc/passwd', 'concerto-x-2026-01-01-000000.tar']) {
      const result = await router.handle('backup.download', { name });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['VALIDATION', 'BACKUP_NOT_FOUND']).toContain(result.error.code);
    }
  });
});

describe('automatic backups', () => {
  it('are made on lock when something changed, not when nothing did', async () => {
    const before = backupFiles(dir);
    unwrap(await router.handle('members.create', { ...sampleMember, lastName: 'Avant-verrouillage' }));
    await router.lockNow();
    const afterFirst = backupFiles(dir);
    expect(afterFirst.length).toBe(before.length + 1);
    const newest = afterFirst.find((n) => !before.includes(n))!;
    expect(newest).toMatch(/\.tar$/);

    unwrap(await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE }));
    await router.lockNow();
    expect(backupFiles(dir)).toEqual(afterFirst);
    unwrap(await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE }));
    const list = unwrap(await router.handle('backup.list', {})) as BackupSummary[];
    expect(list.find((b) => b.name === newest)?.kind).toBe('auto');
  });

  it('keep their pace: two locks within the interval make one backup, one after it makes another with every change', async () => {
    const unlock = async () => unwrap(await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE }));
    expect(AUTO_BACKUP_MIN_INTERVAL_MINUTES).toBe(60);
    // Settings says the pace in words: they follow the constant.
    expect(fr.backup.pace).toContain('au plus une par heure');

    // The previous test's lock made an automatic backup "now". A change, a lock at once: none.
    const start = backupFiles(dir);
    unwrap(await router.handle('members.create', { ...sampleMember, lastName: 'Rafale-Un' }));
    await router.lockNow();
    expect(backupFiles(dir)).toEqual(start);
    // Another change, a lock 59 minutes after that backup: still none.
    await unlock();
    unwrap(await router.handle('members.create', { ...sampleMember, lastName: 'Rafale-Deux' }));
    time.advanceMinutes(AUTO_BACKUP_MIN_INTERVAL_MINUTES - 1);
    await router.lockNow();
    expect(backupFiles(dir)).toEqual(start);
    // Two minutes later, past the hour: one backup, holding both changes made meanwhile.
    await unlock();
    time.advanceMinutes(2);
    await router.lockNow();
    const after = backupFiles(dir);
    expect(after).toHaveLength(start.length + 1);
    const made = after.find((n) => !start.includes(n))!;
    const out = extractTo(path.join(dir, 'backups', made));
    const copy = openEncrypted(path.join(out, 'concerto.db'), await dbKeyOf(out, 'anne', PASSPHRASE), { readonly: true });
    try {
      const names = (copy.prepare("select last_name as n from members where last_name like 'Rafale-%' order by last_name").all() as Array<{ n: string }>).map((r) => r.n);
      expect(names).toEqual(['Rafale-Deux', 'Rafale-Un']);
    } finally {
      copy.close();
    }
    // A clock set back two hours (before that backup) does not stop backups until it catches up.
    await unlock();
    unwrap(await router.handle('members.create', { ...sampleMember, lastName: 'Horloge-Reculee' }));
    time.advanceMinutes(-120);
    await router.lockNow();
    expect(backupFiles(dir)).toHaveLength(after.length + 1);
    time.advanceMinutes(120);
    await unlock();
  });

  it('follows the keep-last setting (coordinator only, 1 to 100)', async () => {
    const bad = await router.handle('backup.setKeepLast', { keepLast: 0 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues?.[0]?.message).toBe('validation.keepLastRange');
    const status = unwrap(await router.handle('backup.setKeepLast', { keepLast: 2 })) as BackupStatus;
    expect(status.keepLast).toBe(2);
    for (let i = 0; i < 3; i += 1) {
      unwrap(await router.handle('members.create', { ...sampleMember, lastName: `Rotation-${i}` }));
      time.advanceMinutes(AUTO_BACKUP_MIN_INTERVAL_MINUTES + 1);
      await router.lockNow();
      unwrap(await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE }));
    }
    // All made today: the last two, plus this month's newest (one of them) — so two remain.
    expect(backupFiles(dir)).toHaveLength(2);
    const members = unwrap(await router.handle('members.list', {})) as Member[];
    expect(members.some((m) => m.lastName === 'Rotation-2')).toBe(true);
  });

  it('clears the scratch files of a backup that was killed halfway', async () => {
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(path.join(backups, '.staging-killed'));
    fs.writeFileSync(path.join(backups, '.concerto-x-2026-01-01-000000.tar.tmp'), 'half');
    const fresh = path.join(backups, '.staging-in-progress');
    fs.mkdirSync(fresh);
    const anHourAgo = new Date(Date.now() - 3600_000);
    for (const name of ['.staging-killed', '.concerto-x-2026-01-01-000000.tar.tmp']) fs.utimesSync(path.join(backups, name), anHourAgo, anHourAgo);
    unwrap(await router.handle('backup.create', {}));
    // A scratch folder younger than a minute may belong to something in progress: left alone.
    expect(fs.existsSync(fresh)).toBe(true);
    fs.rmdirSync(fresh);
    expect(fs.readdirSync(backups).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('are made on quit too (the router closes through the same lock)', async () => {
    unwrap(await router.handle('members.create', { ...sampleMember, lastName: 'Avant-fermeture' }));
    const before = unwrap(await router.handle('backup.list', {})) as BackupSummary[];
    time.advanceMinutes(AUTO_BACKUP_MIN_INTERVAL_MINUTES + 1);
    await router.close();
    // Locked now: the locked screen's own list (backup.list is for an unlocked coordinator).
    const after = unwrap(await router.handle('restore.stored', {})) as BackupSummary[];
    // keep-last is 2 here: the newest is a new automatic backup, the oldest went.
    expect(before.map((b) => b.name)).not.toContain(after[0]?.name);
    expect(after[0]?.kind).toBe('auto');
  });
});
