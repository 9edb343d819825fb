// The app:// protocol: serves files of the built renderer (out/renderer) and nothing else.
// A request that would leave that folder (.., encoded dots or slashes, backslashes, NUL) is refused.
import fs from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin.js';
import { APP_RESPONSE_HEADERS } from './csp.js';

export type AppPathResolution = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 };

/** Maps app://concerto/<path> to a file under rootDir, or says why not. Pure: no file system access. */
export function resolveAppPath(rootDir: string, requestUrl: string): AppPathResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '') {
    return { ok: false, status: 403 };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  // Refuse rather than normalise: a well-behaved renderer never asks for these.
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').some((segment) => segment === '..' || segment === '.')) {
    return { ok: false, status: 403 };
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  if (file === root || !file.startsWith(root + path.sep)) return { ok: false, status: 403 };
  return { ok: true, file };
}

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

const STATUS_TEXT: Record<number, string> = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed' };

function refuse(status: number): Response {
  return new Response(STATUS_TEXT[status] ?? 'Error', { status, headers: { ...APP_RESPONSE_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The handler given to protocol.handle('app', ...). Client-side routes (no extension) get index.html. */
export function createAppProtocolHandler(rootDir: string): (request: { url: string; method: string }) => Promise<Response> {
  const root = path.resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const resolved = resolveAppPath(root, request.url);
    if (!resolved.ok) return refuse(resolved.status);
    let file = resolved.file;
    if (!(await isFile(file))) {
      if (path.extname(file) !== '') return refuse(404);
      file = path.join(root, 'index.html');
      if (!(await isFile(file))) return refuse(404);
    }
    // Symlinks must not lead out of the renderer folder either.
    const real = await fs.realpath(file);
    const realRoot = await fs.realpath(root);
    if (!real.startsWith(realRoot + path.sep)) return refuse(403);
    const body = request.method === 'HEAD' ? null : await fs.readFile(real);
    return new Response(body, {
      status: 200,
      headers: { ...APP_RESPONSE_HEADERS, 'content-type': MIME_TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream' },
    });
  };
}
