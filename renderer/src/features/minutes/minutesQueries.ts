// Data of the minutes (PV): queries and mutations over the minutes.* channels. Keys are the channel
// names. The private words of a check are passed through, never part of a query key.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, InputOf, OutputOf } from '../../../../contract/contract';
import type { MinutesView } from '../../../../contract/types/minutes';
import { request } from '../../api/client';
import { AUDITED_OPENING } from '../../api/queries';
import { refreshAfterChange } from '../../api/refresh';

export const minutesKey = (sessionId: string) => ['minutes.get', sessionId] as const;

/** Every held session with the public state of its minutes, in one call (no content, nothing to decrypt). */
export const useMinutesOverview = () => useQuery({ queryKey: ['minutes.overview'], queryFn: () => request('minutes.overview', {}) });

export const useMinutes = (sessionId: string) =>
  useQuery({ queryKey: minutesKey(sessionId), queryFn: () => request('minutes.get', { sessionId }), refetchOnWindowFocus: false });

/** Opening a version decrypts it and is audited: once per visit. */
export const useOpenedVersion = (sessionId: string, version: number) =>
  useQuery({ queryKey: ['minutes.open', sessionId, version], queryFn: () => request('minutes.open', { sessionId, version }), ...AUDITED_OPENING });

export const useRegister = (sessionId: string) => useQuery({ queryKey: ['minutes.register', sessionId], queryFn: () => request('minutes.register', { sessionId }) });

export const useReceived = () => useQuery({ queryKey: ['minutes.received'], queryFn: () => request('minutes.received', {}) });

export const useOpenedReceived = (id: string) =>
  useQuery({ queryKey: ['minutes.openReceived', id], queryFn: () => request('minutes.openReceived', { id }), ...AUDITED_OPENING });

const isMinutesView = (value: unknown): value is MinutesView =>
  typeof value === 'object' && value !== null && 'access' in value && 'sessionId' in value && 'state' in value;

/** A change of the minutes: a view in the answer goes straight into the cache; lists and the register are read again. */
export function useMinutesChange<C extends Channel>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation<OutputOf<C>, unknown, InputOf<C>>({
    mutationFn: (input) => request(channel, input),
    onSuccess: (value) => {
      if (!isMinutesView(value)) return refreshAfterChange(queryClient, channel);
      queryClient.setQueryData(minutesKey(value.sessionId), value);
      return refreshAfterChange(queryClient, channel, [minutesKey(value.sessionId)]);
    },
  });
}
