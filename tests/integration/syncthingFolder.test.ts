// The group folder carried by the REAL Syncthing (issue 17): three instances on 127.0.0.1, one
// shared folder. What the replica core may rely on, and what it must ignore, observed here:
// bytes arrive identical; unique names never conflict; the same name written on two sides leaves a
// `*.sync-conflict-*` copy; a file being transferred lives under `.syncthing.NAME.tmp` until renamed
// into place; a writer that writes in two steps can be seen half-written; a computer that was off
// catches up. Timings are printed (change → arrival, with the watcher and with an explicit scan).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  listFiles,
  saveLogs,
  scanNow,
  startInstance,
  startSyncthingCluster,
  stopCluster,
  stopInstance,
  SYNCTHING_CONFLICT,
  SYNCTHING_TEMP,
  waitConnected,
  waitUntil,
  waitForFile,
  waitInSync,
  writeFile,
  type SyncthingCluster,
  type SyncthingInstance,
} from '../helpers/syncthing.js';


let cluster: SyncthingCluster;
let A: SyncthingInstance;
let B: SyncthingInstance;
let C: SyncthingInstance;

const sha256 = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const readAll = (inst: SyncthingInstance, sub: string) =>
  Object.fromEntries(listFiles(inst, sub).map((f) => [f, sha256(fs.readFileSync(path.join(inst.folderPath, f)))]));

// A start-up failure (Syncthing missing, a port taken) must count as failed tests, not as the
// "skipped" a failing beforeAll leaves in vitest's report: each test rethrows it.
let startError: unknown = null;
const test = (name: string, body: () => Promise<void>) =>
  it(name, async () => {
    if (startError) throw startError;
    await body();
  });

beforeAll(async () => {
  const t0 = performance.now();
  try {
    cluster = await startSyncthingCluster({ count: 3, folderId: 'concerto-group-test' });
  } catch (e) {
    startError = e;
    return;
  }
  [A, B, C] = cluster.instances as [SyncthingInstance, SyncthingInstance, SyncthingInstance];
  console.log(`[syncthing] 3 instances started, introduced and in sync in ${Math.round(performance.now() - t0)} ms`);
});

afterEach((ctx) => {
  if (ctx.task.result?.state === 'fail' && cluster) {
    const dir = path.resolve('test-results', 'syncthing', ctx.task.name.replace(/[^\w-]+/g, '_'));
    saveLogs(cluster, dir);
    console.error(`[syncthing] logs saved in ${dir}`);
  }
});

afterAll(async () => {
  if (cluster) await stopCluster(cluster, { keepRoot: process.env.SYNCTHING_KEEP === '1' }); // keep homes and logs to debug
});

