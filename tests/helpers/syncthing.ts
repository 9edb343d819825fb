// Real Syncthing instances on 127.0.0.1 for the group-folder tests (issue 17): each in its own temp
// home, introduced to each other through the REST API, sharing one folder. Nothing reaches the
// network or the user's own Syncthing: HOME is the temp home, the options that talk to the outside
// (discovery, relays, NAT, upgrades, usage and crash reports) are off in config.xml BEFORE the
// first start, and every address is 127.0.0.1. Waiting is done on Syncthing's event stream
// (`/rest/events` long-poll), never on fixed sleeps.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const SYNCTHING = process.env.SYNCTHING_BIN ?? 'syncthing';
export const SYNCTHING_HELP =
  'Syncthing est introuvable / Syncthing not found: `apt-get install -y syncthing` (Debian), or set SYNCTHING_BIN.';

/** Where Syncthing writes a file it is receiving, before renaming it into place (ignored by Syncthing itself). */
export const SYNCTHING_TEMP = /(^|\/)\.syncthing\.[^/]+\.tmp$/;
/** The copy Syncthing keeps of the losing side of a conflict: `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.EXT`. */
export const SYNCTHING_CONFLICT = /\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}(\.[^/]*)?$/;

export interface SyncthingInstance {
  /** "A", "B", "C"… in the order of creation. */
  readonly name: string;
  /** Syncthing's own home (config.xml, keys, database, syncthing.log); also the process's HOME. */
  readonly home: string;
  /** The shared folder's path on this "computer". */
  readonly folderPath: string;
  readonly deviceId: string;
  /** `http://127.0.0.1:PORT` (GUI and REST). */
  readonly apiUrl: string;
  readonly apiKey: string;
  /** `tcp://127.0.0.1:PORT`, the sync protocol's listener that the peers dial. */
  readonly listenAddress: string;
  readonly logFile: string;
  /** The shared folder's Syncthing id (the same on every instance). */
  readonly folderId: string;
}

export interface SyncthingCluster {
  readonly folderId: string;
  /** Temp folder holding every instance's home and folder; removed by stopCluster. */
  readonly root: string;
  readonly instances: readonly SyncthingInstance[];
}

export interface ClusterOptions {
  count: number;
  folderId: string;
  /** The file watcher's delay before it triggers a scan (Syncthing's default is 10 s). */
  fsWatcherDelayS?: number;
  /** Full rescan interval, the safety net behind the watcher (Syncthing's default is 3600 s). */
  rescanIntervalS?: number;
  /** Overall budget for starting, introducing and first sync. */
  timeoutMs?: number;
}

// ---------------------------------------------------------------------------------------------
// REST responses (only the fields the harness reads).

interface SyncthingEvent {
  id: number;
  type: string;
  time: string;
  data: unknown;
}

interface SystemStatus {
  myID: string;
  connectionServiceStatus: Record<string, { error: string | null; lanAddresses: string[] | null }>;
}

interface Connections {
  connections: Record<string, { connected: boolean; paused: boolean; address: string }>;
}

export interface FolderStatus {
  state: string;
  stateChanged: string;
  errors: number;
  pullErrors: number;
  needTotalItems: number;
  needBytes: number;
  globalFiles: number;
  globalDirectories: number;
  globalDeleted: number;
  globalBytes: number;
  localFiles: number;
  localDirectories: number;
  localBytes: number;
  sequence: number;
}

export interface Completion {
  completion: number;
  globalBytes: number;
  needBytes: number;
  needItems: number;
  needDeletes: number;
  /** Since Syncthing 1.20 ("valid" once the peer shares the folder); absent in Debian 12's 1.19. */
  remoteState?: string;
}

// ---------------------------------------------------------------------------------------------
// Process bookkeeping: every child is tracked so that it is killed whatever happens.

interface Runtime {
  child: ChildProcess | null;
  exited: Promise<void>;
  log: fs.WriteStream | null;
}

