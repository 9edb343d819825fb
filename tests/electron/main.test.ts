// The Electron main process with a stand-in for 'electron': window security settings, navigation
// and new windows denied, permissions denied, the app:// protocol, the IPC sender check, every
// contract channel routed preload → main → backend relay → a real router, and the auto-lock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../contract/channels.js';
import { CHANNELS } from '../../contract/contract.js';
import { createRouter, type Router } from '../../electron/api/router.js';
import type { Result } from '../../contract/types/app.js';
import { serveRouter, type PortLike } from '../../electron/shell/backendServer.js';
import { APP_CONTENT_SECURITY_POLICY } from '../../electron/shell/csp.js';
import { IPC_CALL, IPC_LOCKED } from '../../electron/shell/ipcGuard.js';
import { coordinatorInput } from '../helpers/workspace.js';
import { fake, FakeBrowserWindow, type FakeFrame, type FakeUtilityProcess } from './fakeElectron.js';

vi.mock('electron', async () => (await import('./fakeElectron.js')).electronModule);

const ROOT = path.resolve(import.meta.dirname, '../..');
let appDir: string;
let beforeReady: { schemes: number; protocolHandlers: number; windows: number; ipc: number };
const routers: Router[] = [];
const postedChannels: string[] = [];

const argOf = (args: string[], name: string) => args[args.indexOf(`--${name}`) + 1];

/** Runs a real router behind the fake utility process, as backendProcess.ts does in Electron. */
function connectBackend(child: FakeUtilityProcess): void {
  const router = createRouter({
    workspaceDir: argOf(child.args, 'workspace')!,
    mode: 'electron',
    version: argOf(child.args, 'app-version')!,
    migrationsDir: argOf(child.args, 'migrations'),
  });
  routers.push(router);
  const listeners: ((event: { data: unknown }) => void)[] = [];
  const port: PortLike = {
    on: (_event, listener) => listeners.push(listener),
    postMessage: (reply) => child.emit('message', structuredClone(reply)),
  };
  child.deliver = (message) => {
    const request = message as { kind: string; channel?: string };
    if (request.kind === 'call') postedChannels.push(request.channel!);
    for (const listener of listeners) listener({ data: message });
  };
  serveRouter(port, router, () => child.emit('exit', 0));
}

const theWindow = () => FakeBrowserWindow.all[0]!;
const trustedEvent = () => ({ sender: theWindow().webContents, senderFrame: theWindow().webContents.mainFrame });
const callHandler = () => fake.ipcHandlers.get(IPC_CALL)!;
const navEvent = (url: string) => ({ url, preventDefault: vi.fn() });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

interface Bridge {
  call(channel: unknown, input: unknown): Promise<Result<unknown>>;
  onLocked(cb: unknown): () => void;
}

beforeAll(async () => {
  delete process.env.CONCERTO_WORKSPACE;
  appDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-electron-'));
  fs.mkdirSync(path.join(appDir, 'out', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(appDir, 'out', 'renderer', 'index.html'), '<!doctype html><title>Concerto</title>');
  fs.cpSync(path.join(ROOT, 'db', 'migrations'), path.join(appDir, 'out', 'migrations'), { recursive: true });
  fs.writeFileSync(path.join(appDir, 'secret.txt'), 'outside the renderer');
  fake.app.appPath = appDir;
  fake.app.userData = path.join(appDir, 'userData');
  fake.onFork = connectBackend;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);

  await import('../../electron/main.js');
  beforeReady = {
    schemes: fake.protocol.registerSchemesAsPrivileged.mock.calls.length,
    protocolHandlers: fake.protocol.handle.mock.calls.length,
    windows: FakeBrowserWindow.all.length,
    ipc: fake.ipcHandlers.size,
  };
  fake.app.becomeReady();
  await settle();

  // The preload in the same (fake) world: its invoke reaches main's handler from the window's main frame.
  fake.ipcRenderer.invoke.mockImplementation(async (channel: string, ...args: unknown[]) => fake.ipcHandlers.get(channel)!(trustedEvent(), ...args));
  theWindow().webContents.send.mockImplementation((channel: string, ...args: unknown[]) => fake.ipcRenderer.emit(channel, { sender: 'ipc event' }, ...args));
  await import('../../electron/preload.js');
});

afterAll(async () => {
  for (const router of routers) await router.close();
  fs.rmSync(appDir, { recursive: true, force: true });
});

