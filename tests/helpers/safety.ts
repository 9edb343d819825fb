// Helpers for the data-safety tests: listing a tar, unwrapping a key file's database key.
import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { readKeyFile, type AccountSlot } from '../../electron/crypto/keyFile.js';
import { unwrapAccountSlot } from '../../electron/crypto/keySlots.js';
import { getSodium } from '../../electron/crypto/sodium.js';
import { tempDir } from './workspace.js';

export function tarEntries(file: string): string[] {
  const names: string[] = [];
  tar.t({ file, sync: true, onReadEntry: (e) => names.push(e.path) });
  return names.sort();
}

export function extractTo(file: string, dir = tempDir('concerto-extract-')): string {
  tar.x({ file, cwd: dir, sync: true });
  return dir;
}

/** The database key from a key file, with one account's passphrase (costs one Argon2id derivation). */
export async function dbKeyOf(dir: string, username: string, passphrase: string): Promise<Uint8Array> {
  const s = await getSodium();
  const keyFile = readKeyFile(dir);
  const slot = keyFile.slots.find((x): x is AccountSlot => x.kind === 'account' && x.username === username)!;
  const keys = unwrapAccountSlot(s, keyFile.workspaceId, slot, passphrase);
  if (!keys) throw new Error('wrong passphrase');
  return keys.dbKey;
}

export const backupFiles = (dir: string): string[] =>
  fs.existsSync(path.join(dir, 'backups')) ? fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.endsWith('.tar')).sort() : [];
