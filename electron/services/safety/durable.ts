// Small helpers to make a file durable before it is announced: fsync the file, rename, fsync the folder.
import fs from 'node:fs';
import { syncDirectory } from '../../crypto/keyFile.js';

export function fsyncPath(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable (the key file's own helper). */
export const fsyncDir = syncDirectory;

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
