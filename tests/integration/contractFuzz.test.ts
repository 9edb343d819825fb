// Every channel, thrown random inputs (fast-check): each call returns a typed Result, never
// throws, never ends in an internal error, and the workspace stays consistent.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNELS, contract } from '../../contract/contract.js';
import type { Router } from '../../electron/api/router.js';
import type { AuditVerification, Result } from '../../contract/types/app.js';
import { ERROR_CODES } from '../../contract/errors.js';
import { createdWorkspace, PASSPHRASE, unwrap } from '../helpers/workspace.js';

let router: Router;
let accountId: string;

beforeAll(async () => {
  ({ router, accountId } = await createdWorkspace());
});
afterAll(async () => {
  await router.close();
});

function expectTypedResult(result: Result<unknown>): void {
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(ERROR_CODES).toContain(result.error.code);
    expect(result.error.code).not.toBe('INTERNAL');
    expect(result.error.message.length).toBeGreaterThan(0);
  }
}

/** Objects with the channel's own keys but arbitrary values: they get past the shape and test the rules. */
function nearValid(channel: (typeof CHANNELS)[number]): fc.Arbitrary<unknown> {
  const schema = contract[channel].input as z.ZodType;
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  const value = fc.oneof(fc.anything(), fc.string(), fc.constantFrom('', ' ', '2025-02-30', 'saj', 'professional_secret', 'x'.repeat(10_000)));
  return fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] });
}

describe('contract under random input', () => {
  it.each(CHANNELS)('%s answers every random input with a typed result', async (channel) => {
    // Keep the session open so the checks behind the session gate are reached too
    // (public channels such as session.lock don't need it, and re-unlocking costs a key derivation).
    const ensureUnlocked = async () => {
      if (contract[channel].access !== 'public' && !router.isUnlocked()) unwrap(await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE }));
    };
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), nearValid(channel)), async (input) => {
        await ensureUnlocked();
        expectTypedResult(await router.handle(channel, input));
      }),
      { numRuns: 60 },
    );
  });

  it('rejects unknown channels and non-string channel names', async () => {
    for (const name of ['members.drop', '__proto__', 'constructor', 'toString', '', 'members.list ']) {
      const result = await router.handle(name, {});
      expect(result.ok ? 'ok' : result.error.code).toBe('UNKNOWN_CHANNEL');
    }
    expect((await router.handle(42 as unknown as string, {})).ok).toBe(false);
  });

  it('leaves an intact audit chain after the barrage', async () => {
    if (!router.isUnlocked()) unwrap(await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE }));
    expect((unwrap(await router.handle('audit.verify', {})) as AuditVerification).ok).toBe(true);
  });
});
