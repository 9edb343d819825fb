// Data of the situations' follow-up: queries and mutations over the situationAgenda.*,
// situationFollowUp.*, situationNeeds.*, situationActions.*, situationNotice.* and
// situationFigures.* channels. Keys are the channel names.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, InputOf, OutputOf } from '../../../../../contract/contract';
import type { SituationFollowUpView } from '../../../../../contract/types/situationFollowUp';
import { request } from '../../../api/client';
import { AUDITED_OPENING } from '../../../api/queries';
import { refreshAfterChange } from '../../../api/refresh';

export const useFollowUp = (situationId: string) =>
  useQuery({ queryKey: ['situationFollowUp.get', situationId], queryFn: () => request('situationFollowUp.get', { situationId }), ...AUDITED_OPENING });
export const useCandidates = (sessionId: string, enabled: boolean) =>
  useQuery({ queryKey: ['situationAgenda.candidates', sessionId], queryFn: () => request('situationAgenda.candidates', { sessionId }), enabled });
export const useOverdueActions = () => useQuery({ queryKey: ['situationActions.overdue'], queryFn: () => request('situationActions.overdue', {}) });
export const useNotice = (situationId: string, enabled: boolean) =>
  useQuery({ queryKey: ['situationNotice.get', situationId], queryFn: () => request('situationNotice.get', { situationId }), enabled });
export const useSituationFigures = (year: number | null) =>
  useQuery({ queryKey: ['situationFigures.get', year], queryFn: () => request('situationFigures.get', { year }), placeholderData: keepPreviousData });

const followUpViewIn = (value: unknown): SituationFollowUpView | null =>
  value && typeof value === 'object' && 'situationId' in value && 'presentations' in value ? (value as SituationFollowUpView) : null;

export function useFollowUpMutation<C extends Channel>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation<OutputOf<C>, unknown, InputOf<C>>({
    mutationFn: (input) => request(channel, input),
    onSuccess: (value) => {
      // A change answers with the follow-up as this account now sees it: that view is set, not
      // fetched again, since every fetch of it is an audited opening.
      const view = followUpViewIn(value);
      // Not awaited, as for the situations: the new view is in the cache and the caller's onSuccess runs at once.
      if (!view) return void refreshAfterChange(queryClient, channel);
      queryClient.setQueryData(['situationFollowUp.get', view.situationId], view);
      void refreshAfterChange(queryClient, channel, [['situationFollowUp.get', view.situationId]]);
    },
  });
}
