// Workspace-wide settings (group name, territory, auto-lock delay).
import { eq } from 'drizzle-orm';
import { workspace } from '../../db/schema.js';
import { appendAudit } from './audit.js';
import { AppError } from '../../contract/errors.js';
import { inTransaction, type OpenWorkspace } from './store.js';

export interface WorkspaceSettings {
  groupName: string;
  territory: string;
  autoLockMinutes: number;
}

export function getWorkspaceSettings(ws: OpenWorkspace): WorkspaceSettings {
  const row = ws.db
    .select({ groupName: workspace.groupName, territory: workspace.territory, autoLockMinutes: workspace.autoLockMinutes })
    .from(workspace)
    .get();
  if (!row) throw new AppError('DATABASE_UNREADABLE');
  return row;
}

export function updateWorkspaceSettings(ws: OpenWorkspace, accountId: string, patch: Partial<WorkspaceSettings>): WorkspaceSettings {
  inTransaction(ws, () => {
    ws.db.update(workspace).set(patch).where(eq(workspace.singleton, 1)).run();
    appendAudit(ws.db, { accountId, action: 'settings.update', entity: 'workspace', entityId: ws.workspaceId });
  });
  return getWorkspaceSettings(ws);
}
