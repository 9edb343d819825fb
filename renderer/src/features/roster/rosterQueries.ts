// Data of the roster page: queries and mutations over the contract's members.* channels.
// Keys are the channel names (shared with the rest of the app through api/queries).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../contract/contract';
import type { ReferenceData } from '../../../../contract/types/app';
import { request } from '../../api/client';
import { MEMBERS_KEY, useAppStatus } from '../../api/queries';
import { refreshAfterChange } from '../../api/refresh';

export { useReference } from '../../api/queries';

export function useMembers() {
  return useQuery({ queryKey: MEMBERS_KEY, queryFn: () => request('members.list', {}) });
}

/** Whether the unlocked account may change the roster (coordinators only; the backend checks it too). */
export function useCanEditRoster(): boolean {
  return useAppStatus().data?.session?.roles.includes('coordinator') ?? false;
}

/** A mutation that refreshes the member list once it succeeded. */
function useMemberMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // Deactivating revokes charter signatures: the charter's statuses are read again too (api/refresh).
    onSuccess: () => refreshAfterChange(queryClient, 'members.change'),
  });
}

export const useCreateMember = () => useMemberMutation((input: InputOf<'members.create'>) => request('members.create', input));
export const useUpdateMember = () => useMemberMutation((input: InputOf<'members.update'>) => request('members.update', input));
export const useDeactivateMember = () => useMemberMutation((input: InputOf<'members.deactivate'>) => request('members.deactivate', input));
export const useReactivateMember = () => useMemberMutation((input: InputOf<'members.reactivate'>) => request('members.reactivate', input));
export const useImportCommit = () => useMemberMutation((input: InputOf<'members.importCommit'>) => request('members.importCommit', input));

/** Service types grouped by sector, in the taxonomy's sector order (for <optgroup>s). */
export function groupServiceTypes(reference: ReferenceData) {
  return reference.sectors.map((sector) => ({
    sector,
    serviceTypes: reference.serviceTypes.filter((s) => s.sector === sector).map((s) => s.code),
  }));
}
