// The backup file: one plain (uncompressed) tar holding manifest.json, the encrypted database and
// the key file. Tar because it is a documented, ubiquitous format (a person can list or extract it
// with any archiver) and node-tar reads it without trusting paths; no compression because an
// encrypted database does not compress. The manifest carries no content: format, dates, versions,
// hashes and the workspace id (the group's name is already in the file name).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { z } from 'zod';
import { KEY_FILE_NAME } from '../../crypto/keyFile.js';
import { AppError } from '../../../contract/errors.js';
import { DB_FILE_NAME } from '../store.js';
import { MANIFEST_MAC_NAME, manifestMac } from './manifestMac.js';

export const MANIFEST_NAME = 'manifest.json';
export const BACKUP_FORMAT_VERSION = 1;
/** What a backup may contain; anything else makes it invalid. The -wal only in copies of a workspace that was not closed cleanly. */
const ALLOWED_ENTRIES = new Set([MANIFEST_NAME, MANIFEST_MAC_NAME, DB_FILE_NAME, `${DB_FILE_NAME}-wal`, KEY_FILE_NAME]);

export const BACKUP_KINDS = ['manual', 'auto', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const manifestSchema = z.object({
  format: z.literal('concerto.backup'),
  version: z.number().int().positive(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  appVersion: z.string(),
  workspaceId: z.string(),
  /** PRAGMA user_version: how many migrations the database had seen. */
  schemaVersion: z.number().int().nonnegative(),
  /** Opened with the key and checked after writing (a pre-restore copy of a locked workspace cannot be). */
  verified: z.boolean(),
  /** Keyed hash of the audit chain head: tells whether anything changed since, without revealing anything. */
  changeMark: z.string(),
  sha256: z.record(z.string(), z.string()),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export const sha256File = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * Writes manifest + its MAC + files of `dir` into a tar at `file` (not yet fsynced: the caller
 * publishes it). dbKey is the key of the database in `dir`: it authenticates the manifest.
 */
export function writeContainer(file: string, dir: string, manifest: Omit<BackupManifest, 'sha256'>, names: string[], dbKey: Uint8Array): BackupManifest {
  const full: BackupManifest = { ...manifest, sha256: Object.fromEntries(names.map((n) => [n, sha256File(path.join(dir, n))])) };
  const bytes = Buffer.from(JSON.stringify(full, null, 2), 'utf8');
  fs.writeFileSync(path.join(dir, MANIFEST_NAME), bytes, { mode: 0o600 });
  fs.writeFileSync(path.join(dir, MANIFEST_MAC_NAME), manifestMac(dbKey, bytes), { mode: 0o600 });
  tar.c({ file, cwd: dir, sync: true, portable: true, mode: 0o600 } as tar.TarOptionsWithAliasesSyncFile, [MANIFEST_NAME, MANIFEST_MAC_NAME, ...names]);
  fs.chmodSync(file, 0o600);
  return full;
}

/** Names and types of the entries, without extracting; throws BACKUP_INVALID on anything unexpected. */
function listEntries(file: string): Map<string, Buffer | null> {
  const entries = new Map<string, Buffer | null>();
  let unexpected = false;
  try {
    tar.t({
      file,
      sync: true,
      strict: true,
      onReadEntry: (entry) => {
        if (!ALLOWED_ENTRIES.has(entry.path) || entry.type !== 'File' || entries.has(entry.path)) unexpected = true;
        if (entry.path === MANIFEST_NAME || entry.path === MANIFEST_MAC_NAME) {
          const name = entry.path;
          const chunks: Buffer[] = [];
          entry.on('data', (chunk: Buffer) => chunks.push(chunk));
          entry.on('end', () => entries.set(name, Buffer.concat(chunks)));
        } else {
          entries.set(entry.path, null);
          entry.resume();
        }
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BACKUP_INVALID', { cause: error });
  }
  if (unexpected) throw new AppError('BACKUP_INVALID');
  return entries;
}

/** The manifest as read, not yet authenticated (its MAC needs the key): check it before showing any of it. */
export interface UncheckedManifest {
  manifest: BackupManifest;
  bytes: Buffer;
  mac: string;
}

export function readManifest(file: string): BackupManifest {
  return readUncheckedManifest(file).manifest;
}

export function readUncheckedManifest(file: string): UncheckedManifest {
  if (!fs.existsSync(file)) throw new AppError('BACKUP_NOT_FOUND');
  const entries = listEntries(file);
  const raw = entries.get(MANIFEST_NAME);
  const mac = entries.get(MANIFEST_MAC_NAME);
  if (!raw || !mac || !entries.has(DB_FILE_NAME) || !entries.has(KEY_FILE_NAME)) throw new AppError('BACKUP_INVALID');
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new AppError('BACKUP_INVALID');
  }
  const version = (json as { version?: unknown } | null)?.version;
  if ((json as { format?: unknown } | null)?.format === 'concerto.backup' && typeof version === 'number' && version > BACKUP_FORMAT_VERSION)
    throw new AppError('BACKUP_TOO_NEW');
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new AppError('BACKUP_INVALID');
  return { manifest: parsed.data, bytes: raw, mac: mac.toString('utf8') };
}

/** Extracts into an empty folder and checks every file against the manifest's hashes (the caller then checks its MAC). */
export function extractContainer(file: string, dest: string): UncheckedManifest {
  const unchecked = readUncheckedManifest(file);
  const { manifest } = unchecked;
  try {
    tar.x({ file, cwd: dest, sync: true, strict: true, preserveOwner: false, filter: (p: string) => ALLOWED_ENTRIES.has(p) } as tar.TarOptionsWithAliasesSyncFile);
  } catch (error) {
    throw new AppError('BACKUP_INVALID', { cause: error });
  }
  for (const [name, hash] of Object.entries(manifest.sha256)) {
    const target = path.join(dest, name);
    if (!ALLOWED_ENTRIES.has(name) || !fs.existsSync(target) || sha256File(target) !== hash) throw new AppError('BACKUP_INVALID');
  }
  // Entries the manifest does not list (a -wal slipped in) are refused: only what the MAC covers is used.
  for (const name of fs.readdirSync(dest)) if (name !== MANIFEST_NAME && name !== MANIFEST_MAC_NAME && !(name in manifest.sha256)) throw new AppError('BACKUP_INVALID');
  return unchecked;
}
