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
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(path.join(staticDir, file), 'utf8');
    for (const match of text.matchAll(STATIC_IMPORT)) visit(path.posix.join(path.posix.dirname(file), match[1] as string));
  };
  visit(entry);
  const files = [...seen];
  const read = (file: string) => fs.readFileSync(path.join(staticDir, file));
  const assets = fs.readdirSync(path.join(staticDir, 'assets')).filter((f) => f.endsWith('.js'));
  const sizes = assets.map((f) => ({ file: `assets/${f}`, bytes: fs.statSync(path.join(staticDir, 'assets', f)).size }));
  return {
    files,
    bytes: files.reduce((sum, f) => sum + read(f).length, 0),
    gzipBytes: files.reduce((sum, f) => sum + gzipSync(read(f), { level: 9 }).length, 0),
    allBytes: sizes.reduce((sum, s) => sum + s.bytes, 0),
    largestChunk: sizes.sort((a, b) => b.bytes - a.bytes)[0] ?? { file: '', bytes: 0 },
  };
}
