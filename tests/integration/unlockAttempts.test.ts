// Wrong passphrases: free for three tries, then a delay that doubles per failure, per account,
// surviving a restart; the next unlock says how many failures there were, and the log records it.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../contract/types/app.js';
import { delayAfter } from '../../electron/services/unlockAttempts.js';
import { dbKeyOf } from '../helpers/safety.js';
import { openEncrypted } from '../../db/connection.js';
import { closeTrackedRouters, createdWorkspace, newRouter, PASSPHRASE, unwrap } from '../helpers/workspace.js';

afterEach(closeTrackedRouters);

const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

/** Moves the last failure back in time, as if the delay had run out. */
function ageFailures(dir: string, ms: number): void {
  const file = path.join(dir, 'concerto.attempts.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { accounts: Record<string, { lastFailureAt: string }> };
  for (const entry of Object.values(data.accounts)) entry.lastFailureAt = new Date(Date.parse(entry.lastFailureAt) - ms).toISOString();
  fs.writeFileSync(file, JSON.stringify(data));
}

describe('failed unlock attempts', () => {
  it('grow a delay after three failures, even for the right passphrase, and are counted at the next unlock', async () => {
    const { router, dir, accountId } = await createdWorkspace();
    await router.lockNow();
    for (let i = 0; i < 3; i += 1) expect(codeOf(await router.handle('session.unlock', { accountId, passphrase: `faux-${i}-phrase` }))).toBe('WRONG_PASSPHRASE');
    const throttled = await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE });
    expect(codeOf(throttled)).toBe('UNLOCK_THROTTLED');
    // A restart does not reset it.
    const restarted = newRouter(dir).router;
    expect(codeOf(await restarted.handle('session.unlock', { accountId, passphrase: PASSPHRASE }))).toBe('UNLOCK_THROTTLED');
    ageFailures(dir, delayAfter(3));
    const info = unwrap(await restarted.handle('session.unlock', { accountId, passphrase: PASSPHRASE })) as SessionInfo;
    expect(info.failedAttempts).toBe(3);
    await restarted.lockNow();
    const again = unwrap(await restarted.handle('session.unlock', { accountId, passphrase: PASSPHRASE })) as SessionInfo;
    expect(again.failedAttempts).toBe(0);
    await restarted.lockNow();
    const db = openEncrypted(path.join(dir, 'concerto.db'), await dbKeyOf(dir, 'anne', PASSPHRASE), { readonly: true });
    try {
      expect(db.prepare("select count(*) as n from audit_events where action = 'account.unlockFailures'").get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });

  it('double with each failure, up to five minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(delayAfter)).toEqual([0, 0, 0, 5_000, 10_000, 20_000, 40_000, 300_000]);
  });
});