describe('before ready', () => {
  it('registers app:// as a standard, secure scheme and sandboxes every renderer', () => {
    expect(beforeReady.schemes).toBe(1);
    const [schemes] = fake.protocol.registerSchemesAsPrivileged.mock.calls[0]!;
    expect(schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(beforeReady.windows).toBe(0);
    expect(beforeReady.protocolHandlers).toBe(0);
    expect(beforeReady.ipc).toBe(0);
  });

  it('asks for the single instance lock and brings the window forward on a second launch', () => {
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
    theWindow().isMinimized.mockReturnValueOnce(true);
    fake.app.emit('second-instance', {}, [], '/');
    expect(theWindow().restore).toHaveBeenCalled();
    expect(theWindow().focus).toHaveBeenCalled();
    expect(FakeBrowserWindow.all).toHaveLength(1);
  });
});

describe('the window', () => {
  it('is created once, hardened, and loads app://concerto', () => {
    expect(FakeBrowserWindow.all).toHaveLength(1);
    const prefs = theWindow().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
    });
    expect(prefs.preload).toBe(path.join(appDir, 'out', 'main', 'preload.cjs'));
    expect(theWindow().loadURL).toHaveBeenCalledWith('app://concerto/index.html');
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: other origins are prevented, the app origin is not', (event) => {
    const contents = theWindow().webContents;
    expect(contents.handlers(event)).toHaveLength(1);
    const [handler] = contents.handlers(event) as unknown as ((e: ReturnType<typeof navEvent>) => void)[];
    for (const url of ['https://evil.example/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://concerto.evil.example/', 'app://other/index.html', 'javascript:alert(1)', 'about:blank']) {
      const e = navEvent(url);
      handler!(e);
      expect(e.preventDefault, url).toHaveBeenCalled();
    }
    const own = navEvent('app://concerto/index.html');
    handler!(own);
    expect(own.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every new window, even of the app itself', () => {
    const open = theWindow().webContents.windowOpenHandler!;
    for (const url of ['https://evil.example/', 'app://concerto/index.html', 'about:blank']) expect(open({ url })).toEqual({ action: 'deny' });
  });

  it('prevents attaching a webview', () => {
    const [handler] = theWindow().webContents.handlers('will-attach-webview') as unknown as ((e: { preventDefault(): void }) => void)[];
    const e = { preventDefault: vi.fn() };
    handler!(e);
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('quits when the window is closed, on every platform', () => {
    fake.app.quit.mockClear();
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalled();
  });
});

describe('the session', () => {
  const ses = fake.session.defaultSession;

  it('denies every permission request and check', () => {
    const [request] = ses.setPermissionRequestHandler.mock.calls[0]! as unknown as [(wc: unknown, permission: string, cb: (granted: boolean) => void) => void];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const [check] = ses.setPermissionCheckHandler.mock.calls[0]! as unknown as [(...args: unknown[]) => boolean];
    expect(check({}, 'media', 'app://concerto', {})).toBe(false);
    const [device] = ses.setDevicePermissionHandler.mock.calls[0]! as unknown as [(...args: unknown[]) => boolean];
    expect(device({ deviceType: 'usb', origin: 'app://concerto' })).toBe(false);
  });

  it('cancels every request that is not the app’s own', () => {
    const [listener] = ses.webRequest.onBeforeRequest.mock.calls[0]! as unknown as [(d: { url: string }, cb: (r: { cancel: boolean }) => void) => void];
    const verdict = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return callback.mock.calls[0]![0] as { cancel: boolean };
    };
    expect(verdict('https://cdn.example/lib.js')).toEqual({ cancel: true });
    expect(verdict('http://127.0.0.1:3000/api')).toEqual({ cancel: true });
    expect(verdict('app://concerto/assets/index.js')).toEqual({ cancel: false });
  });

  it('allows only downloads of the app’s own blob: exports', () => {
    const [handler] = fake.sessionEvents.handlers('will-download') as unknown as ((e: { preventDefault(): void }, item: { getURL(): string }) => void)[];
    const tryDownload = (url: string) => {
      const e = { preventDefault: vi.fn() };
      handler!(e, { getURL: () => url });
      return e.preventDefault.mock.calls.length === 0;
    };
    expect(tryDownload('blob:app://concerto/1b2c')).toBe(true);
    expect(tryDownload('https://evil.example/malware.exe')).toBe(false);
  });
});

describe('the app:// protocol', () => {
  it('serves the renderer folder with the CSP on every response, and refuses traversal', async () => {
    expect(fake.protocol.handle).toHaveBeenCalledTimes(1);
    const handler = fake.protocolHandlers.get('app')!;
    const index = await handler({ url: 'app://concerto/index.html', method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(APP_CONTENT_SECURITY_POLICY);
    expect(APP_CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(APP_CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    for (const url of ['app://concerto/..%2f..%2fsecret.txt', 'app://concerto/%2e%2e%2f%2e%2e%2fsecret.txt', 'app://concerto/..%5c..%5csecret.txt', 'app://elsewhere/index.html']) {
      const refused = await handler({ url, method: 'GET' });
      expect(refused.status, url).toBe(403);
      expect(refused.headers.get('content-security-policy')).toBe(APP_CONTENT_SECURITY_POLICY);
      expect(await refused.text()).not.toContain('outside the renderer');
    }
  });
});

describe('IPC', () => {
  it('registers exactly one handler, concerto:call', () => {
    expect([...fake.ipcHandlers.keys()]).toEqual([IPC_CALL]);
    expect(fake.ipcMain.on).not.toHaveBeenCalled();
  });

  it('refuses calls from any frame but the window’s own main frame on app://concerto', async () => {
    const main = theWindow().webContents.mainFrame;
    const foreign: { sender: unknown; senderFrame: FakeFrame | null }[] = [
      { sender: theWindow().webContents, senderFrame: null },
      { sender: theWindow().webContents, senderFrame: { ...main, routingId: 99 } },
      { sender: theWindow().webContents, senderFrame: { url: 'app://concerto/index.html', parent: main, processId: 7, routingId: 2 } },
      { sender: theWindow().webContents, senderFrame: { ...main, url: 'https://evil.example/' } },
      { sender: {}, senderFrame: main },
    ];
    const before = postedChannels.length;
    for (const event of foreign) {
      const result = (await callHandler()(event, 'app.status', {})) as Result<unknown>;
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(postedChannels.length).toBe(before);
  });

  it('refuses unknown channels before they reach the backend', async () => {
    const before = postedChannels.length;
    for (const channel of ['fs.read', '__proto__', 42, null]) {
      expect(await callHandler()(trustedEvent(), channel, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    expect(postedChannels.length).toBe(before);
  });

  it('the preload knows exactly the contract channels', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual([...CHANNELS].sort());
  });

  it('routes every contract channel: preload → main → backend → router', async () => {
    const bridge = fake.exposed.concerto as Bridge;
    for (const channel of CHANNELS) {
      // Malformed or unauthenticated on purpose: the router answers, no KDF runs.
      const result = await bridge.call(channel, { unexpected: 'x'.repeat(3) });
      expect(result.ok ? 'ok' : result.error.code, channel).not.toMatch(/UNKNOWN_CHANNEL|BACKEND_UNREACHABLE|FORBIDDEN|INTERNAL/);
    }
    expect(new Set(postedChannels)).toEqual(new Set(CHANNELS));
    const status = await bridge.call('app.status', {});
    expect(status).toMatchObject({ ok: true, value: { mode: 'electron', version: '0.1.0-test' } });
  });

  it('starts one backend utility process with the workspace under userData, created private', () => {
    expect(fake.utilityProcess.fork).toHaveBeenCalledTimes(1);
    const child = fake.forks[0]!;
    expect(child.modulePath).toBe(path.join(appDir, 'out', 'main', 'backend.cjs'));
    const workspace = path.join(appDir, 'userData', 'workspace');
    expect(argOf(child.args, 'workspace')).toBe(workspace);
    expect(argOf(child.args, 'migrations')).toBe(path.join(appDir, 'out', 'migrations'));
    // No Electron-ABI build in this fake app folder: nothing to pass, and a hint was printed.
    expect(child.args).not.toContain('--native-binding');
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('npm run build:electron-native'));
    if (process.platform !== 'win32') expect(fs.statSync(workspace).mode & 0o777).toBe(0o700);
  });
});

describe('auto-lock and the backend’s lifetime', () => {
  it('locks on screen lock and system sleep, and tells the window at once', async () => {
    const bridge = fake.exposed.concerto as Bridge;
    const onLocked = vi.fn();
    bridge.onLocked(onLocked);
    const created = await bridge.call('workspace.create', coordinatorInput);
    expect(created.ok).toBe(true);
    const accountId = (created as { value: { session: { accountId: string } } }).value.session.accountId;
    expect((await bridge.call('session.activity', {})).ok).toBe(true);

    const send = theWindow().webContents.send;
    send.mockClear();
    fake.powerMonitor.emit('lock-screen');
    await settle();
    expect(send).toHaveBeenCalledWith(IPC_LOCKED);
    // The page's callback ran, and got nothing of the IPC event.
    expect(onLocked).toHaveBeenCalledTimes(1);
    expect(onLocked.mock.calls[0]).toEqual([]);
    expect(await bridge.call('session.activity', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    // Already locked: sleep changes nothing and says nothing.
    send.mockClear();
    fake.powerMonitor.emit('suspend');
    await settle();
    expect(send).not.toHaveBeenCalled();

    const unlocked = await bridge.call('session.unlock', { accountId, passphrase: coordinatorInput.passphrase });
    expect(unlocked.ok).toBe(true);
    fake.powerMonitor.emit('suspend');
    await settle();
    expect(send).toHaveBeenCalledWith(IPC_LOCKED);
    expect(await bridge.call('members.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('a backend that dies locks the window and is restarted by the next call', async () => {
    const send = theWindow().webContents.send;
    send.mockClear();
    fake.forks[0]!.emit('exit', 134);
    expect(send).toHaveBeenCalledWith(IPC_LOCKED);
    const bridge = fake.exposed.concerto as Bridge;
    expect(await bridge.call('app.status', {})).toMatchObject({ ok: true, value: { workspace: 'ready', session: null } });
    expect(fake.forks).toHaveLength(2);
  });

  it('closes the backend (lock, checkpoint) before quitting', async () => {
    fake.app.quit.mockClear();
    const [beforeQuit] = fake.app.handlers('before-quit') as unknown as ((e: { preventDefault(): void }) => void)[];
    const event = { preventDefault: vi.fn() };
    beforeQuit!(event);
    expect(event.preventDefault).toHaveBeenCalled();
    await settle();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(routers[1]!.isUnlocked()).toBe(false);
    // The second before-quit (from that app.quit) lets the quit through.
    const again = { preventDefault: vi.fn() };
    beforeQuit!(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});
