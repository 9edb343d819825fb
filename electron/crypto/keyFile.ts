// The key file beside the database: one slot per account plus the recovery slot.
// Each slot holds the database key wrapped under a passphrase-derived key; an account
// slot also holds that account's sealed identity. Writes are atomic (temp + fsync + rename).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../contract/errors.js';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const sealedBlob = z.object({ nonce: base64, ciphertext: base64 });
const kdfParams = z.object({
  alg: z.literal('argon2id13'),
  opsLimit: z.number().int().positive(),
  memLimit: z.number().int().positive(),
  salt: base64,
});

const accountSlot = z.object({
  id: z.string().min(1),
  kind: z.literal('account'),
  accountId: z.string().min(1),
  username: z.string().min(1),
  kdf: kdfParams,
  wrappedKey: sealedBlob,
  identity: sealedBlob,
});
const recoverySlot = z.object({
  id: z.string().min(1),
  kind: z.literal('recovery'),
  kdf: kdfParams,
  wrappedKey: sealedBlob,
});
export const keyFileSchema = z.object({
  format: z.literal('concerto.keyfile'),
  version: z.literal(1),
  workspaceId: z.string().min(1),
  slots: z.array(z.discriminatedUnion('kind', [accountSlot, recoverySlot])).min(1),
});

export type KeyFile = z.infer<typeof keyFileSchema>;
export type AccountSlot = z.infer<typeof accountSlot>;
export type RecoverySlot = z.infer<typeof recoverySlot>;
export const KEY_FILE_NAME = 'concerto.keys.json';

export const keyFilePath = (dir: string) => path.join(dir, KEY_FILE_NAME);

export function readKeyFile(dir: string): KeyFile {
  const file = keyFilePath(dir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('KEYFILE_MISSING');
    throw new AppError('KEYFILE_UNREADABLE', { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('KEYFILE_CORRUPT');
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) {
    const version = (json as { version?: unknown } | null)?.version;
    if ((json as { format?: unknown } | null)?.format === 'concerto.keyfile' && typeof version === 'number' && version > 1) {
      throw new AppError('KEYFILE_TOO_NEW');
    }
    throw new AppError('KEYFILE_CORRUPT');
  }
  return parsed.data;
}

/** Replace the key file atomically: a crash leaves either the old or the new file, never half of one. */
export function writeKeyFile(dir: string, keyFile: KeyFile): void {
  const checked = keyFileSchema.parse(keyFile);
  const file = keyFilePath(dir);
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(checked, null, 2));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  syncDirectory(dir);
}

export function syncDirectory(dir: string): void {
  // Directory fsync makes the rename durable on Linux; Windows cannot open directories.
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