const runtimes = new Map<SyncthingInstance, Runtime>();
const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort if a test file ends without stopCluster (crash, timeout): the 'exit' handler is
  // synchronous, SIGKILL is what can be sent from there.
  process.once('exit', () => {
    for (const child of liveChildren) child.kill('SIGKILL');
  });
}

// setpriv --pdeathsig KILL makes the kernel kill Syncthing if the test process itself dies
// (SIGKILL, OOM), where no JavaScript cleanup can run. util-linux has it on Debian.
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => fs.existsSync(p)) ?? null;

function env(home: string): NodeJS.ProcessEnv {
  // A small, explicit environment: nothing of the user's Syncthing variables or config leaks in.
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    TMPDIR: os.tmpdir(),
    LANG: 'C.UTF-8',
    STNODEFAULTFOLDER: '1',
    STNOUPGRADE: '1',
    STNORESTART: '1',
    // 1.19 forks a monitor process even with --no-restart; this variable is how the monitor tells
    // its child to be the real Syncthing. Set here, the process we spawn IS Syncthing: one pid to
    // stop, and the parent-death signal below reaches it.
    STMONITORED: 'yes',
  };
}

function run(home: string, args: string[]): string {
  const result = spawnSync(SYNCTHING, args, { env: env(home), encoding: 'utf8', timeout: 30_000 });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? SYNCTHING_HELP : `syncthing ${args.join(' ')}: ${result.error.message}`);
  }
  if (result.status !== 0) throw new Error(`syncthing ${args.join(' ')} exited ${result.status}: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

/** Distinct free ports on 127.0.0.1, found by listening on port 0 (all held open until all are known). */
async function freePorts(count: number): Promise<number[]> {
  const servers: net.Server[] = [];
  try {
    const ports: number[] = [];
    for (let i = 0; i < count; i++) {
      const server = net.createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
      });
      ports.push((server.address() as net.AddressInfo).port);
    }
    return ports;
  } finally {
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  }
}

// ---------------------------------------------------------------------------------------------
// config.xml, edited before the first start so that not even the first second talks to the outside.

function setElement(xml: string, name: string, value: string): string {
  const re = new RegExp(`<${name}>[^<]*</${name}>`, 'g');
  if (!re.test(xml)) throw new Error(`config.xml: <${name}> not found (unknown Syncthing config version?)`);
  return xml.replace(re, `<${name}>${value}</${name}>`);
}

function prepareConfig(home: string, guiPort: number, listenAddress: string): string {
  const file = path.join(home, 'config.xml');
  let xml = fs.readFileSync(file, 'utf8');
  // Several <listenAddress> elements by default (tcp, quic, relay): keep exactly one.
  xml = xml.replace(/(\s*<listenAddress>[^<]*<\/listenAddress>)+/, `\n        <listenAddress>${listenAddress}</listenAddress>`);
  const options: Record<string, string> = {
    globalAnnounceEnabled: 'false',
    localAnnounceEnabled: 'false',
    relaysEnabled: 'false',
    natEnabled: 'false',
    urAccepted: '-1', // usage reporting refused for good, no prompt
    autoUpgradeIntervalH: '0',
    crashReportingEnabled: 'false',
    startBrowser: 'false',
    announceLANAddresses: 'false',
    setLowPriority: 'false', // the tests measure Syncthing, not the scheduler's nice level
    reconnectionIntervalS: '5', // Syncthing's floor (a lower value is raised to 5): a restarted peer is redialled soon
    progressUpdateIntervalS: '1',
  };
  for (const [name, value] of Object.entries(options)) xml = setElement(xml, name, value);
  xml = xml.replace(/(<gui [^>]*>\s*<address>)[^<]*(<\/address>)/, `$1127.0.0.1:${guiPort}$2`);
  fs.writeFileSync(file, xml);
  const apiKey = /<apikey>([^<]+)<\/apikey>/.exec(xml)?.[1];
  if (!apiKey) throw new Error(`config.xml in ${home}: no <apikey>`);
  return apiKey;
}

// ---------------------------------------------------------------------------------------------
// REST

export async function api<T>(instance: SyncthingInstance, method: string, route: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const res = await fetch(instance.apiUrl + route, {
    method,
    headers: { 'X-API-Key': instance.apiKey, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${instance.name} ${method} ${route}: HTTP ${res.status} ${text.trim()}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

function isRunning(instance: SyncthingInstance): boolean {
  return runtimes.get(instance)?.child != null;
}

async function latestEventId(instance: SyncthingInstance): Promise<number> {
  const events = await api<SyncthingEvent[]>(instance, 'GET', '/rest/events?since=0&limit=1&timeout=0');
  return events.at(-1)?.id ?? 0;
}

export interface WaitOptions {
  timeoutMs?: number;
}

/**
 * Resolves once `check` returns null (it returns a short reason while not yet). Rechecks each time
 * one of `instances` publishes an event (long-poll on /rest/events), and at least every second as
 * a safety net for changes that no event announces (a file on disk before Syncthing scanned it).
 */
export async function waitUntil(
  instances: readonly SyncthingInstance[],
  what: string,
  check: () => Promise<string | null>,
  { timeoutMs = 30_000 }: WaitOptions = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // Own cursors, taken before the first check: no event between a check and the next poll is missed.
  const cursors = new Map<SyncthingInstance, number>();
  for (const inst of instances) if (isRunning(inst)) cursors.set(inst, await latestEventId(inst).catch(() => 0));
  let reason: string | null = 'not checked';
  for (;;) {
    reason = await check().catch((e: unknown) => `check failed: ${(e as Error).message}`);
    if (reason === null) return;
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`Syncthing: timed out after ${timeoutMs} ms waiting for ${what}: ${reason}`);
    const abort = new AbortController();
    const pollS = 1; // seconds (Syncthing's long-poll takes whole seconds)
    const polls = [...cursors.entries()].filter(([inst]) => isRunning(inst)).map(async ([inst, since]) => {
      const events = await api<SyncthingEvent[]>(inst, 'GET', `/rest/events?since=${since}&timeout=${pollS}`, undefined, abort.signal);
      const last = events.at(-1);
      if (last) cursors.set(inst, last.id);
    });
    if (polls.length === 0) throw new Error(`Syncthing: no running instance to wait on for ${what}`);
    // First answer (an event, or the long-poll's timeout) wakes us; the other polls are dropped.
    const answered = await Promise.any(polls).then(() => true, () => false);
    abort.abort();
    await Promise.allSettled(polls);
    // No instance answered (a process going down): back off instead of spinning on refused connections.
    if (!answered) await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// ---------------------------------------------------------------------------------------------
// Instances

interface Ports {
  gui: number;
  listen: number;
}

function createInstance(root: string, name: string, ports: Ports, folderId: string): SyncthingInstance {
  const home = path.join(root, name, 'home');
  const folderPath = path.join(root, name, 'folder');
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(folderPath, { recursive: true });
  run(home, ['generate', '--home', home]);
  const deviceId = run(home, ['--home', home, '--device-id']).trim();
  if (!/^[A-Z0-9]{7}(-[A-Z0-9]{7}){7}$/.test(deviceId)) throw new Error(`unexpected device id ${JSON.stringify(deviceId)}`);
  const listenAddress = `tcp://127.0.0.1:${ports.listen}`;
  const apiKey = prepareConfig(home, ports.gui, listenAddress);
  return { name, home, folderPath, deviceId, apiUrl: `http://127.0.0.1:${ports.gui}`, apiKey, listenAddress, logFile: path.join(home, 'syncthing.log'), folderId };
}

