import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppStatus, Member } from '../../contract/types/app.js';
import { closeTrackedRouters, coordinatorInput, createdWorkspace, folderBytes, newRouter, OTHER_PASSPHRASE, PASSPHRASE, sampleMember, unwrap } from '../helpers/workspace.js';

afterEach(closeTrackedRouters);

describe('workspace lifecycle', () => {
  it('creates, locks, unlocks, and finds the data again', async () => {
    const { router, dir, accountId } = await createdWorkspace();
    const member = unwrap(await router.handle('members.create', sampleMember)) as Member;
    unwrap(await router.handle('session.lock', {}));
    expect(router.isUnlocked()).toBe(false);
    expect((await router.handle('members.list', {})).ok).toBe(false);

    const reopened = newRouter(dir).router;
    const status = unwrap(await reopened.handle('app.status', {})) as AppStatus;
    expect(status.workspace).toBe('ready');
    expect(status.accounts).toEqual([{ id: accountId, username: 'anne' }]);
    unwrap(await reopened.handle('session.unlock', { accountId, passphrase: PASSPHRASE }));
    const list = unwrap(await reopened.handle('members.list', {})) as Member[];
    expect(list.map((m) => m.id)).toContain(member.id);
    expect(list.find((m) => m.id === member.id)).toMatchObject({ lastName: 'Martin', sector: 'youth_aid', active: true });
  });

  it('rejects a wrong passphrase with WRONG_PASSPHRASE and leaves every byte unchanged', async () => {
    const { router, dir, accountId } = await createdWorkspace();
    await router.lockNow();
    const before = folderBytes(dir);
    const result = await router.handle('session.unlock', { accountId, passphrase: 'pas-la-bonne-phrase-du-tout' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('WRONG_PASSPHRASE');
      expect(result.error.message).toMatch(/Phrase de passe incorrecte/);
    }
    const after = folderBytes(dir);
    // The database and the key file are untouched; the only trace is the failure counter beside them.
    expect([...after.keys()].sort()).toEqual([...before.keys(), 'concerto.attempts.json'].sort());
    for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes), name).toBe(true);
  });

  it('refuses to create over an existing workspace', async () => {
    const { router } = await createdWorkspace();
    await router.lockNow();
    const again = await router.handle('workspace.create', coordinatorInput);
    expect(again.ok ? 'ok' : again.error.code).toBe('WORKSPACE_EXISTS');
  });

  it('unlocks with the recovery key, renews the identity, and sets a new passphrase', async () => {
    const { router, dir, accountId, recoveryKey } = await createdWorkspace();
    const before = unwrap(await router.handle('app.status', {})) as AppStatus;
    await router.lockNow();
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    const info = unwrap(await router.handle('session.recover', { recoveryKey: typed, accountId, passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE })) as {
      identityKeyId: string;
    };
    expect(info.identityKeyId).not.toBe(before.session!.identityKeyId);
    await router.lockNow();
    const old = await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE });
    expect(old.ok ? 'ok' : old.error.code).toBe('WRONG_PASSPHRASE');
    unwrap(await router.handle('session.unlock', { accountId, passphrase: OTHER_PASSPHRASE }));
    expect(fs.existsSync(path.join(dir, 'concerto.keys.json'))).toBe(true);
  });

  it('rejects a wrong recovery key', async () => {
    const { router, accountId } = await createdWorkspace();
    await router.lockNow();
    const wrong = 'ABCD-'.repeat(12) + 'ABCD';
    const result = await router.handle('session.recover', { recoveryKey: wrong, accountId, passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE });
    expect(result.ok ? 'ok' : result.error.code).toBe('WRONG_RECOVERY_KEY');
  });

  it('changes the passphrase by rewriting one slot only', async () => {
    const { router, dir, accountId } = await createdWorkspace();
    const keysBefore = JSON.parse(fs.readFileSync(path.join(dir, 'concerto.keys.json'), 'utf8'));
    unwrap(await router.handle('account.changePassphrase', { currentPassphrase: PASSPHRASE, passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE }));
    const keysAfter = JSON.parse(fs.readFileSync(path.join(dir, 'concerto.keys.json'), 'utf8'));
    expect(keysAfter.slots.find((s: { kind: string }) => s.kind === 'recovery')).toEqual(keysBefore.slots.find((s: { kind: string }) => s.kind === 'recovery'));
    expect(keysAfter.slots[0].wrappedKey).not.toEqual(keysBefore.slots[0].wrappedKey);
    await router.lockNow();
    expect((await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE })).ok).toBe(false);
    unwrap(await router.handle('session.unlock', { accountId, passphrase: OTHER_PASSPHRASE }));
  });

  it('locks itself after the inactivity delay stored in the workspace, and activity postpones it', async () => {
    const { router } = await createdWorkspace();
    unwrap(await router.handle('settings.update', { autoLockMinutes: 2 }));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      unwrap(await router.handle('session.activity', {}));
      await vi.advanceTimersByTimeAsync(90_000);
      unwrap(await router.handle('session.activity', {}));
      await vi.advanceTimersByTimeAsync(90_000);
      expect(router.isUnlocked()).toBe(true);
      await vi.advanceTimersByTimeAsync(40_000);
      await vi.waitFor(() => expect(router.isUnlocked()).toBe(false));
      const after = await router.handle('members.list', {});
      expect(after.ok ? 'ok' : after.error.code).toBe('UNAUTHENTICATED');
    } finally {
      vi.useRealTimers();
    }
  });
});
