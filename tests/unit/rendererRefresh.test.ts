// What a change makes stale (renderer/src/api/staleness): views of other screens are refreshed,
// the view the answer brought and fixed versions are not read again.
import { describe, expect, it } from 'vitest';
import { isStaleAfter } from '../../renderer/src/api/staleness.js';

describe('isStaleAfter', () => {
  it('marking attendance makes the minutes of the session stale', () => {
    expect(isStaleAfter('attendance.set', ['minutes.get', 's1'])).toBe(true);
    expect(isStaleAfter('attendance.set', ['sessions.get', 's1'])).toBe(true);
    expect(isStaleAfter('attendance.set', ['members.list'])).toBe(false);
    // A finalised version never changes: not decrypted (and audited) again.
    expect(isStaleAfter('attendance.set', ['minutes.open', 's1', 1])).toBe(false);
  });

  it('a change of a situation refreshes its follow-up but not the view it answered with', () => {
    const fresh = [['situations.get', 'a']];
    expect(isStaleAfter('situations.markReady', ['situationFollowUp.get', 'a'], fresh)).toBe(true);
    expect(isStaleAfter('situations.markReady', ['situations.get', 'a'], fresh)).toBe(false);
    expect(isStaleAfter('situations.markReady', ['situations.get', 'b'], fresh)).toBe(true);
    expect(isStaleAfter('situations.markReady', ['charter.overview'], fresh)).toBe(false);
  });

  it('a signature reaches situations and minutes', () => {
    for (const key of [['situations.list'], ['minutes.overview'], ['charter.memberStatuses'], ['members.list']]) expect(isStaleAfter('charter.sign', key)).toBe(true);
  });
});
