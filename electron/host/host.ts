// The loopback host: serves the built renderer and the router over HTTP on 127.0.0.1 only,
// for browser mode and end-to-end tests. Every API call needs the per-run token; the Host and
// Origin headers must name this very server, which defeats DNS rebinding and other sites' pages.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Router } from '../api/router.js';
import { MIME_TYPES } from '../shell/appProtocol.js';
import { APP_RESPONSE_HEADERS } from '../shell/csp.js';

export interface HostOptions {
  router: Router;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
}

export interface RunningHost {
  /** Open this: it carries the token in its fragment. */
  url: string;
  /**
   * A URL carrying a one-time launch code instead of the token, to hand to another program
   * (xdg-open, open, start): its command line is readable by other local users, and a used or
   * expired code is worth nothing. The page swaps it for the token once, at /launch.
   */
  launchUrl(): string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

export const LOOPBACK = '127.0.0.1';
const MAX_BODY_BYTES = 6 * 1024 * 1024;
const LAUNCH_CODE_LIFETIME_MS = 2 * 60_000;

// The same CSP and security headers as the app:// protocol in Electron, and the same file types.
const SECURITY_HEADERS = APP_RESPONSE_HEADERS;

function sameToken(expected: Buffer, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const candidate = Buffer.from(given);
  return candidate.length === expected.length && timingSafeEqual(candidate, expected);
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * The body, or null when it is over the limit. An oversized body is drained, not kept, and the
 * socket is left open, so that the 413 answer reaches the client instead of a reset.
 */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declared > MAX_BODY_BYTES;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The channel name of /api/<name>, or null when it is not valid percent-encoding. */
export function channelOf(url: string): string | null {
  try {
    return decodeURIComponent(url.slice('/api/'.length).split('?')[0]!);
  } catch {
    return null;
  }
}

/** Resolves a URL path inside staticDir, or null if it would leave it. */
export function resolveStatic(staticDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return null;
  }
  const root = path.resolve(staticDir);
  const target = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  return target;
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let origin = '';
  let hostHeader = '';
  const launchCodes = new Map<string, number>();

  /** Swaps an unused, unexpired launch code for the token, once. */
  async function redeemLaunchCode(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readBody(req);
    let code: unknown;
    try {
      code = (JSON.parse(body ?? '') as { code?: unknown }).code;
    } catch {
      code = undefined;
    }
    const expires = typeof code === 'string' ? launchCodes.get(code) : undefined;
    if (typeof code === 'string') launchCodes.delete(code);
    if (expires === undefined || expires < Date.now()) return send(res, 401, 'Unauthorized', 'text/plain; charset=utf-8');
    return send(res, 200, JSON.stringify({ token }), 'application/json; charset=utf-8');
  }

  const server = http.createServer(async (req, res) => {
    try {
      if (req.headers.host !== hostHeader) return send(res, 421, 'Misdirected request', 'text/plain; charset=utf-8');
      const url = req.url ?? '/';
      if (url === '/launch') {
        if (req.method !== 'POST') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
        if (req.headers.origin !== undefined && req.headers.origin !== origin) return send(res, 403, 'Forbidden', 'text/plain; charset=utf-8');
        return await redeemLaunchCode(req, res);
      }
      if (url.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
        if (req.headers.origin !== undefined && req.headers.origin !== origin) return send(res, 403, 'Forbidden', 'text/plain; charset=utf-8');
        if (!sameToken(tokenBytes, req.headers['x-concerto-token'])) return send(res, 401, 'Unauthorized', 'text/plain; charset=utf-8');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Unsupported media type', 'text/plain; charset=utf-8');
        const channel = channelOf(url);
        if (channel === null) return send(res, 400, 'Bad channel name', 'text/plain; charset=utf-8');
        const body = await readBody(req);
        if (body === null) {
          // Answer, then close: the client is told why instead of seeing a reset.
          res.setHeader('connection', 'close');
          return send(res, 413, 'Payload too large', 'text/plain; charset=utf-8');
        }
        let input: unknown;
        try {
          input = body === '' ? {} : JSON.parse(body);
        } catch {
          return send(res, 400, 'Bad JSON', 'text/plain; charset=utf-8');
        }
        const result = await options.router.handle(channel, input);
        return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      const file = resolveStatic(options.staticDir, url === '/' ? '/index.html' : url);
      if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
      const target = fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(options.staticDir, 'index.html');
      if (!fs.existsSync(target)) return send(res, 503, 'Renderer not built: run npm run build:renderer', 'text/plain; charset=utf-8');
      return send(res, 200, fs.readFileSync(target), MIME_TYPES[path.extname(target)] ?? 'application/octet-stream');
    } catch {
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain; charset=utf-8');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  hostHeader = `${LOOPBACK}:${port}`;
  origin = `http://${hostHeader}`;
  return {
    url: `${origin}/#token=${token}`,
    launchUrl: () => {
      const code = randomBytes(24).toString('base64url');
      launchCodes.set(code, Date.now() + LAUNCH_CODE_LIFETIME_MS);
      return `${origin}/#launch=${code}`;
    },
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
