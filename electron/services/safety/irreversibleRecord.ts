// The handlers' side of irreversible.ts: log an irreversible change of the unlocked workspace.
import type { UnlockedWorkspace } from '../workspace.js';
import { recordIrreversible, type IrreversibleEvent } from './irreversible.js';

export function irreversible(unlocked: UnlockedWorkspace, event: IrreversibleEvent): void {
  recordIrreversible(unlocked.ws.dir, unlocked.ws.workspaceId, unlocked.dbKey, event);
}
