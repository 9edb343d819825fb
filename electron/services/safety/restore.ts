// Restoring a backup: check it completely in a scratch folder first (container, hashes, key file,
// credentials, SQLite integrity, schema version), migrate it there if it is older, keep the current
// workspace as a backup, and only then move the restored files into place.
import type { RestorePreviewInfo } from '../../../contract/types/safety.js';
import fs from 'node:fs';
import path from 'node:path';
import { knownMigrationCount } from '../../../db/migrate.js';
import { KEY_FILE_NAME, readKeyFile, type AccountSlot, type KeyFile } from '../../crypto/keyFile.js';
import { openRecoverySlot, unwrapAccountSlot } from '../../crypto/keySlots.js';
import { normaliseRecoveryKey, RECOVERY_KEY_PATTERN } from '../../crypto/recoveryKey.js';
import { getSodium } from '../../crypto/sodium.js';
import { AppError } from '../../../contract/errors.js';
import { appendAudit } from '../audit.js';
import { closeStore, DB_FILE_NAME, dbFilePath, inTransaction, openStore, type StoreOptions } from '../store.js';
import { backupsDir, removeLeftovers, scratchDir, withStorageErrors } from './backup.js';
import { BACKUP_FORMAT_VERSION, extractContainer, writeContainer, type BackupManifest } from './container.js';
import { fsyncDir, publishFile } from './durable.js';
import { readIrreversible, reapplyIrreversible } from './irreversible.js';
import { assertManifestMac } from './manifestMac.js';
import { backupFileName } from './naming.js';
import { inspectCopy, integrityOk } from './snapshot.js';
import {
  authorityLabel,
  checkCurrentCredentials,
  folderState,
  needsCurrentCredentials,
  type FolderState,
  type RestoreAuthority,
  type RestoreCredentials,
} from './restoreAuthority.js';

export type { RestoreCredentials } from './restoreAuthority.js';

/** What the restore preview shows: the contract's type, so the service and the screen cannot drift apart. */
export type RestorePreview = RestorePreviewInfo;

interface Checked {
  staging: string;
  dbKey: Uint8Array;
  /** The account whose passphrase opened it; null for the recovery key. */
  accountId: string | null;
  workspaceId: string;
  folder: FolderState;
  preview: RestorePreview;
}

async function unwrapDbKey(keyFile: KeyFile, credentials: RestoreCredentials): Promise<{ dbKey: Uint8Array; accountId: string | null }> {
  const s = await getSodium();
  if (credentials.kind === 'recoveryKey') {
    const recovery = keyFile.slots.find((x) => x.kind === 'recovery');
    const normalised = normaliseRecoveryKey(credentials.recoveryKey);
    const key = recovery && RECOVERY_KEY_PATTERN.test(normalised) ? openRecoverySlot(s, keyFile.workspaceId, recovery, normalised) : null;
    if (!key) throw new AppError('WRONG_RECOVERY_KEY');
    return { dbKey: key, accountId: null };
  }
  const slot = keyFile.slots.find((x): x is AccountSlot => x.kind === 'account' && x.username === credentials.username.trim().toLowerCase());
  if (!slot) throw new AppError('UNKNOWN_ACCOUNT');
  const keys = unwrapAccountSlot(s, keyFile.workspaceId, slot, credentials.passphrase);
  if (!keys) throw new AppError('WRONG_PASSPHRASE');
  s.memzero(keys.identityKey);
  return { dbKey: keys.dbKey, accountId: slot.accountId };
}

function readBackupKeyFile(dir: string): KeyFile {
  try {
    return readKeyFile(dir);
  } catch (error) {
    if (error instanceof AppError && error.code === 'KEYFILE_TOO_NEW') throw new AppError('BACKUP_TOO_NEW');
    throw new AppError('BACKUP_INVALID', { cause: error });
  }
}

const CURRENT_OF: Record<FolderState, RestorePreview['current']> = { empty: 'none', damagedSame: 'same', openable: 'same', other: 'other', unknown: 'other' };

function replaceNeedsOf(folder: FolderState): RestorePreview['replaceNeeds'] {
  if (folder === 'unknown') return 'emptyFolder';
  return needsCurrentCredentials(folder) ? 'currentCredentials' : 'nothing';
}

