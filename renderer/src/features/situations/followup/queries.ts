// Data of the situations' follow-up: queries and mutations over the situationAgenda.*,
// situationFollowUp.*, situationNeeds.*, situationActions.*, situationNotice.* and
// situationFigures.* channels. Keys are the channel names.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, InputOf, OutputOf } from '../../../../../electron/api/contract';
import { request } from '../../../api/client';

export const useFollowUp = (situationId: string) =>
  useQuery({ queryKey: ['situationFollowUp.get', situationId], queryFn: () => request('situationFollowUp.get', { situationId }) });
export const useCandidates = (sessionId: string, enabled: boolean) =>
  useQuery({ queryKey: ['situationAgenda.candidates', sessionId], queryFn: () => request('situationAgenda.candidates', { sessionId }), enabled });
export const useOverdueActions = () => useQuery({ queryKey: ['situationActions.overdue'], queryFn: () => request('situationActions.overdue', {}) });
export const useNotice = (situationId: string, enabled: boolean) =>
  useQuery({ queryKey: ['situationNotice.get', situationId], queryFn: () => request('situationNotice.get', { situationId }), enabled });
export const useSituationFigures = () => useQuery({ queryKey: ['situationFigures.get'], queryFn: () => request('situationFigures.get', {}) });

// Situations' statuses show on the sessions' screens and the situations' screens alike.
const KEYS = ['situationFollowUp.get', 'situationAgenda.candidates', 'situationActions.overdue', 'situationNotice.get', 'situationFigures.get', 'sessions.get', 'sessions.list', 'sessions.next', 'situations.list', 'situations.get'];

export function useFollowUpMutation<C extends Channel>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation<OutputOf<C>, unknown, InputOf<C>>({
    mutationFn: (input) => request(channel, input),
    onSuccess: () => Promise.all(KEYS.map((key) => queryClient.invalidateQueries({ queryKey: [key] }))),
  });
}
