// Small helpers to make a file durable before it is announced: fsync the file, rename, fsync the folder.
import fs from 'node:fs';

export function fsyncPath(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function fsyncDir(dir: string): void {
  // Makes a rename durable on Linux and macOS; Windows cannot open folders.
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** tmp → final, both durable. */
export function publishFile(tmp: string, final: string, dir: string): void {
  fsyncPath(tmp);
  fs.renameSync(tmp, final);
  fsyncDir(dir);
}

/** Maps file system errors of our own writes to the typed storage errors. */
export function storageErrorCode(error: unknown): 'STORAGE_READONLY' | 'STORAGE_FULL' | null {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return 'STORAGE_FULL';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_READONLY')) return 'STORAGE_READONLY';
  return null;
}
