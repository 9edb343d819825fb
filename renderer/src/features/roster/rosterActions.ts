// What a row's buttons do, given by the page to the cells without rebuilding the columns.
import { createContext, useContext } from 'react';
import type { Member } from '../../../../contract/types/app';

export interface RosterActions {
  canEdit: boolean;
  open(member: Member): void;
  deactivate(member: Member): void;
  reactivate(member: Member): void;
  /** Id of the member being reactivated, to disable its button meanwhile. */
  busyId: string | null;
}

export const RosterActionsContext = createContext<RosterActions | null>(null);

export function useRosterActions(): RosterActions {
  const actions = useContext(RosterActionsContext);
  if (!actions) throw new Error('RosterActionsContext missing');
  return actions;
}
