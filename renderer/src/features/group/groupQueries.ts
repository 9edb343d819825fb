// The group folder's status, polled while the section is on screen: the backend passes over the
// folder on its own timer, and the screen shows what those passes found.
import { useQuery } from '@tanstack/react-query';
import { request } from '../../api/client';

export const GROUP_STATUS_KEY = ['group.status'] as const;
export const GROUP_STATUS_POLL_MS = 3_000;

export const useGroupStatus = () => useQuery({ queryKey: GROUP_STATUS_KEY, queryFn: () => request('group.status', {}), refetchInterval: GROUP_STATUS_POLL_MS });
