// Handlers of the data-safety channels: backups, restore, integrity check.
import fs from 'node:fs';
import path from 'node:path';
import { backupIsStale, createBackup, lastVerifiedBackup, listBackups, removeLeftovers, scratchDir, storedBackupPath, withStorageErrors } from '../../services/safety/backup.js';
import { auditBackupCreated, auditBackupDownloaded } from '../../services/safety/backupAudit.js';
import { getKeepLast, setKeepLast } from '../../services/safety/backupSettings.js';
import { runIntegrityChecks } from '../../services/safety/integrity.js';
import { inspectBackup, restoreBackup } from '../../services/safety/restore.js';
import type { Channel } from '../../../contract/contract.js';
import type { HandlersOf, UnlockedContext } from '../handlerContext.js';
import type { z } from 'zod';
import type { restoreSource } from '../../../contract/schemas/safety.js';
import type { BackupStatus, BackupSummary } from '../../../contract/types/safety.js';

const summaries = (dir: string): BackupSummary[] =>
  listBackups(dir).map(({ name, createdAt, kind, sizeBytes, verified }) => ({ name, createdAt, kind, sizeBytes, verified }));

export function backupStatus(ctx: UnlockedContext, now = new Date()): BackupStatus {
  const lastVerified = lastVerifiedBackup(ctx.router.workspaceDir);
  return {
    lastVerified,
    stale: backupIsStale(lastVerified, now),
    keepLast: getKeepLast(ctx.unlocked.ws),
    count: listBackups(ctx.router.workspaceDir).length,
  };
}

/** An uploaded file is written to a private scratch file beside the workspace, used, then removed. */
async function withSourceFile<T>(workspaceDir: string, source: z.output<typeof restoreSource>, fn: (file: string) => Promise<T>): Promise<T> {
  if (source.kind === 'stored') return fn(storedBackupPath(workspaceDir, source.name));
  const dir = withStorageErrors(() => {
    removeLeftovers(workspaceDir, /^\.upload-/);
    return scratchDir(workspaceDir, '.upload-');
  });
  try {
    const file = path.join(dir, 'upload.tar');
    withStorageErrors(() => fs.writeFileSync(file, Buffer.from(source.contentBase64, 'base64'), { mode: 0o600 }));
    return await fn(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

type SafetyChannel = Extract<Channel, `backup.${string}` | `restore.${string}` | `integrity.${string}`>;

export const safetyHandlers: HandlersOf<SafetyChannel> = {
  'backup.status': (_input, ctx) => backupStatus(ctx),
  'backup.list': (_input, ctx) => summaries(ctx.router.workspaceDir),
  'backup.create': (_input, ctx) => {
    auditBackupCreated(ctx.unlocked.ws, ctx.account.id);
    const { file: _file, ...created } = createBackup(ctx.unlocked, { appVersion: ctx.router.version, kind: 'manual' });
    return created;
  },
  'backup.download': (input, ctx) => {
    const file = storedBackupPath(ctx.router.workspaceDir, input.name);
    auditBackupDownloaded(ctx.unlocked.ws, ctx.account.id, input.name);
    return { fileName: input.name, contentBase64: fs.readFileSync(file).toString('base64') };
  },
  'restore.stored': (_input, router) => listBackups(router.workspaceDir).map(({ name, createdAt, kind }) => ({ name, createdAt, kind })),
  'backup.setKeepLast': (input, ctx) => {
    setKeepLast(ctx.unlocked.ws, ctx.unlocked.accountId, input.keepLast);
    return backupStatus(ctx);
  },
  'restore.inspect': (input, router) =>
    withSourceFile(router.workspaceDir, input.source, (file) => inspectBackup(router.workspaceDir, file, input.credentials, router.storeOptions)),
  'restore.apply': async (input, router) => {
    // Lock first: the open workspace is closed (with its own automatic backup) before files move.
    await router.lock();
    const done = await withSourceFile(router.workspaceDir, input.source, (file) =>
      restoreBackup(router.workspaceDir, file, input.credentials, {
        ...router.storeOptions,
        appVersion: router.version,
        currentCredentials: input.currentCredentials,
        // A stored backup by its name; an uploaded file's name is the user's own text, not logged.
        backupName: input.source.kind === 'stored' ? input.source.name : undefined,
      }),
    );
    return { restored: true as const, ...done };
  },
  'integrity.check': (_input, ctx) => runIntegrityChecks(ctx.unlocked.ws),
};