/** Extracts and checks; the caller removes `staging` and wipes `dbKey`. */
async function checkBackup(workspaceDir: string, file: string, credentials: RestoreCredentials, options: StoreOptions): Promise<Checked> {
  const staging = withStorageErrors(() => {
    removeLeftovers(workspaceDir, /^\.restore-/);
    return scratchDir(workspaceDir, '.restore-');
  });
  let dbKey: Uint8Array | undefined;
  try {
    const unchecked = withStorageErrors(() => extractContainer(file, staging));
    const { manifest } = unchecked;
    const keyFile = readBackupKeyFile(staging);
    if (keyFile.workspaceId !== manifest.workspaceId) throw new AppError('BACKUP_INVALID');
    const unwrapped = await unwrapDbKey(keyFile, credentials);
    dbKey = unwrapped.dbKey;
    // Nothing of the manifest is shown before its MAC is checked with the backup's own key.
    assertManifestMac(dbKey, unchecked.bytes, unchecked.mac);
    let copy;
    try {
      copy = inspectCopy(dbFilePath(staging), dbKey);
    } catch (error) {
      throw new AppError('BACKUP_INVALID', { cause: error });
    }
    if (copy.schemaVersion > knownMigrationCount(options.migrationsDir)) throw new AppError('BACKUP_TOO_NEW');
    if (!integrityOk(copy.integrity) || copy.workspaceId !== keyFile.workspaceId) throw new AppError('BACKUP_INVALID');
    const folder = folderState(workspaceDir, keyFile.workspaceId, dbKey);
    const preview: RestorePreview = {
      createdAt: manifest.createdAt,
      kind: manifest.kind,
      appVersion: manifest.appVersion,
      groupName: copy.groupName ?? '',
      counts: copy.counts,
      needsMigration: copy.schemaVersion < knownMigrationCount(options.migrationsDir),
      current: CURRENT_OF[folder],
      replaceNeeds: replaceNeedsOf(folder),
    };
    return { staging, dbKey, accountId: unwrapped.accountId, workspaceId: keyFile.workspaceId, folder, preview };
  } catch (error) {
    if (dbKey) (await getSodium()).memzero(dbKey);
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

export async function inspectBackup(workspaceDir: string, file: string, credentials: RestoreCredentials, options: StoreOptions): Promise<RestorePreview> {
  const checked = await checkBackup(workspaceDir, file, credentials, options);
  fs.rmSync(checked.staging, { recursive: true, force: true });
  (await getSodium()).memzero(checked.dbKey);
  return checked.preview;
}

/**
 * The files of the current workspace as they are (it may be locked, damaged, or another workspace:
 * it cannot always be opened), in the backup format, marked unverified. Returns its name.
 */
export function keepCurrentAsBackup(workspaceDir: string, appVersion: string, dbKey: Uint8Array, now = new Date()): string | null {
  const present = [DB_FILE_NAME, `${DB_FILE_NAME}-wal`, KEY_FILE_NAME].filter((n) => fs.existsSync(path.join(workspaceDir, n)));
  if (present.length === 0) return null;
  const destDir = backupsDir(workspaceDir);
  const staging = scratchDir(destDir, '.staging-');
  let workspaceId = '';
  try {
    workspaceId = readKeyFile(workspaceDir).workspaceId;
  } catch {
    // kept anyway: this copy exists precisely because the current files may be damaged
  }
  const name = backupFileName('espace-remplace', now, 'pre-restore');
  const tmp = path.join(destDir, `.${name}.tmp`);
  try {
    for (const n of present) fs.copyFileSync(path.join(workspaceDir, n), path.join(staging, n));
    // The container requires both entries; a missing one is recorded as an empty placeholder.
    for (const n of [DB_FILE_NAME, KEY_FILE_NAME]) if (!present.includes(n)) fs.writeFileSync(path.join(staging, n), '');
    const names = [...new Set([DB_FILE_NAME, KEY_FILE_NAME, ...present])];
    writeContainer(
      tmp,
      staging,
      {
        format: 'concerto.backup',
        version: BACKUP_FORMAT_VERSION,
        kind: 'pre-restore',
        createdAt: now.toISOString(),
        appVersion,
        workspaceId,
        schemaVersion: 0,
        verified: false,
        changeMark: '',
      },
      names,
      dbKey,
    );
    publishFile(tmp, path.join(destDir, name), destDir);
    return name;
  } finally {
    fs.rmSync(tmp, { force: true });
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Moves the checked files into the workspace folder; the old ones are already kept in backups/. */
function swapInto(workspaceDir: string, staging: string): void {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(dbFilePath(workspaceDir) + suffix, { force: true });
  fs.renameSync(dbFilePath(staging), dbFilePath(workspaceDir));
  fs.renameSync(path.join(staging, KEY_FILE_NAME), path.join(workspaceDir, KEY_FILE_NAME));
  fsyncDir(workspaceDir);
}

/** The rule of restoreAuthority.ts applied to a checked backup; throws when the replacement is not allowed. */
async function authorise(workspaceDir: string, checked: Checked, currentCredentials: RestoreCredentials | undefined, options: StoreOptions): Promise<RestoreAuthority> {
  if (checked.folder === 'unknown') throw new AppError('RESTORE_FOLDER_UNKNOWN');
  if (!needsCurrentCredentials(checked.folder)) return { kind: checked.folder === 'empty' ? 'emptyFolder' : 'damagedSameWorkspace' };
  if (!currentCredentials) throw new AppError('RESTORE_NEEDS_CURRENT_CREDENTIALS');
  return checkCurrentCredentials(await getSodium(), workspaceDir, currentCredentials, options);
}

/** The workspace being replaced says so in its own log, when its key is at hand (before it is kept as a copy). */
function recordReplaced(workspaceDir: string, authority: RestoreAuthority, backupWorkspaceId: string, options: StoreOptions): void {
  if (authority.kind !== 'currentCoordinator' && authority.kind !== 'currentRecoveryKey') return;
  const store = openStore(workspaceDir, authority.dbKey, options);
  try {
    const accountId = authority.kind === 'currentCoordinator' ? authority.accountId : null;
    inTransaction(store, () => appendAudit(store.db, { accountId, action: 'workspace.replaced', entity: 'workspace', entityId: backupWorkspaceId }));
  } finally {
    closeStore({ dir: workspaceDir, workspaceId: '', ...store });
  }
}

export async function restoreBackup(
  workspaceDir: string,
  file: string,
  credentials: RestoreCredentials,
  options: StoreOptions & { appVersion: string; now?: Date; currentCredentials?: RestoreCredentials; backupName?: string },
): Promise<{ preview: RestorePreview; keptCurrentAs: string | null }> {
  const checked = await checkBackup(workspaceDir, file, credentials, options);
  let authority: RestoreAuthority | undefined;
  try {
    authority = await authorise(workspaceDir, checked, options.currentCredentials, options);
    const allowed = authority;
    return withStorageErrors(() => {
      // Migrate in the scratch folder: a failure here leaves the current workspace untouched.
      // What was purged, withdrawn or revoked since the backup stays so (irreversible.ts): read and
      // authenticated before anything moves, re-applied in the scratch copy before it goes live.
      const irreversible = readIrreversible(workspaceDir, checked.workspaceId, checked.dbKey);
      const store = openStore(checked.staging, checked.dbKey, options);
      // The restored workspace's own log says it was restored, from which backup, by whom (null: with
      // the recovery key), and on what authority.
      const sameWorkspace = allowed.kind === 'currentCoordinator' && checked.folder === 'openable';
      inTransaction(store, () => {
        const what = `${checked.preview.createdAt}|${checked.preview.kind}|${options.backupName ?? 'upload'}`;
        appendAudit(store.db, { accountId: checked.accountId, action: 'workspace.restore', entity: 'backup', entityId: what });
        appendAudit(store.db, { accountId: sameWorkspace ? allowed.accountId : null, action: 'workspace.restore.authority', entity: 'restore', entityId: authorityLabel(allowed) });
        reapplyIrreversible(store.db, irreversible);
      });
      const integrity = (store.sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
      closeStore({ dir: checked.staging, workspaceId: '', ...store });
      if (!integrityOk(integrity)) throw new AppError('BACKUP_INVALID');
      for (const suffix of ['-wal', '-shm']) fs.rmSync(dbFilePath(checked.staging) + suffix, { force: true });
      recordReplaced(workspaceDir, allowed, checked.workspaceId, options);
      // The copy's manifest is authenticated with the key of the workspace it holds: the one just
      // proven (current credentials), or the backup's own (the same workspace, damaged).
      const currentKey = 'dbKey' in allowed ? allowed.dbKey : checked.dbKey;
      const keptCurrentAs = keepCurrentAsBackup(workspaceDir, options.appVersion, currentKey, options.now);
      swapInto(workspaceDir, checked.staging);
      return { preview: checked.preview, keptCurrentAs };
    });
  } finally {
    fs.rmSync(checked.staging, { recursive: true, force: true });
    const s = await getSodium();
    s.memzero(checked.dbKey);
    if (authority && 'dbKey' in authority) s.memzero(authority.dbKey);
  }
}
