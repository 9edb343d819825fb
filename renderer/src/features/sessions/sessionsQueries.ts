// Data of the Séances section: queries and mutations over the sessions.*, agenda.*,
// attendance.* and participation.* channels. Keys are the channel names.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, InputOf, OutputOf } from '../../../../contract/contract';
import { request } from '../../api/client';
import { useAppStatus } from '../../api/queries';
import { refreshAfterChange } from '../../api/refresh';

export const useSessions = () => useQuery({ queryKey: ['sessions.list'], queryFn: () => request('sessions.list', {}) });
export const useSession = (id: string) => useQuery({ queryKey: ['sessions.get', id], queryFn: () => request('sessions.get', { id }) });
export const useNextSession = () => useQuery({ queryKey: ['sessions.next'], queryFn: () => request('sessions.next', {}) });
export const usePlaces = () => useQuery({ queryKey: ['sessions.places'], queryFn: () => request('sessions.places', {}) });
export const useSessionSettings = () => useQuery({ queryKey: ['sessions.getSettings'], queryFn: () => request('sessions.getSettings', {}) });
export const useFigures = (from: string, to: string, enabled: boolean) =>
  useQuery({ queryKey: ['participation.figures', from, to], queryFn: () => request('participation.figures', { from, to }), enabled });

/** A change of sessions: afterwards every view that shows it is refreshed (api/refresh). */
export function useSessionMutation<C extends Channel>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation<OutputOf<C>, unknown, InputOf<C>>({
    mutationFn: (input) => request(channel, input),
    onSuccess: () => refreshAfterChange(queryClient, channel),
  });
}

export function useRoles() {
  const roles = useAppStatus().data?.session?.roles ?? [];
  return { canPlan: roles.includes('coordinator'), canRecord: roles.includes('coordinator') || roles.includes('secretary') };
}
