// Writing a verified backup of the open workspace, listing the backups folder, automatic backups.
import fs from 'node:fs';
import path from 'node:path';
import { KEY_FILE_NAME, keyFilePath, readKeyFile } from '../../crypto/keyFile.js';
import { AppError } from '../../../contract/errors.js';
import { getWorkspaceSettings } from '../settings.js';
import { DB_FILE_NAME } from '../store.js';
import type { UnlockedWorkspace } from '../workspace.js';
import { getKeepLast } from './backupSettings.js';
import { BACKUP_FORMAT_VERSION, extractContainer, readManifest, writeContainer, type BackupKind, type BackupManifest } from './container.js';
import { fsyncDir, publishFile, storageErrorCode } from './durable.js';
import { assertManifestMac } from './manifestMac.js';
import { BACKUP_NAME_PATTERN, backupFileName } from './naming.js';
import { backupsToDelete } from './retention.js';
import { changeMark, inspectCopy, integrityOk, rowCounts, snapshotInto } from './snapshot.js';

export const BACKUPS_DIR_NAME = 'backups';
export const backupsDir = (workspaceDir: string) => path.join(workspaceDir, BACKUPS_DIR_NAME);

export interface BackupEntry {
  name: string;
  createdAt: string;
  kind: BackupKind;
  sizeBytes: number;
  verified: boolean;
}

export interface CreatedBackup extends BackupEntry {
  file: string;
  counts: Record<string, number>;
}

/** A private scratch folder beside the destination (same file system, so renames are atomic). */
export function scratchDir(parent: string, prefix: string): string {
  fs.mkdirSync(parent, { recursive: true, mode: 0o700 });
  return fs.mkdtempSync(path.join(parent, prefix));
}

/**
 * Scratch files of a backup interrupted by a kill (e.g. the shell's close timeout at quit): never
 * announced as backups, removed before the next one once they are a minute old (one process writes
 * here, single instance; the delay only keeps this away from anything in progress).
 */
export function removeLeftovers(dir: string, pattern = /^\.(staging|check)-|^\..*\.tar\.tmp$/, now = Date.now()): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    if (pattern.test(name) && now - fs.lstatSync(full).mtimeMs > 60_000) fs.rmSync(full, { recursive: true, force: true });
  }
}

function freeName(destDir: string, groupName: string, at: Date, kind: BackupKind): string {
  for (let attempt = 0; ; attempt += 1) {
    const name = backupFileName(groupName, at, kind, attempt);
    if (!fs.existsSync(path.join(destDir, name))) return name;
  }
}

/** Runs fn, mapping our own disk errors (full, read-only) to typed errors. */
export function withStorageErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    const code = storageErrorCode(error);
    if (code) throw new AppError(code, { cause: error });
    throw error;
  }
}

/**
 * Copies the open database (encrypted, same key) and the key file into one tar in destDir, then
 * extracts it elsewhere, opens it with the key and compares integrity and row counts before the
 * file gets its final name. A file with a final name is therefore always a verified backup.
 */
export function createBackup(session: UnlockedWorkspace, options: { appVersion: string; kind?: BackupKind; destDir?: string; now?: Date }): CreatedBackup {
  const { ws, dbKey } = session;
  const kind = options.kind ?? 'manual';
  const destDir = options.destDir ?? backupsDir(ws.dir);
  const now = options.now ?? new Date();
  return withStorageErrors(() => {
    removeLeftovers(destDir);
    const staging = scratchDir(destDir, '.staging-');
    const checkDir = scratchDir(destDir, '.check-');
    const name = freeName(destDir, getWorkspaceSettings(ws).groupName, now, kind);
    const tmp = path.join(destDir, `.${name}.tmp`);
    try {
      const counts = rowCounts(ws.sqlite);
      snapshotInto(ws.sqlite, path.join(staging, DB_FILE_NAME));
      fs.copyFileSync(keyFilePath(ws.dir), path.join(staging, KEY_FILE_NAME));
      const manifest = writeContainer(
        tmp,
        staging,
        {
          format: 'concerto.backup',
          version: BACKUP_FORMAT_VERSION,
          kind,
          createdAt: now.toISOString(),
          appVersion: options.appVersion,
          workspaceId: ws.workspaceId,
          schemaVersion: ws.sqlite.pragma('user_version', { simple: true }) as number,
          verified: true,
          changeMark: changeMark(ws.sqlite, dbKey),
        },
        [DB_FILE_NAME, KEY_FILE_NAME],
        dbKey,
      );
      verifyWritten(tmp, checkDir, dbKey, ws.workspaceId, counts);
      const file = path.join(destDir, name);
      publishFile(tmp, file, destDir);
      return { ...entryOf(file, manifest), file, counts };
    } finally {
      fs.rmSync(tmp, { force: true });
      fs.rmSync(staging, { recursive: true, force: true });
      fs.rmSync(checkDir, { recursive: true, force: true });
    }
  });
}

