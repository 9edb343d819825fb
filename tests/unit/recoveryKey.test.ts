import { describe, expect, it } from 'vitest';
import { generateRecoveryKey, normaliseRecoveryKey, RECOVERY_KEY_PATTERN } from '../../electron/crypto/recoveryKey.js';
import { getSodium } from '../../electron/crypto/sodium.js';

describe('recovery key', () => {
  it('is 13 groups of 4 Crockford characters, different each time', async () => {
    const s = await getSodium();
    const keys = new Set(Array.from({ length: 50 }, () => generateRecoveryKey(s)));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(RECOVERY_KEY_PATTERN);
  });

  it('accepts what a person types: lower case, spaces, O for 0, I and L for 1', () => {
    expect(normaliseRecoveryKey('abcd efgh-0o1i l234')).toBe('ABCD-EFGH-0011-1234');
  });
});