/** (Re)starts the instance's process; resolves once its REST API answers and its listener is up. */
export async function startInstance(instance: SyncthingInstance, { timeoutMs = 30_000 }: WaitOptions = {}): Promise<void> {
  if (isRunning(instance)) throw new Error(`${instance.name} already running`);
  installExitHook();
  const guiAddress = instance.apiUrl.replace('http://', '');
  const args = ['serve', '--home', instance.home, '--no-browser', '--no-restart', '--no-upgrade', `--gui-address=${guiAddress}`, '--logflags=3'];
  const [command, argv] = SETPRIV ? [SETPRIV, ['--pdeathsig', 'KILL', '--', SYNCTHING, ...args]] : [SYNCTHING, args];
  const log = fs.createWriteStream(instance.logFile, { flags: 'a' });
  log.write(`\n---- ${new Date().toISOString()} start ${instance.name}\n`);
  const child = spawn(command, argv, { env: env(instance.home), stdio: ['ignore', 'pipe', 'pipe'] });
  liveChildren.add(child);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      liveChildren.delete(child);
      log.end(`---- ${new Date().toISOString()} exit ${instance.name} code=${code} signal=${signal}\n`);
      const rt = runtimes.get(instance);
      if (rt?.child === child) rt.child = null;
      resolve();
    });
  });
  runtimes.set(instance, { child, exited, log });

  // The API is up when Syncthing says so on stdout (no polling of a closed port).
  await new Promise<void>((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => fail(new Error(`${instance.name}: Syncthing did not start in ${timeoutMs} ms`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      if (buffered.includes('GUI and API listening on')) done();
      else if (buffered.length > 65_536) buffered = buffered.slice(-4096);
    };
    const onExit = () => fail(new Error(`${instance.name}: Syncthing exited during start-up:\n${logTail(instance)}`));
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
    };
    const done = () => { cleanup(); resolve(); };
    const fail = (e: Error) => { cleanup(); reject(e); };
    child.stdout.on('data', onData);
    child.once('exit', onExit);
  });

  await waitUntil([instance], `${instance.name} to listen on ${instance.listenAddress}`, async () => {
    const status = await api<SystemStatus>(instance, 'GET', '/rest/system/status');
    // Another process on the port would answer with another id, or not at all.
    if (status.myID !== instance.deviceId) return `REST answers as ${status.myID}, not ${instance.deviceId}`;
    const listener = status.connectionServiceStatus[instance.listenAddress];
    if (!listener) return `no listener ${instance.listenAddress} yet`;
    if (listener.error) return `listener error (port taken?): ${listener.error}`;
    return null;
  }, { timeoutMs });
}

