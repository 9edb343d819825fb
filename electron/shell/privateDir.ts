import fs from 'node:fs';

/** Creates a folder (and parents) that only its owner can read; tightens an existing one. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode is filtered by the umask and ignored for an existing folder.
  if (process.platform !== 'win32') fs.chmodSync(dir, 0o700);
}
