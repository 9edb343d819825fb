// After a change, the views it makes stale (api/staleness) are invalidated: those on screen are
// read again at once, the others when they are next shown.
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { isStaleAfter } from './staleness';

/**
 * After a successful change on `channel`: every query it makes stale is invalidated, except those
 * whose new value came with the answer (`fresh`, already put in the cache: reading them again
 * would be a second audited opening).
 */
export function refreshAfterChange(queryClient: QueryClient, channel: string, fresh: readonly QueryKey[] = []): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => isStaleAfter(channel, query.queryKey, fresh) });
}