/** Stops the instance as a computer being shut down would (SIGTERM, then SIGKILL after 10 s). */
export async function stopInstance(instance: SyncthingInstance): Promise<void> {
  const rt = runtimes.get(instance);
  const child = rt?.child;
  if (!rt || !child) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await rt.exited;
  clearTimeout(killer);
}

export async function startSyncthingCluster({
  count,
  folderId,
  fsWatcherDelayS = 1,
  rescanIntervalS = 30,
  timeoutMs = 60_000,
}: ClusterOptions): Promise<SyncthingCluster> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-syncthing-'));
  const instances: SyncthingInstance[] = [];
  const cluster: SyncthingCluster = { folderId, root, instances };
  try {
    const ports = await freePorts(count * 2);
    for (let i = 0; i < count; i++) {
      instances.push(createInstance(root, String.fromCharCode(65 + i), { gui: ports[2 * i]!, listen: ports[2 * i + 1]! }, folderId));
    }
    await Promise.all(instances.map((inst) => startInstance(inst, { timeoutMs })));

    for (const inst of instances) {
      const peers = instances.filter((p) => p !== inst);
      for (const peer of peers) {
        await api(inst, 'POST', '/rest/config/devices', {
          deviceID: peer.deviceId,
          name: peer.name,
          addresses: [peer.listenAddress],
          autoAcceptFolders: false,
          introducer: false,
          paused: false,
        });
      }
      await api(inst, 'POST', '/rest/config/folders', {
        id: folderId,
        label: folderId,
        path: inst.folderPath,
        type: 'sendreceive',
        devices: instances.map((d) => ({ deviceID: d.deviceId })),
        fsWatcherEnabled: true,
        fsWatcherDelayS,
        rescanIntervalS,
        ignorePerms: false,
        paused: false,
      });
    }
    await waitConnected(cluster, instances, { timeoutMs });
    await waitInSync(cluster, { timeoutMs });
    return cluster;
  } catch (e) {
    await stopCluster(cluster, { keepRoot: process.env.SYNCTHING_KEEP === '1' });
    throw e;
  }
}

