// The "keep the last N backups" setting (one row, created on first change).
import { backupSettings } from '../../../db/schema.js';
import { appendAudit } from '../audit.js';
import { inTransaction, type OpenWorkspace } from '../store.js';
import { DEFAULT_KEEP_LAST } from './retention.js';

export function getKeepLast(ws: Pick<OpenWorkspace, 'db'>): number {
  return ws.db.select({ keepLast: backupSettings.keepLast }).from(backupSettings).get()?.keepLast ?? DEFAULT_KEEP_LAST;
}

export function setKeepLast(ws: OpenWorkspace, accountId: string, keepLast: number): number {
  inTransaction(ws, () => {
    ws.db.insert(backupSettings).values({ singleton: 1, keepLast }).onConflictDoUpdate({ target: backupSettings.singleton, set: { keepLast } }).run();
    appendAudit(ws.db, { accountId, action: 'backup.settings', entity: 'workspace', entityId: ws.workspaceId });
  });
  return getKeepLast(ws);
}
