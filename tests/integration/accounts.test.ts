import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountSummary, AppStatus, Member, SessionInfo } from '../../contract/types/app.js';
import { readKeyFile, type AccountSlot } from '../../electron/crypto/keyFile.js';
import { openSlotIdentity } from '../../electron/crypto/keySlots.js';
import { getSodium } from '../../electron/crypto/sodium.js';
import { unlockWithPassphrase, endSession } from '../../electron/services/workspace.js';
import { closeTrackedRouters, createdWorkspace, OTHER_PASSPHRASE, PASSPHRASE, sampleMember, unwrap } from '../helpers/workspace.js';

afterEach(closeTrackedRouters);

const migrationsDir = path.resolve('db/migrations');

async function withSecondAccount(roles: string[] = ['member']) {
  const w = await createdWorkspace();
  const member = unwrap(await w.router.handle('members.create', sampleMember)) as Member;
  const account = unwrap(
    await w.router.handle('accounts.create', { memberId: member.id, username: 'luc', roles, passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE }),
  ) as AccountSummary;
  return { ...w, member, account };
}

describe('accounts and identities', () => {
  it('lets the new person log in with their own passphrase and role', async () => {
    const { router, account } = await withSecondAccount();
    await router.lockNow();
    const status = unwrap(await router.handle('app.status', {})) as AppStatus;
    expect(status.accounts.map((a) => a.username).sort()).toEqual(['anne', 'luc']);
    const info = unwrap(await router.handle('session.unlock', { accountId: account.id, passphrase: OTHER_PASSPHRASE })) as SessionInfo;
    expect(info).toMatchObject({ username: 'luc', roles: ['member'], displayName: 'Luc Martin' });
    // A member may read the roster but not change it, nor manage accounts.
    expect((await router.handle('members.list', {})).ok).toBe(true);
    const forbidden = await router.handle('members.create', { ...sampleMember, lastName: 'Autre' });
    expect(forbidden.ok ? 'ok' : forbidden.error.code).toBe('FORBIDDEN');
    expect((await router.handle('accounts.list', {})).ok).toBe(false);
  });

  it("keeps each identity sealed under its own passphrase: another account's passphrase cannot open it", async () => {
    const { router, dir, accountId, account } = await withSecondAccount();
    await router.lockNow();
    const s = await getSodium();
    const keyFile = readKeyFile(dir);
    const lucSlot = keyFile.slots.find((x): x is AccountSlot => x.kind === 'account' && x.accountId === account.id)!;
    const annesSession = await unlockWithPassphrase(dir, accountId, PASSPHRASE, { migrationsDir });
    const lucRow = annesSession.ws.sqlite.prepare('select identity_key_id as keyId, sign_public_key as signPublicKey, box_public_key as boxPublicKey from accounts where id = ?').get(account.id) as {
      keyId: string;
      signPublicKey: string;
      boxPublicKey: string;
    };
    // Anne has the database open, yet her passphrase does not open Luc's identity.
    expect(openSlotIdentity(s, keyFile.workspaceId, lucSlot, PASSPHRASE, lucRow)).toBeNull();
    // Luc's own passphrase does, and the keys work: a signature verifies with his public key.
    const luc = openSlotIdentity(s, keyFile.workspaceId, lucSlot, OTHER_PASSPHRASE, lucRow)!;
    expect(luc).not.toBeNull();
    const message = s.from_string('charte v1');
    const signature = s.crypto_sign_detached(message, luc.signSecretKey);
    expect(s.crypto_sign_verify_detached(signature, message, s.from_base64(lucRow.signPublicKey, s.base64_variants.ORIGINAL))).toBe(true);
    // Anne's own identity cannot produce a signature that verifies as Luc's.
    const forged = s.crypto_sign_detached(message, annesSession.identity.signSecretKey);
    expect(s.crypto_sign_verify_detached(forged, message, s.from_base64(lucRow.signPublicKey, s.base64_variants.ORIGINAL))).toBe(false);
    // Sealed to Luc's X25519 key, only Luc opens it.
    const sealed = s.crypto_box_seal(message, s.from_base64(lucRow.boxPublicKey, s.base64_variants.ORIGINAL));
    const lucBoxPublic = s.from_base64(lucRow.boxPublicKey, s.base64_variants.ORIGINAL);
    expect(s.to_string(s.crypto_box_seal_open(sealed, lucBoxPublic, luc.boxSecretKey))).toBe('charte v1');
    expect(() => s.crypto_box_seal_open(sealed, lucBoxPublic, annesSession.identity.boxSecretKey)).toThrow();
    await endSession(annesSession);
  });

  it('refuses a duplicate username, a second account for a member, and removing the last coordinator', async () => {
    const { router, accountId, member } = await withSecondAccount();
    const other = unwrap(await router.handle('members.create', { ...sampleMember, lastName: 'Leroy', email: '' })) as Member;
    const dup = await router.handle('accounts.create', { memberId: other.id, username: 'luc', roles: ['member'], passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE });
    expect(dup.ok ? 'ok' : dup.error.code).toBe('USERNAME_TAKEN');
    const twice = await router.handle('accounts.create', { memberId: member.id, username: 'luc2', roles: ['member'], passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE });
    expect(twice.ok ? 'ok' : twice.error.code).toBe('MEMBER_HAS_ACCOUNT');
    const demote = await router.handle('accounts.setRoles', { accountId, roles: ['member'] });
    expect(demote.ok ? 'ok' : demote.error.code).toBe('LAST_COORDINATOR');
    const status = unwrap(await router.handle('app.status', {})) as AppStatus;
    const deactivateSelf = await router.handle('members.deactivate', { id: status.session!.memberId, until: '2030-01-01', reason: '' });
    expect(deactivateSelf.ok ? 'ok' : deactivateSelf.error.code).toBe('LAST_COORDINATOR');
  });

  it('disables the account of a deactivated member', async () => {
    const { router, member, account } = await withSecondAccount();
    unwrap(await router.handle('members.deactivate', { id: member.id, until: '2026-01-31', reason: 'Départ' }));
    await router.lockNow();
    const result = await router.handle('session.unlock', { accountId: account.id, passphrase: OTHER_PASSPHRASE });
    expect(result.ok ? 'ok' : result.error.code).toBe('ACCOUNT_DISABLED');
  });

  it('rejects a weak passphrase with a French explanation, before anything is written', async () => {
    const { router, dir, member } = await withSecondAccount();
    const other = unwrap(await router.handle('members.create', { ...sampleMember, lastName: 'Leroy', email: '' })) as Member;
    const keysBefore = fs.readFileSync(path.join(dir, 'concerto.keys.json'));
    for (const weak of ['court', 'motdepasse123', 'azertyuiopqsdf']) {
      const result = await router.handle('accounts.create', { memberId: other.id, username: 'leroy', roles: ['member'], passphrase: weak, passphraseConfirm: weak });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION');
        expect(result.error.issues?.[0]?.path).toBe('passphrase');
        expect(['validation.passphraseTooShort', 'validation.passphraseWeak']).toContain(result.error.issues?.[0]?.message);
      }
    }
    const mismatch = await router.handle('accounts.create', { memberId: other.id, username: 'leroy', roles: ['member'], passphrase: OTHER_PASSPHRASE, passphraseConfirm: 'autre' });
    expect(mismatch.ok ? [] : mismatch.error.issues).toEqual([{ path: 'passphraseConfirm', message: 'validation.passphraseMismatch' }]);
    expect(fs.readFileSync(path.join(dir, 'concerto.keys.json')).equals(keysBefore)).toBe(true);
    expect(member.id).toBeTruthy();
  });
});