/** Waits until every pair among `among` (default: the running instances) is connected. */
export async function waitConnected(cluster: SyncthingCluster, among: readonly SyncthingInstance[] = cluster.instances.filter(isRunning), opts: WaitOptions = {}): Promise<void> {
  await waitUntil(among, `connections among ${among.map((i) => i.name).join('')}`, async () => {
    for (const inst of among) {
      const { connections } = await api<Connections>(inst, 'GET', '/rest/system/connections');
      for (const peer of among) {
        if (peer === inst) continue;
        if (!connections[peer.deviceId]?.connected) return `${inst.name} not connected to ${peer.name}`;
      }
    }
    return null;
  }, opts);
}

/** Scans the folder now (or one path in it); resolves when the scan is done. */
export async function scanNow(instance: SyncthingInstance, subPath?: string): Promise<void> {
  const folder = instance.folderId;
  const sub = subPath ? `&sub=${encodeURIComponent(subPath)}` : '';
  await api(instance, 'POST', `/rest/db/scan?folder=${encodeURIComponent(folder)}${sub}`);
}

export interface SyncOptions extends WaitOptions {
  /** The instances expected in sync with each other (default: the running ones). */
  among?: readonly SyncthingInstance[];
  /** Scan every folder first, so that a file just written and not yet seen by the watcher counts. */
  scanFirst?: boolean;
}

/**
 * Every instance in `among` is idle with nothing to pull, sees every other one at 100 % with no
 * item pending, and all agree on the folder's global state (same file count and bytes).
 */
export async function waitInSync(cluster: SyncthingCluster, { among = cluster.instances.filter(isRunning), scanFirst = true, timeoutMs = 60_000 }: SyncOptions = {}): Promise<void> {
  if (scanFirst) await Promise.all(among.map((inst) => scanNow(inst)));
  const folder = encodeURIComponent(cluster.folderId);
  await waitUntil(among, `folder ${cluster.folderId} in sync among ${among.map((i) => i.name).join('')}`, async () => {
    let reference: string | null = null;
    for (const inst of among) {
      // A transfer still being written (Syncthing's temp name) means not in sync, whatever the index says.
      const inTransit = listFiles(inst).find((f) => SYNCTHING_TEMP.test(f));
      if (inTransit) return `${inst.name} is still writing ${inTransit}`;
      const st = await api<FolderStatus>(inst, 'GET', `/rest/db/status?folder=${folder}`);
      if (st.state !== 'idle') return `${inst.name} is ${st.state}`;
      if (st.needTotalItems > 0) return `${inst.name} needs ${st.needTotalItems} items`;
      if (st.pullErrors > 0) return `${inst.name} has ${st.pullErrors} pull errors`;
      if (st.localFiles !== st.globalFiles || st.localBytes !== st.globalBytes) return `${inst.name} local ${st.localFiles}/${st.localBytes} ≠ global ${st.globalFiles}/${st.globalBytes}`;
      const global = `${st.globalFiles} files, ${st.globalDirectories} dirs, ${st.globalDeleted} deleted, ${st.globalBytes} bytes`;
      if (reference === null) reference = global;
      else if (global !== reference) return `${inst.name} global (${global}) ≠ ${among[0]!.name}'s (${reference})`;
      for (const peer of among) {
        if (peer === inst) continue;
        const c = await api<Completion>(inst, 'GET', `/rest/db/completion?folder=${folder}&device=${peer.deviceId}`);
        if (c.remoteState !== undefined && c.remoteState !== 'valid') return `${inst.name} sees ${peer.name} as ${c.remoteState}`;
        if (c.completion < 100 || c.needItems > 0 || c.needDeletes > 0) return `${inst.name} sees ${peer.name} at ${c.completion.toFixed(1)} % (${c.needItems} items)`;
      }
    }
    return null;
  }, { timeoutMs });
}

