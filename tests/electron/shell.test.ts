// The Electron shell's pure pieces, under plain Node: origin checks, CSP, the app:// protocol's
// path resolution (traversal refused), window options, the IPC sender check, the backend relay.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isAllowedDownloadUrl, isAllowedRequestUrl, isAppUrl, isMailtoUrl } from '../../electron/shell/appOrigin.js';
import { createAppProtocolHandler, resolveAppPath } from '../../electron/shell/appProtocol.js';
import { isBackendReply, isBackendRequest } from '../../electron/shell/backendProtocol.js';
import { createBackendRelay, type BackendChild } from '../../electron/shell/backendRelay.js';
import { APP_CONTENT_SECURITY_POLICY, APP_RESPONSE_HEADERS } from '../../electron/shell/csp.js';
import { isKnownChannel, isTrustedSender } from '../../electron/shell/ipcGuard.js';
import { chooseNativeBinding } from '../../electron/shell/paths.js';
import { buildWindowOptions } from '../../electron/shell/windowOptions.js';

describe('app origin', () => {
  it.each(['app://concerto/', 'app://concerto/index.html', 'app://concerto/assets/x.js?v=1#top', 'APP://concerto/index.html'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://concerto.evil.example/',
    'app://evil/concerto',
    'app://concerto:8080/',
    'app://user:pw@concerto/',
    'https://concerto/',
    'http://127.0.0.1/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app:concerto',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('allows only local requests: app files, data: and blob: URLs of the app', () => {
    expect(isAllowedRequestUrl('app://concerto/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://concerto/3f1c')).toBe(true);
    expect(isAllowedRequestUrl('blob:https://evil.example/3f1c')).toBe(false);
    expect(isAllowedRequestUrl('https://fonts.example.com/font.woff2')).toBe(false);
    expect(isAllowedRequestUrl('ws://127.0.0.1:9222/')).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd')).toBe(false);
  });

  it('allows downloads only of blob: URLs made by the app', () => {
    expect(isAllowedDownloadUrl('blob:app://concerto/5d2a')).toBe(true);
    expect(isAllowedDownloadUrl('https://evil.example/payload.exe')).toBe(false);
    expect(isAllowedDownloadUrl('app://concerto/index.html')).toBe(false);
    expect(isAllowedDownloadUrl('blob:app://evil/5d2a')).toBe(false);
  });

  it('hands only mailto: links to the mail program', () => {
    expect(isMailtoUrl('mailto:?bcc=a@example.be,b@example.be&subject=Invitation')).toBe(true);
    expect(isMailtoUrl('MAILTO:a@example.be')).toBe(true);
    expect(isMailtoUrl('https://evil.example/mailto:')).toBe(false);
    expect(isMailtoUrl('ms-msdt:/id PCWDiagnostic')).toBe(false);
    expect(isMailtoUrl('file:///C:/Windows/System32/calc.exe')).toBe(false);
    expect(isMailtoUrl('not a url')).toBe(false);
  });
});

describe('content security policy', () => {
  it("is strict: default-src 'self', no eval, no inline script, no plugins, no framing", () => {
    const directives = APP_CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim());
    expect(directives).toContain("default-src 'self'");
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("object-src 'none'");
    expect(directives).toContain("frame-ancestors 'none'");
    expect(directives).toContain("base-uri 'none'");
    expect(APP_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|\*|https?:/);
    expect(APP_RESPONSE_HEADERS['content-security-policy']).toBe(APP_CONTENT_SECURITY_POLICY);
  });
});

describe('app:// protocol', () => {
  let root: string;
  let outside: string;

  beforeAll(() => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-protocol-'));
    root = path.join(base, 'renderer');
    outside = path.join(base, 'secret.txt');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Concerto</title>');
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(outside, 'do not serve');
    fs.symlinkSync(outside, path.join(root, 'assets', 'link.js'));
  });
  afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

  it('maps app://concerto paths inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://concerto/')).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(resolveAppPath(root, 'app://concerto/assets/app.js?x=1')).toEqual({ ok: true, file: path.join(root, 'assets', 'app.js') });
  });

  it.each([
    'app://concerto/..%2f..%2fsecret.txt',
    'app://concerto/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://concerto/%2e%2e%2fsecret.txt',
    'app://concerto/..%5c..%5csecret.txt',
    'app://concerto/assets%5c..%5c..%5csecret.txt',
    'app://concerto/index.html%00.js',
  ])('refuses traversal %s', (url) => {
    const result = resolveAppPath(root, url);
    expect(result.ok).toBe(false);
  });

  it.each(['app://concerto/../../../secret.txt', 'app://concerto/%2fetc%2fpasswd', 'app://concerto/a/%2e%2e/%2e%2e/%2e%2e/secret.txt'])(
    'keeps what the URL parser leaves of %s inside the renderer folder',
    (url) => {
      const result = resolveAppPath(root, url);
      if (result.ok) expect(result.file.startsWith(root + path.sep)).toBe(true);
    },
  );

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath(root, 'app://other/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'file:///etc/passwd')).toEqual({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'app://concerto/%E0%A4%A')).toEqual({ ok: false, status: 400 });
  });

  it('serves files with the CSP, and refuses with the CSP too', async () => {
    const handle = createAppProtocolHandler(root);
    const ok = await handle({ url: 'app://concerto/assets/app.js', method: 'GET' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(ok.headers.get('content-security-policy')).toBe(APP_CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await ok.text()).toBe('console.log(1)');

    for (const [url, status] of [
      ['app://concerto/..%2f..%2fsecret.txt', 403],
      ['app://concerto/assets/missing.js', 404],
      ['app://concerto/assets/link.js', 403],
    ] as const) {
      const response = await handle({ url, method: 'GET' });
      expect(response.status, url).toBe(status);
      expect(response.headers.get('content-security-policy')).toBe(APP_CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('do not serve');
    }
    expect((await handle({ url: 'app://concerto/index.html', method: 'POST' })).status).toBe(405);
  });

  it('gives index.html for client-side routes', async () => {
    const response = await createAppProtocolHandler(root)({ url: 'app://concerto/membres', method: 'GET' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Concerto</title>');
  });
});

describe('window options', () => {
  it('spell out every security web preference', () => {
    const options = buildWindowOptions({ preloadPath: '/app/out/main/preload.cjs', devTools: false });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/main/preload.cjs',
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
      navigateOnDragDrop: false,
      devTools: false,
    });
    expect(options.show).toBe(false);
  });
});

describe('IPC sender check', () => {
  const main = { url: 'app://concerto/index.html', parent: null, processId: 4, routingId: 1 };

  it('accepts the main frame of the app window', () => {
    expect(isTrustedSender(main, main)).toBe(true);
    expect(isTrustedSender({ ...main }, main)).toBe(true);
  });

  it('refuses any other frame', () => {
    expect(isTrustedSender(null, main)).toBe(false);
    expect(isTrustedSender(main, null)).toBe(false);
    expect(isTrustedSender({ ...main, routingId: 2 }, main)).toBe(false);
    expect(isTrustedSender({ ...main, processId: 5 }, main)).toBe(false);
    expect(isTrustedSender({ ...main, parent: {} }, main)).toBe(false);
    const navigatedAway = { ...main, url: 'https://evil.example/' };
    expect(isTrustedSender(navigatedAway, navigatedAway)).toBe(false);
  });

  it('knows the contract channels and nothing else', () => {
    expect(isKnownChannel('members.list')).toBe(true);
    expect(isKnownChannel('__proto__')).toBe(false);
    expect(isKnownChannel('constructor')).toBe(false);
    expect(isKnownChannel(42)).toBe(false);
  });
});

describe('backend messages', () => {
  it('checks request and reply shapes', () => {
    expect(isBackendRequest({ id: 1, kind: 'call', channel: 'app.status', input: {} })).toBe(true);
    expect(isBackendRequest({ id: 1, kind: 'lock' })).toBe(true);
    expect(isBackendRequest({ id: 0, kind: 'lock' })).toBe(false);
    expect(isBackendRequest({ id: 1, kind: 'call', channel: 7 })).toBe(false);
    expect(isBackendRequest({ id: 1, kind: 'exec' })).toBe(false);
    expect(isBackendRequest('lock')).toBe(false);
    expect(isBackendReply({ id: 1, result: { ok: true, value: null } })).toBe(true);
    expect(isBackendReply({ id: 1, result: { ok: false, error: { code: 'INTERNAL', message: '' } } })).toBe(true);
    expect(isBackendReply({ id: 1, result: { ok: false } })).toBe(false);
    expect(isBackendReply({ id: '1', result: { ok: true, value: 1 } })).toBe(false);
  });
});

class FakeChild implements BackendChild {
  listeners: { message: ((m: unknown) => void)[]; exit: ((code: number) => void)[] } = { message: [], exit: [] };
  sent: unknown[] = [];
  killed = false;
  constructor(private readonly answer: (message: { id: number; kind: string }, child: FakeChild) => void) {}
  on(event: 'message' | 'exit', listener: (arg: never) => void) {
    (this.listeners[event] as unknown[]).push(listener);
    return this;
  }
  postMessage(message: unknown) {
    this.sent.push(message);
    this.answer(message as { id: number; kind: string }, this);
  }
  kill() {
    this.killed = true;
    this.exit(0);
    return true;
  }
  reply(message: unknown) {
    for (const listener of this.listeners.message) listener(message);
  }
  exit(code: number) {
    for (const listener of this.listeners.exit) listener(code);
  }
}

describe('backend relay', () => {
  it('correlates replies by id, whatever their order', async () => {
    const children: FakeChild[] = [];
    const held: { id: number }[] = [];
    const relay = createBackendRelay({
      spawn: () => {
        const child = new FakeChild((message) => held.push(message));
        children.push(child);
        return child;
      },
    });
    expect(relay.running).toBe(false);
    const first = relay.call('app.status', {});
    const second = relay.call('reference.get', {});
    expect(children).toHaveLength(1);
    children[0]!.reply({ id: held[1]!.id, result: { ok: true, value: 'second' } });
    children[0]!.reply({ id: 999, result: { ok: true, value: 'stray' } });
    children[0]!.reply({ id: held[0]!.id, result: { ok: true, value: 'first' } });
    await expect(first).resolves.toEqual({ ok: true, value: 'first' });
    await expect(second).resolves.toEqual({ ok: true, value: 'second' });
  });

  it('answers BACKEND_UNREACHABLE on timeout and ignores the late reply', async () => {
    vi.useFakeTimers();
    try {
      let child: FakeChild | undefined;
      const relay = createBackendRelay({ spawn: () => (child = new FakeChild(() => undefined)), callTimeoutMs: 1000 });
      const pending = relay.call('app.status', {});
      vi.advanceTimersByTime(1001);
      await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'BACKEND_UNREACHABLE' } });
      child!.reply({ id: 1, result: { ok: true, value: 'late' } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('settles pending calls when the process dies, reports it, and restarts on the next call', async () => {
    const onExit = vi.fn();
    let spawned = 0;
    const relay = createBackendRelay({
      spawn: () => {
        spawned += 1;
        return new FakeChild((message, child) => {
          if (spawned === 1) child.exit(9);
          else child.reply({ id: message.id, result: { ok: true, value: 'alive' } });
        });
      },
      onExit,
    });
    await expect(relay.call('app.status', {})).resolves.toMatchObject({ ok: false, error: { code: 'BACKEND_UNREACHABLE' } });
    expect(onExit).toHaveBeenCalledWith(9);
    expect(relay.running).toBe(false);
    await expect(relay.call('app.status', {})).resolves.toEqual({ ok: true, value: 'alive' });
    expect(spawned).toBe(2);
  });

  it('lock does not start a backend; lock and close talk to a running one', async () => {
    const kinds: string[] = [];
    const spawn = vi.fn(
      () =>
        new FakeChild((message, child) => {
          kinds.push(message.kind);
          const value = message.kind === 'lock' ? { wasUnlocked: true } : {};
          child.reply({ id: message.id, result: { ok: true, value } });
        }),
    );
    const relay = createBackendRelay({ spawn });
    await expect(relay.lock()).resolves.toBe(false);
    expect(spawn).not.toHaveBeenCalled();
    await relay.call('app.status', {});
    await expect(relay.lock()).resolves.toBe(true);
    await relay.close();
    expect(kinds).toEqual(['call', 'lock', 'close']);
  });

  it('a lock that gets no answer still reports the window must lock', async () => {
    const relay = createBackendRelay({
      spawn: () => new FakeChild((message, c) => message.kind === 'call' && c.reply({ id: message.id, result: { ok: true, value: 1 } })),
      closeTimeoutMs: 30,
    });
    await relay.call('app.status', {});
    await expect(relay.lock()).resolves.toBe(true);
  });

  it('kills a backend that does not close in time', async () => {
    let child: FakeChild | undefined;
    const relay = createBackendRelay({
      spawn: () => (child = new FakeChild((message, c) => message.kind === 'call' && c.reply({ id: message.id, result: { ok: true, value: 1 } }))),
      closeTimeoutMs: 50,
    });
    await relay.call('app.status', {});
    await relay.close();
    expect(child!.killed).toBe(true);
    expect(relay.running).toBe(false);
  });
});

describe('native binding choice', () => {
  it('uses the packaged rebuild, or build/electron-native when its Electron major matches', () => {
    const appPath = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-native-'));
    try {
      expect(chooseNativeBinding({ appPath, isPackaged: true, electronVersion: '45.4.1' })).toEqual({ kind: 'default' });
      expect(chooseNativeBinding({ appPath, isPackaged: false, electronVersion: '45.4.1' }).kind).toBe('missing');
      const dir = path.join(appPath, 'build', 'electron-native');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'better_sqlite3.node'), '');
      fs.writeFileSync(path.join(dir, 'electron-version.txt'), '45.2.0\n');
      expect(chooseNativeBinding({ appPath, isPackaged: false, electronVersion: '45.4.1' })).toEqual({ kind: 'built', path: path.join(dir, 'better_sqlite3.node') });
      expect(chooseNativeBinding({ appPath, isPackaged: false, electronVersion: '46.0.0' }).kind).toBe('stale');
    } finally {
      fs.rmSync(appPath, { recursive: true, force: true });
    }
  });
});
