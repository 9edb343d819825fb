// Queries shared across the app. The keys are the channel names, so every feature that asks
// for the same channel shares one cache entry (the roster uses the same keys).
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { AppStatus, SessionInfo } from '../../../contract/types/app';
import { request } from './client';

export const STATUS_KEY = ['app.status'] as const;
export const REFERENCE_KEY = ['reference.get'] as const;
export const SETTINGS_KEY = ['settings.get'] as const;
export const ACCOUNTS_KEY = ['accounts.list'] as const;
export const MEMBERS_KEY = ['members.list'] as const;

/** Query options of a read that the backend audits as an opening: one per visit, not one per refocus of the window. */
export const AUDITED_OPENING = { refetchOnWindowFocus: false, refetchOnMount: 'always', staleTime: Infinity } as const;

export const useAppStatus = () => useQuery({ queryKey: STATUS_KEY, queryFn: () => request('app.status', {}) });

/** Reference data is compiled into the app: it never changes while it runs. */
export const useReference = () => useQuery({ queryKey: REFERENCE_KEY, queryFn: () => request('reference.get', {}), staleTime: Infinity });

/** After an unlock or a change of the session (language, auto-lock delay): update the cached status at once. */
export function setSessionInCache(queryClient: QueryClient, session: SessionInfo | null, extra: Partial<AppStatus> = {}): void {
  queryClient.setQueryData<AppStatus>(STATUS_KEY, (old) => (old ? { ...old, ...extra, session } : old));
}