describe('group folder on the real Syncthing (3 instances, 127.0.0.1)', () => {
  test('stays on 127.0.0.1: no discovery, relay, NAT, upgrade, usage or crash report', async () => {
    for (const inst of [A, B, C]) {
      const options = await api<Record<string, unknown>>(inst, 'GET', '/rest/config/options');
      expect(options).toMatchObject({
        listenAddresses: [inst.listenAddress],
        globalAnnounceEnabled: false,
        localAnnounceEnabled: false,
        relaysEnabled: false,
        natEnabled: false,
        urAccepted: -1,
        autoUpgradeIntervalH: 0,
        crashReportingEnabled: false,
      });
      expect(inst.listenAddress).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
      expect(inst.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const status = await api<{ connectionServiceStatus: Record<string, unknown> }>(inst, 'GET', '/rest/system/status');
      expect(Object.keys(status.connectionServiceStatus)).toEqual([inst.listenAddress]);
    }
  });

  test('a file written on A arrives on B and C with identical bytes', async () => {
    const data = crypto.randomBytes(64 * 1024);
    writeFile(A, 'one/envelope-0001.bin', data);
    const [onB, onC] = await Promise.all([
      waitForFile(B, 'one/envelope-0001.bin', { content: data }),
      waitForFile(C, 'one/envelope-0001.bin', { content: data }),
    ]);
    expect(sha256(onB)).toBe(sha256(data));
    expect(sha256(onC)).toBe(sha256(data));
  });

  test('files written at the same time with unique names on all three arrive everywhere, without conflict', async () => {
    const written: Record<string, string> = {};
    for (const inst of [A, B, C]) {
      for (let i = 0; i < 5; i++) {
        const name = `unique/${inst.name}-${i}.bin`;
        const data = crypto.randomBytes(1024 + i);
        writeFile(inst, name, data);
        written[name] = sha256(data);
      }
    }
    await waitInSync(cluster);
    for (const inst of [A, B, C]) expect(readAll(inst, 'unique')).toEqual(written);
  });

  test('the same name written differently on two sides: Syncthing keeps both, the older as *.sync-conflict-*', async () => {
    // Two computers off (their Syncthing stopped) edit the same file; they come back together.
    // (Pausing the devices instead works too, but Syncthing then takes 5 to 25 s to redial.)
    await Promise.all([stopInstance(A), stopInstance(B)]);
    const older = new Date(Date.now() - 60_000);
    writeFile(A, 'conflict/same.json', '{"from":"A"}', older);
    writeFile(B, 'conflict/same.json', '{"from":"B"}');
    const t0 = performance.now();
    await Promise.all([startInstance(A), startInstance(B)]);
    await waitConnected(cluster);
    const t1 = performance.now();
    // The copy is made while pulling, after the indexes already agree: wait for it to be everywhere.
    await waitUntil([A, B, C], 'the conflict copy on every instance', async () => {
      const lists = [A, B, C].map((inst) => listFiles(inst, 'conflict'));
      if (lists.some((l) => !l.some((f) => SYNCTHING_CONFLICT.test(f)))) return `copies: ${JSON.stringify(lists)}`;
      if (lists.some((l) => JSON.stringify(l) !== JSON.stringify(lists[0]))) return `not the same yet: ${JSON.stringify(lists)}`;
      return null;
    });
    await waitInSync(cluster);
    console.log(`[syncthing] conflict: reconnected in ${Math.round(t1 - t0)} ms, in sync ${Math.round(performance.now() - t1)} ms later; ids ${[A, B, C].map((i) => `${i.name}=${i.deviceId.slice(0, 7)}`).join(' ')}`);

    const seen = Object.fromEntries([A, B, C].map((inst) => [inst.name, listFiles(inst, 'conflict')]));
    console.log(`[syncthing] after a conflict on conflict/same.json: ${JSON.stringify(seen)}`);
    for (const inst of [A, B, C]) {
      const files = listFiles(inst, 'conflict');
      const copies = files.filter((f) => SYNCTHING_CONFLICT.test(f));
      expect(files).toContain('conflict/same.json');
      expect(copies.length).toBeGreaterThanOrEqual(1);
      // The newer write (B's) keeps the name; the older (A's) survives in the copy: nothing is lost.
      expect(fs.readFileSync(path.join(inst.folderPath, 'conflict/same.json'), 'utf8')).toBe('{"from":"B"}');
      for (const copy of copies) {
        // The device in the name is the one whose change WON (B), not the author of the copy's bytes.
        expect(copy).toMatch(new RegExp(`^conflict/same\\.sync-conflict-\\d{8}-\\d{6}-${B.deviceId.slice(0, 7)}\\.json$`));
        expect(fs.readFileSync(path.join(inst.folderPath, copy), 'utf8')).toBe('{"from":"A"}');
      }
    }
    expect(listFiles(B, 'conflict')).toEqual(listFiles(A, 'conflict'));
    expect(listFiles(C, 'conflict')).toEqual(listFiles(A, 'conflict'));
  });

  test('a file in transit is under .syncthing.NAME.tmp or absent, never partial under its own name', async () => {
    const data = crypto.randomBytes(24 * 1024 * 1024);
    const dir = path.join(B.folderPath, 'big');
    fs.mkdirSync(dir, { recursive: true });
    const names = new Set<string>();
    let firstSightSha: string | null = null;
    let sawFinal: () => void = () => {};
    const finalSeen = new Promise<void>((resolve) => (sawFinal = resolve));
    // inotify on B's folder: every name that appears, and the content the moment the final name does.
    const watcher = fs.watch(dir, (_event, name) => {
      if (!name || name === 'big') return; // the folder itself (Syncthing copies its metadata too)
      names.add(name);
      if (name === 'payload.bin' && firstSightSha === null && fs.existsSync(path.join(dir, name))) {
        firstSightSha = sha256(fs.readFileSync(path.join(dir, name)));
        sawFinal();
      }
    });
    try {
      writeFile(A, 'big/payload.bin', data);
      await scanNow(A, 'big');
      await waitForFile(B, 'big/payload.bin', { content: data, timeoutMs: 60_000 });
      // The watcher's callback may run after waitForFile saw the file: let it report.
      await Promise.race([finalSeen, new Promise((_, reject) => setTimeout(() => reject(new Error('inotify never reported payload.bin')), 5_000))]);
    } finally {
      watcher.close();
    }
    console.log(`[syncthing] names seen on B while 24 MiB arrived: ${JSON.stringify([...names].sort())}`);
    for (const name of names) expect(name === 'payload.bin' || SYNCTHING_TEMP.test(name)).toBe(true);
    expect(firstSightSha).toBe(sha256(data));
    expect(fs.readdirSync(dir).filter((n) => SYNCTHING_TEMP.test(n))).toEqual([]);
  });

  test('a writer that writes in two steps can be seen half-written under the final name (so write elsewhere, then rename)', async () => {
    const full = crypto.randomBytes(256 * 1024);
    const half = full.subarray(0, full.length / 2);
    const file = path.join(A.folderPath, 'twostep', 'envelope.bin');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, half);
    await scanNow(A, 'twostep');
    const seenHalf = await waitForFile(B, 'twostep/envelope.bin', { content: half });
    expect(seenHalf.length).toBe(half.length);
    fs.appendFileSync(file, full.subarray(half.length));
    await scanNow(A, 'twostep');
    await waitForFile(B, 'twostep/envelope.bin', { content: full });
  });

  test('an instance stopped while the others write catches up when it comes back (and sends what it wrote offline)', async () => {
    await stopInstance(C);
    const written: Record<string, string> = {};
    const put = (inst: SyncthingInstance, name: string) => {
      const data = crypto.randomBytes(4096);
      writeFile(inst, name, data);
      written[name] = sha256(data);
    };
    for (let i = 0; i < 4; i++) {
      put(A, `offline/A-${i}.bin`);
      put(B, `offline/B-${i}.bin`);
      put(C, `offline/C-${i}.bin`); // C's computer is on, its Syncthing is not
    }
    await waitInSync(cluster, { among: [A, B] });
    expect(listFiles(A, 'offline').filter((f) => f.includes('/C-'))).toEqual([]);

    const t0 = performance.now();
    await startInstance(C);
    await waitConnected(cluster);
    await waitInSync(cluster);
    console.log(`[syncthing] C restarted and caught up (8 files in, 4 out) in ${Math.round(performance.now() - t0)} ms`);
    for (const inst of [A, B, C]) expect(readAll(inst, 'offline')).toEqual(written);
  });

  test('change → arrival latency (median over 10 files), with the watcher (1 s delay) and with an explicit scan', async () => {
    const watcher: number[] = [];
    const scanned: number[] = [];
    for (let i = 0; i < 10; i++) {
      const data = crypto.randomBytes(2048);
      const t0 = performance.now();
      writeFile(A, `latency/watch-${i}.bin`, data);
      await Promise.all([B, C].map(async (inst) => {
        await waitForFile(inst, `latency/watch-${i}.bin`, { content: data });
        watcher.push(performance.now() - t0);
      }));
    }
    for (let i = 0; i < 10; i++) {
      const data = crypto.randomBytes(2048);
      const t0 = performance.now();
      writeFile(A, `latency/scan-${i}.bin`, data);
      await scanNow(A, 'latency');
      await Promise.all([B, C].map(async (inst) => {
        await waitForFile(inst, `latency/scan-${i}.bin`, { content: data });
        scanned.push(performance.now() - t0);
      }));
    }
    const fmt = (xs: number[]) => `median ${Math.round(median(xs))} ms (min ${Math.round(Math.min(...xs))}, max ${Math.round(Math.max(...xs))}, n=${xs.length})`;
    console.log(`[syncthing] change → arrival on B and C, file watcher (fsWatcherDelayS 1): ${fmt(watcher)}`);
    console.log(`[syncthing] change → arrival on B and C, explicit POST /rest/db/scan: ${fmt(scanned)}`);
    expect(median(watcher)).toBeLessThan(10_000);
    expect(median(scanned)).toBeLessThan(5_000);
  });
});
