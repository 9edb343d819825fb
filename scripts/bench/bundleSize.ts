// Bytes of script the window loads before the unlock screen can be used: the entry chunk of the
// built renderer and every chunk it imports statically (transitively), raw and gzipped.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialScript {
  files: string[];
  bytes: number;
  gzipBytes: number;
  /** Every script chunk of the build, for the record. */
  allBytes: number;
  largestChunk: { file: string; bytes: number };
}

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g;

export function initialScript(staticDir: string): InitialScript {
  const html = fs.readFileSync(path.join(staticDir, 'index.html'), 'utf8');
  const entry = /<script[^>]+src="\.?\/?([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no entry script in ${staticDir}/index.html`);
  const seen = new Map<string, Buffer>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const bytes = fs.readFileSync(path.join(staticDir, file));
    seen.set(file, bytes);
    for (const match of bytes.toString('utf8').matchAll(STATIC_IMPORT)) visit(path.posix.join(path.posix.dirname(file), match[1] as string));
  };
  visit(entry);
  const files = [...seen.keys()];
  const contents = [...seen.values()];
  const assets = fs.readdirSync(path.join(staticDir, 'assets')).filter((f) => f.endsWith('.js'));
  const sizes = assets.map((f) => ({ file: `assets/${f}`, bytes: fs.statSync(path.join(staticDir, 'assets', f)).size }));
  return {
    files,
    bytes: contents.reduce((sum, bytes) => sum + bytes.length, 0),
    gzipBytes: contents.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0),
    allBytes: sizes.reduce((sum, s) => sum + s.bytes, 0),
    largestChunk: sizes.sort((a, b) => b.bytes - a.bytes)[0] ?? { file: '', bytes: 0 },
  };
}
