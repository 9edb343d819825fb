// Handlers of the data-safety channels: backups, restore, integrity check.
import fs from 'node:fs';
import path from 'node:path';
import { backupIsStale, createBackup, lastVerifiedBackup, listBackups, removeLeftovers, scratchDir, storedBackupPath, withStorageErrors } from '../../services/safety/backup.js';
import { getKeepLast, setKeepLast } from '../../services/safety/backupSettings.js';
import { runIntegrityChecks } from '../../services/safety/integrity.js';
import { inspectBackup, restoreBackup, type RestoreCredentials } from '../../services/safety/restore.js';
import type { HandlerContext } from './index.js';
import type { z } from 'zod';
import type { restoreSource } from '../../../contract/schemas/safety.js';
import type { BackupStatus, BackupSummary } from '../../../contract/types/safety.js';
import { requireSession } from './requireSession.js';

const summaries = (dir: string): BackupSummary[] =>
  listBackups(dir).map(({ name, createdAt, kind, sizeBytes, verified }) => ({ name, createdAt, kind, sizeBytes, verified }));

export function backupStatus(ctx: HandlerContext, now = new Date()): BackupStatus {
  const session = requireSession(ctx);
  const lastVerified = lastVerifiedBackup(ctx.workspaceDir);
  return {
    lastVerified,
    stale: backupIsStale(lastVerified, now),
    keepLast: getKeepLast(session.ws),
    count: listBackups(ctx.workspaceDir).length,
  };
}

/** An uploaded file is written to a private scratch file beside the workspace, used, then removed. */
async function withSourceFile<T>(ctx: HandlerContext, source: z.output<typeof restoreSource>, fn: (file: string) => Promise<T>): Promise<T> {
  if (source.kind === 'stored') return fn(storedBackupPath(ctx.workspaceDir, source.name));
  const dir = withStorageErrors(() => {
    removeLeftovers(ctx.workspaceDir, /^\.upload-/);
    return scratchDir(ctx.workspaceDir, '.upload-');
  });
  try {
    const file = path.join(dir, 'upload.tar');
    withStorageErrors(() => fs.writeFileSync(file, Buffer.from(source.contentBase64, 'base64'), { mode: 0o600 }));
    return await fn(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const safetyHandlers = {
  'backup.status': (_input: Record<string, never>, ctx: HandlerContext) => backupStatus(ctx),
  'backup.list': (_input: Record<string, never>, ctx: HandlerContext) => summaries(ctx.workspaceDir),
  'backup.create': (_input: Record<string, never>, ctx: HandlerContext) => {
    const { file: _file, ...created } = createBackup(requireSession(ctx), { appVersion: ctx.version, kind: 'manual' });
    return created;
  },
  'backup.download': (input: { name: string }, ctx: HandlerContext) => ({
    fileName: input.name,
    contentBase64: fs.readFileSync(storedBackupPath(ctx.workspaceDir, input.name)).toString('base64'),
  }),
  'backup.setKeepLast': (input: { keepLast: number }, ctx: HandlerContext) => {
    const session = requireSession(ctx);
    setKeepLast(session.ws, session.accountId, input.keepLast);
    return backupStatus(ctx);
  },
  'restore.inspect': (input: { source: z.output<typeof restoreSource>; credentials: RestoreCredentials }, ctx: HandlerContext) =>
    withSourceFile(ctx, input.source, (file) => inspectBackup(ctx.workspaceDir, file, input.credentials, ctx.storeOptions)),
  'restore.apply': async (input: { source: z.output<typeof restoreSource>; credentials: RestoreCredentials; confirmReplace: true }, ctx: HandlerContext) => {
    // Lock first: the open session is closed (with its own automatic backup) before files move.
    await ctx.lock();
    const done = await withSourceFile(ctx, input.source, (file) =>
      restoreBackup(ctx.workspaceDir, file, input.credentials, { ...ctx.storeOptions, appVersion: ctx.version }),
    );
    return { restored: true as const, ...done };
  },
  'integrity.check': (_input: Record<string, never>, ctx: HandlerContext) => runIntegrityChecks(requireSession(ctx).ws),
};
