// The DejaVu fonts embedded in every PDF: DejaVu covers all of French (é è à ç œ Œ ’ « » – …) and
// far beyond, where the PDF standard fonts stop at WinAnsi. The files are read at run time from the
// dejavu-fonts-ttf package, through one resolver that packaging can point elsewhere.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type FontStyle = 'regular' | 'bold' | 'mono';

const FILES: Record<FontStyle, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  mono: 'DejaVuSansMono.ttf',
};

/** The folder holding the .ttf files: node_modules/dejavu-fonts-ttf/ttf, resolved like a module. */
function packageFontDir(): string {
  const manifest = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
  return path.join(path.dirname(manifest), 'ttf');
}

let fontDir: () => string = packageFontDir;

/** Lets packaging (or a test) read the fonts from another folder; undefined restores the default. */
export function setFontDirectory(dir: string | undefined): void {
  fontDir = dir === undefined ? packageFontDir : () => dir;
  cache.clear();
}

/** The one resolver: where the file of a style lives. */
export function fontFile(style: FontStyle): string {
  return path.join(fontDir(), FILES[style]);
}

// A few hundred kB each: read once per process, embedded (subset) into each document.
const cache = new Map<FontStyle, Uint8Array>();

export function fontBytes(style: FontStyle): Uint8Array {
  let bytes = cache.get(style);
  if (!bytes) {
    bytes = fs.readFileSync(fontFile(style));
    cache.set(style, bytes);
  }
  return bytes;
}
