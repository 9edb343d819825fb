// Data of the charter section. Keys are channel names; every change refreshes them all,
// and the roster (whose signature column reads charter.memberStatuses).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../api/client';
import { useAppStatus } from '../../api/queries';
import { refreshAfterChange } from '../../api/refresh';

export const OVERVIEW_KEY = ['charter.overview'] as const;
export const STATUSES_KEY = ['charter.memberStatuses'] as const;

export const useCharterOverview = () => useQuery({ queryKey: OVERVIEW_KEY, queryFn: () => request('charter.overview', {}) });
export const useMemberStatuses = () => useQuery({ queryKey: STATUSES_KEY, queryFn: () => request('charter.memberStatuses', {}) });

export function useIsCoordinator(): boolean {
  return useAppStatus().data?.session?.roles.includes('coordinator') ?? false;
}

/** A mutation after which everything the charter shows is read again. */
export function useCharterMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // A signature or a version in force changes who may see situations and receive minutes.
    onSuccess: () => refreshAfterChange(queryClient, 'charter.change'),
  });
}
