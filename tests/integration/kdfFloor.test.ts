// The Argon2id floor: a key slot whose stored parameters are below MODERATE is refused, even when
// it is otherwise perfectly valid (written by someone who held the database key), and no write
// ever produces one.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { aeadOpen, aeadSeal } from '../../electron/crypto/aead.js';
import { deriveMasterKey, deriveSubkeys, type KdfParams } from '../../electron/crypto/kdf.js';
import { keyFilePath, readKeyFile, type AccountSlot } from '../../electron/crypto/keyFile.js';
import { slotAssociatedData } from '../../electron/crypto/keySlots.js';
import { fromBase64, getSodium, toBase64 } from '../../electron/crypto/sodium.js';
import { dbKeyOf } from '../helpers/safety.js';
import { closeTrackedRouters, createdWorkspace, OTHER_PASSPHRASE, PASSPHRASE, unwrap } from '../helpers/workspace.js';

afterEach(closeTrackedRouters);

/**
 * Rewrites anne's slot with ops 1, mem 8 KiB, correctly wrapped (as someone holding the database key
 * could write it), so that only the floor can refuse it.
 */
async function doctorSlot(dir: string): Promise<void> {
  const s = await getSodium();
  const keyFile = readKeyFile(dir);
  const slot = keyFile.slots.find((x): x is AccountSlot => x.kind === 'account')!;
  const dbKey = await dbKeyOf(dir, 'anne', PASSPHRASE);
  const weak: KdfParams = { alg: 'argon2id13', opsLimit: 1, memLimit: 8192, salt: toBase64(s, s.randombytes_buf(16)) };
  const master = s.crypto_pwhash(32, s.from_string(PASSPHRASE.normalize('NFC')), fromBase64(s, weak.salt), weak.opsLimit, weak.memLimit, s.crypto_pwhash_ALG_ARGON2ID13);
  const { slotKey } = deriveSubkeys(s, master);
  const ad = slotAssociatedData(keyFile.workspaceId, slot.id, 'account', slot.accountId, weak);
  const doctored: AccountSlot = { ...slot, kdf: weak, wrappedKey: aeadSeal(s, slotKey, dbKey, ad) };
  // The slot itself is sound: the cheap derivation opens it.
  expect(aeadOpen(s, slotKey, doctored.wrappedKey, ad)).not.toBeNull();
  fs.writeFileSync(keyFilePath(dir), JSON.stringify({ ...keyFile, slots: keyFile.slots.map((x) => (x.id === slot.id ? doctored : x)) }));
}

describe('the key derivation floor', () => {
  it('refuses to unlock with a doctored slot below MODERATE, with a clear message, and changes nothing', async () => {
    const { router, dir, accountId } = await createdWorkspace();
    await router.lockNow();
    await doctorSlot(dir);
    const before = fs.readFileSync(keyFilePath(dir));
    const result = await router.handle('session.unlock', { accountId, passphrase: PASSPHRASE });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('KDF_TOO_WEAK');
      expect(result.error.message).toContain('paramètres de protection trop faibles');
    }
    expect(router.isUnlocked()).toBe(false);
    expect(fs.readFileSync(keyFilePath(dir)).equals(before)).toBe(true);
  });

  it('refuses a weak recovery slot too', async () => {
    const s = await getSodium();
    const { router, dir, accountId, recoveryKey } = await createdWorkspace();
    await router.lockNow();
    const keyFile = readKeyFile(dir);
    const slots = keyFile.slots.map((x) => (x.kind === 'recovery' ? { ...x, kdf: { ...x.kdf, opsLimit: 1, memLimit: 8192 } } : x));
    fs.writeFileSync(keyFilePath(dir), JSON.stringify({ ...keyFile, slots }));
    const result = await router.handle('session.recover', { recoveryKey, accountId, passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE });
    expect(result.ok ? 'ok' : result.error.code).toBe('KDF_TOO_WEAK');
    expect(() => deriveMasterKey(s, 'x', { alg: 'argon2id13', opsLimit: 1, memLimit: 8192, salt: toBase64(s, s.randombytes_buf(16)) })).toThrow();
  });

  it('never writes a slot below the floor when a passphrase changes', async () => {
    const s = await getSodium();
    const { router, dir } = await createdWorkspace();
    unwrap(await router.handle('account.changePassphrase', { currentPassphrase: PASSPHRASE, passphrase: OTHER_PASSPHRASE, passphraseConfirm: OTHER_PASSPHRASE }));
    for (const slot of readKeyFile(dir).slots) {
      expect(slot.kdf.opsLimit).toBeGreaterThanOrEqual(s.crypto_pwhash_OPSLIMIT_MODERATE);
      expect(slot.kdf.memLimit).toBeGreaterThanOrEqual(s.crypto_pwhash_MEMLIMIT_MODERATE);
    }
  });
});
