// The router calls this on every lock, before the database is closed. A failed automatic backup
// must never prevent locking: it is logged (without content) and the home card shows the age of
// the last verified backup, which is what tells the user something is wrong.
import type { UnlockedWorkspace } from '../workspace.js';
import { autoBackup } from './backup.js';

export function autoBackupBeforeLock(session: UnlockedWorkspace, appVersion: string, now: Date = new Date()): void {
  try {
    autoBackup(session, { appVersion, now });
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error instanceof Error ? error.name : 'unknown');
    console.error(`[concerto] automatic backup failed: ${code}`);
  }
}