function verifyWritten(file: string, checkDir: string, dbKey: Uint8Array, workspaceId: string, expected: Record<string, number>): void {
  try {
    const written = extractContainer(file, checkDir);
    assertManifestMac(dbKey, written.bytes, written.mac);
    const copy = inspectCopy(path.join(checkDir, DB_FILE_NAME), dbKey);
    const keyFile = readKeyFile(checkDir);
    const sameCounts = JSON.stringify(copy.counts) === JSON.stringify(expected);
    if (!integrityOk(copy.integrity) || !sameCounts || copy.workspaceId !== workspaceId || keyFile.workspaceId !== workspaceId) throw new AppError('BACKUP_VERIFY_FAILED');
  } catch (error) {
    // A full or read-only disk stays what it is; anything else means the copy is not trustworthy.
    if (storageErrorCode(error)) throw error;
    throw error instanceof AppError && error.code === 'BACKUP_VERIFY_FAILED' ? error : new AppError('BACKUP_VERIFY_FAILED', { cause: error });
  }
}

function entryOf(file: string, manifest: BackupManifest): BackupEntry {
  return { name: path.basename(file), createdAt: manifest.createdAt, kind: manifest.kind, sizeBytes: fs.statSync(file).size, verified: manifest.verified };
}

interface ListedBackup extends BackupEntry {
  changeMark: string;
  workspaceId: string;
}

/** The backups of the workspace's backups/ folder, newest first; unreadable files are left out. */
export function listBackups(workspaceDir: string): ListedBackup[] {
  const dir = backupsDir(workspaceDir);
  if (!fs.existsSync(dir)) return [];
  const out: ListedBackup[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (!BACKUP_NAME_PATTERN.test(name)) continue;
    const file = path.join(dir, name);
    try {
      const manifest = readManifest(file);
      out.push({ ...entryOf(file, manifest), changeMark: manifest.changeMark, workspaceId: manifest.workspaceId });
    } catch {
      // a damaged or foreign file: not offered, not deleted
    }
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Only names that are in the folder: the renderer never sends a path. */
export function storedBackupPath(workspaceDir: string, name: string): string {
  if (!BACKUP_NAME_PATTERN.test(name)) throw new AppError('BACKUP_NOT_FOUND');
  const file = path.join(backupsDir(workspaceDir), name);
  if (!fs.existsSync(file)) throw new AppError('BACKUP_NOT_FOUND');
  return file;
}

export function lastVerifiedBackup(workspaceDir: string): BackupEntry | null {
  const found = listBackups(workspaceDir).find((b) => b.verified);
  if (!found) return null;
  const { changeMark: _mark, workspaceId: _id, ...entry } = found;
  return entry;
}

/** The home card warns when there is no verified backup, or the last one is more than a week old. */
export function backupIsStale(last: Pick<BackupEntry, 'createdAt'> | null, now = new Date()): boolean {
  return !last || now.getTime() - Date.parse(last.createdAt) > 7 * 24 * 3600_000;
}

/** Deletes what the retention rule no longer keeps; returns the names deleted. */
export function pruneBackups(workspaceDir: string, keepLast: number, now = new Date()): string[] {
  const doomed = backupsToDelete(listBackups(workspaceDir), keepLast, now);
  for (const b of doomed) fs.rmSync(path.join(backupsDir(workspaceDir), b.name), { force: true });
  if (doomed.length > 0) fsyncDir(backupsDir(workspaceDir));
  return doomed.map((b) => b.name);
}

/**
 * Automatic backups are at least this far apart: a burst of locks (every few minutes, each after a
 * change) once made ten full copies in ten minutes, pushing older days out of the last N kept.
 * Settings says it in words ("au plus une par heure"): change both together.
 */
export const AUTO_BACKUP_MIN_INTERVAL_MINUTES = 60;

/**
 * On lock and on quit: a verified backup into backups/ if anything changed since the newest one and
 * the last automatic one is at least AUTO_BACKUP_MIN_INTERVAL_MINUTES old, then the retention rule.
 * Returns null when none was made (changes made meanwhile go into the next one).
 */
export function autoBackup(session: UnlockedWorkspace, options: { appVersion: string; now?: Date }): CreatedBackup | null {
  const now = options.now ?? new Date();
  const mine = listBackups(session.ws.dir).filter((b) => b.kind !== 'pre-restore' && b.workspaceId === session.ws.workspaceId);
  const lastAuto = mine.find((b) => b.kind === 'auto');
  const sinceAuto = lastAuto ? now.getTime() - Date.parse(lastAuto.createdAt) : Infinity;
  // A clock set back (sinceAuto < 0) must not stop backups until it catches up: then the pace does not apply.
  if (sinceAuto >= 0 && sinceAuto < AUTO_BACKUP_MIN_INTERVAL_MINUTES * 60_000) return null;
  const newest = mine[0];
  // Unchanged since a backup of less than a day: nothing to add (a lock every few minutes would otherwise
  // fill the folder with identical copies). Once a day, even unchanged, so "last backup" stays recent.
  const fresh = newest && now.getTime() - Date.parse(newest.createdAt) < 24 * 3600_000;
  if (fresh && newest.changeMark === changeMark(session.ws.sqlite, session.dbKey)) return null;
  const created = createBackup(session, { appVersion: options.appVersion, kind: 'auto', now });
  pruneBackups(session.ws.dir, getKeepLast(session.ws), now);
  return created;
}
