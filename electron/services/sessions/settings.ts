// Settings of the sessions feature: how long before a session its agenda closes.
import { eq } from 'drizzle-orm';
import { sessionSettings } from '../../../db/schema.js';
import type { SessionSettings } from '../../../contract/types/sessions.js';
import { appendAudit } from '../audit.js';
import { inTransaction, type Db, type OpenWorkspace } from '../store.js';

export const DEFAULT_AGENDA_CLOSING_HOURS = 48;

export function getSessionSettings(db: Db): SessionSettings {
  const row = db.select().from(sessionSettings).where(eq(sessionSettings.singleton, 1)).get();
  return { agendaClosingHours: row?.agendaClosingHours ?? DEFAULT_AGENDA_CLOSING_HOURS };
}

export function updateSessionSettings(ws: OpenWorkspace, accountId: string, settings: SessionSettings): SessionSettings {
  inTransaction(ws, () => {
    ws.db
      .insert(sessionSettings)
      .values({ singleton: 1, ...settings })
      .onConflictDoUpdate({ target: sessionSettings.singleton, set: settings })
      .run();
    appendAudit(ws.db, { accountId, action: 'sessions.settings.update', entity: 'workspace', entityId: ws.workspaceId });
  });
  return getSessionSettings(ws.db);
}
