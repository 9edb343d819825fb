// What a change makes stale (renderer/src/api/refresh): views of other screens are refreshed,
// the view the answer brought and fixed versions are not read again.
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { refreshAfterChange } from '../../renderer/src/api/refresh';

function clientWith(keys: unknown[][]): QueryClient {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, { cached: true });
  return client;
}
const stale = (client: QueryClient, key: unknown[]) => client.getQueryState(key)?.isInvalidated ?? false;

describe('refreshAfterChange', () => {
  it('marking attendance makes the minutes of the session stale', async () => {
    const client = clientWith([['minutes.get', 's1'], ['sessions.get', 's1'], ['members.list'], ['minutes.open', 's1', 1]]);
    await refreshAfterChange(client, 'attendance.set');
    expect(stale(client, ['minutes.get', 's1'])).toBe(true);
    expect(stale(client, ['sessions.get', 's1'])).toBe(true);
    expect(stale(client, ['members.list'])).toBe(false);
    expect(stale(client, ['minutes.open', 's1', 1])).toBe(false);
  });

  it('a change of a situation refreshes its follow-up but not the view it answered with', async () => {
    const client = clientWith([['situations.get', 'a'], ['situationFollowUp.get', 'a'], ['charter.overview']]);
    await refreshAfterChange(client, 'situations.markReady', [['situations.get', 'a']]);
    expect(stale(client, ['situationFollowUp.get', 'a'])).toBe(true);
    expect(stale(client, ['situations.get', 'a'])).toBe(false);
    expect(stale(client, ['charter.overview'])).toBe(false);
  });

  it('a signature reaches situations and minutes', async () => {
    const client = clientWith([['situations.list'], ['minutes.overview'], ['charter.memberStatuses'], ['members.list']]);
    await refreshAfterChange(client, 'charter.sign');
    for (const key of [['situations.list'], ['minutes.overview'], ['charter.memberStatuses'], ['members.list']]) expect(stale(client, key)).toBe(true);
  });
});
