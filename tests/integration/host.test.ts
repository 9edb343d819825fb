import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter, type Router } from '../../electron/api/router.js';
import { resolveStatic, startHost, type RunningHost } from '../../electron/host/host.js';
import { tempDir } from '../helpers/workspace.js';

let router: Router;
let host: RunningHost;
let staticDir: string;

beforeAll(async () => {
  staticDir = tempDir('concerto-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Concerto</title>');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'secret-beside.txt'), 'SECRET');
  router = createRouter({ workspaceDir: tempDir(), mode: 'browser', version: 'test' });
  host = await startHost({ router, staticDir });
});
afterAll(async () => {
  await host.close();
  await router.close();
});

/** Raw request, so that Host and Origin can be set to anything. */
function request(method: string, urlPath: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const api = (channel: string, headers: Record<string, string>, body = '{}') => request('POST', `/api/${channel}`, { 'content-type': 'application/json', ...headers }, body);

describe('loopback host', () => {
  it('listens on 127.0.0.1 only and gives a URL carrying its token', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(43);
  });

  it('answers the contract with the token', async () => {
    const res = await api('app.status', { 'x-concerto-token': host.token });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { mode: 'browser', workspace: 'none' } });
  });

  it('refuses calls without the right token', async () => {
    expect((await api('app.status', {})).status).toBe(401);
    // One character changed, never to itself (a token ending in 'A' made this test pass the real token, 1 run in 64).
    const wrong = host.token.slice(0, -1) + (host.token.endsWith('A') ? 'B' : 'A');
    expect((await api('app.status', { 'x-concerto-token': wrong })).status).toBe(401);
  });

  it('refuses another Host (DNS rebinding) and another Origin (a web page elsewhere)', async () => {
    expect((await api('app.status', { 'x-concerto-token': host.token, host: 'evil.example:80' })).status).toBe(421);
    expect((await api('app.status', { 'x-concerto-token': host.token, origin: 'http://evil.example' })).status).toBe(403);
  });

  it('refuses GET on the API, bad JSON and other content types', async () => {
    expect((await request('GET', '/api/app.status', { 'x-concerto-token': host.token })).status).toBe(405);
    expect((await api('app.status', { 'x-concerto-token': host.token }, '{not json')).status).toBe(400);
    expect((await request('POST', '/api/app.status', { 'x-concerto-token': host.token, 'content-type': 'text/plain' }, '{}')).status).toBe(415);
  });

  it('answers a body over 6 MiB with 413, not a reset, and a badly encoded channel name with 400', async () => {
    const token = { 'x-concerto-token': host.token };
    const big = await api('app.status', token, JSON.stringify({ padding: 'x'.repeat(6 * 1024 * 1024 + 10) }));
    expect(big.status).toBe(413);
    const malformed = await request('POST', '/api/%E0%A4%A', { 'content-type': 'application/json', ...token }, '{}');
    expect(malformed.status).toBe(400);
    // The host still answers normally afterwards.
    expect((await api('app.status', token)).status).toBe(200);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const page = await request('GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
    for (const attempt of ['/../secret-beside.txt', '/%2e%2e/secret-beside.txt', '/..%2fsecret-beside.txt']) {
      const res = await request('GET', attempt);
      expect(res.body).not.toContain('SECRET');
    }
    expect(resolveStatic(staticDir, '/../secret-beside.txt')).toBe(path.join(staticDir, 'secret-beside.txt'));
    expect(resolveStatic(staticDir, '/%2e%2e%2f%2e%2e%2fetc/passwd')?.startsWith(staticDir)).toBe(true);
  });

  it('swaps a one-time launch code for the token, once, and refuses unknown codes', async () => {
    const launch = host.launchUrl();
    expect(launch).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#launch=[A-Za-z0-9_-]{32}$/);
    expect(launch).not.toContain(host.token);
    const code = launch.split('#launch=')[1]!;
    const first = await request('POST', '/launch', { 'content-type': 'application/json' }, JSON.stringify({ code }));
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ token: host.token });
    const again = await request('POST', '/launch', { 'content-type': 'application/json' }, JSON.stringify({ code }));
    expect(again.status).toBe(401);
    expect((await request('POST', '/launch', { 'content-type': 'application/json' }, JSON.stringify({ code: 'guess' }))).status).toBe(401);
    const foreign = await request('POST', '/launch', { 'content-type': 'application/json', origin: 'http://evil.example' }, JSON.stringify({ code: host.launchUrl().split('#launch=')[1] }));
    expect(foreign.status).toBe(403);
  });
});
