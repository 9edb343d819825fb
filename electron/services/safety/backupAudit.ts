// Who took a full copy of the workspace, and when: a manual backup and every download go into the
// audit log. Automatic backups are not logged: the event would itself be a change, and the next
// lock would then always find something new to back up.
import { appendAudit } from '../audit.js';
import { inTransaction, type OpenWorkspace } from '../store.js';

/** Before the copy is made, so the backup holds the record of its own making. */
export function auditBackupCreated(ws: OpenWorkspace, accountId: string): void {
  inTransaction(ws, () => appendAudit(ws.db, { accountId, action: 'backup.create', entity: 'workspace', entityId: ws.workspaceId }));
}

export function auditBackupDownloaded(ws: OpenWorkspace, accountId: string, name: string): void {
  inTransaction(ws, () => appendAudit(ws.db, { accountId, action: 'backup.download', entity: 'backup', entityId: name }));
}