export interface FileWaitOptions extends WaitOptions {
  /** Resolve only once the file holds exactly these bytes. */
  content?: string | Uint8Array;
}

/** Waits until `relPath` exists in the instance's folder (with the given content if any); returns its bytes. */
export async function waitForFile(instance: SyncthingInstance, relPath: string, { content, timeoutMs = 30_000 }: FileWaitOptions = {}): Promise<Buffer> {
  const file = path.join(instance.folderPath, relPath);
  const expected = content === undefined ? null : Buffer.from(content);
  let bytes: Buffer | null = null;
  await waitUntil([instance], `${relPath} on ${instance.name}`, async () => {
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return 'absent';
    }
    if (expected && !bytes.equals(expected)) return `present with other content (${bytes.length} bytes)`;
    return null;
  }, { timeoutMs });
  return bytes!;
}

/** Writes a file in the instance's folder, creating folders as needed (optionally with a given mtime). */
export function writeFile(instance: SyncthingInstance, relPath: string, data: string | Uint8Array, mtime?: Date): void {
  const file = path.join(instance.folderPath, relPath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  if (mtime) fs.utimesSync(file, mtime, mtime);
}

/** Every file under `sub` in the instance's folder (relative, '/'-separated, sorted), Syncthing's marker excluded. */
export function listFiles(instance: SyncthingInstance, sub = ''): string[] {
  const found: string[] = [];
  const walk = (rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(instance.folderPath, rel), { withFileTypes: true });
    } catch {
      return; // absent (yet)
    }
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (child === '.stfolder') continue;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) found.push(child);
    }
  };
  walk(sub);
  return found.sort();
}

/**
 * Disconnects the instance from one peer (or all of them) the way Syncthing's "pause" does.
 * Observed with 1.19: after resuming, the peers take 5 to 25 s to redial (their dialer backs off
 * after being refused), against ~2 s for a restarted instance: stop/startInstance is faster.
 */
export async function pauseDevice(instance: SyncthingInstance, peer?: SyncthingInstance): Promise<void> {
  await api(instance, 'POST', `/rest/system/pause${peer ? `?device=${peer.deviceId}` : ''}`);
}

export async function resumeDevice(instance: SyncthingInstance, peer?: SyncthingInstance): Promise<void> {
  await api(instance, 'POST', `/rest/system/resume${peer ? `?device=${peer.deviceId}` : ''}`);
}

export function logTail(instance: SyncthingInstance, lines = 40): string {
  try {
    return fs.readFileSync(instance.logFile, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Copies every instance's log to `dir` (for a failed test: the homes themselves are removed). */
export function saveLogs(cluster: SyncthingCluster, dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const inst of cluster.instances) {
    if (fs.existsSync(inst.logFile)) fs.copyFileSync(inst.logFile, path.join(dir, `syncthing-${inst.name}.log`));
  }
}

/** Kills every instance (gracefully first) and removes the temp homes; safe to call twice. */
export async function stopCluster(cluster: SyncthingCluster, { keepRoot = false }: { keepRoot?: boolean } = {}): Promise<void> {
  await Promise.all(cluster.instances.map((inst) => stopInstance(inst)));
  for (const inst of cluster.instances) {
    runtimes.delete(inst);
  }
  if (!keepRoot) fs.rmSync(cluster.root, { recursive: true, force: true });
}
