// Data of the Situations section: queries and mutations over the situations.* channels.
// The private words of a check are passed through, never cached: they are not part of any query key.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, InputOf, OutputOf } from '../../../../contract/contract';
import { request } from '../../api/client';
import { AUDITED_OPENING, useAppStatus } from '../../api/queries';
import { refreshAfterChange } from '../../api/refresh';

export const useSituations = () => useQuery({ queryKey: ['situations.list'], queryFn: () => request('situations.list', {}) });
export const useSituationSearch = (query: string) =>
  useQuery({ queryKey: ['situations.search', query], queryFn: () => request('situations.search', { query }), enabled: query.trim() !== '', placeholderData: keepPreviousData });
// Opening is audited: one opening per visit (fetched again on every mount, even from the cache),
// not one per refocus of the window or per change (a change answers with the new view).
export const useSituation = (id: string) =>
  useQuery({ queryKey: ['situations.get', id], queryFn: () => request('situations.get', { id }), ...AUDITED_OPENING });
export const usePresenters = (enabled: boolean) => useQuery({ queryKey: ['situations.presenters'], queryFn: () => request('situations.presenters', {}), enabled });
export const usePresentRefusal = () => useQuery({ queryKey: ['situations.presentRefusal'], queryFn: () => request('situations.presentRefusal', {}) });
export const useSituationSettings = () => useQuery({ queryKey: ['situations.getSettings'], queryFn: () => request('situations.getSettings', {}) });
export const usePurgeDue = (enabled: boolean) => useQuery({ queryKey: ['situations.purgeDue'], queryFn: () => request('situations.purgeDue', {}), enabled });

/** A change of a situation: the answer is the situation as this account now sees it, put straight in the cache. */
export function useSituationChange<C extends Channel>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation<OutputOf<C>, unknown, InputOf<C>>({
    mutationFn: (input) => request(channel, input),
    onSuccess: (value) => {
      const view = value as { id?: string; access?: string };
      // Not awaited: the new view is already in the cache, and forms keyed by it remount at once; a
      // caller's onSuccess must run before that (it would be dropped), not after the other views are read again.
      if (!(view && typeof view === 'object' && view.id && view.access)) return void refreshAfterChange(queryClient, channel);
      queryClient.setQueryData(['situations.get', view.id], value);
      void refreshAfterChange(queryClient, channel, [['situations.get', view.id]]);
    },
  });
}

export function useSituationRoles() {
  const session = useAppStatus().data?.session;
  return { isCoordinator: session?.roles.includes('coordinator') ?? false, memberId: session?.memberId ?? '' };
}
