// The native Argon2id (sodium-native) must give exactly the key libsodium.js gives, or slots
// written by one build would not open in the other.
import { describe, expect, it } from 'vitest';
import { deriveMasterKey, deriveMasterKeyWasm, newKdfParams } from '../../electron/crypto/kdf.js';
import { nativeArgon2Available } from '../../electron/crypto/nativeArgon2.js';
import { fromBase64, getSodium } from '../../electron/crypto/sodium.js';

describe('passphrase derivation', () => {
  it('runs natively on this machine', () => {
    expect(nativeArgon2Available()).toBe(true);
  });

  it('gives the same MODERATE key natively and in libsodium.js, for an accented passphrase too', async () => {
    const s = await getSodium();
    const params = newKdfParams(s, 'moderate');
    for (const passphrase of ['lanterne-pivoine-57-escalier', 'éléphant bleu à Liège, 2026']) {
      const native = deriveMasterKey(s, passphrase, params);
      const wasm = deriveMasterKeyWasm(s, s.from_string(passphrase.normalize('NFC')), fromBase64(s, params.salt), params);
      expect(native).toHaveLength(32);
      expect(Buffer.from(native).equals(Buffer.from(wasm))).toBe(true);
    }
    // Decomposed and composed forms of the same passphrase give the same key (NFC first).
    expect(Buffer.from(deriveMasterKey(s, 'e\u0301te\u0301', params)).equals(Buffer.from(deriveMasterKey(s, 'été', params)))).toBe(true);
    // Another salt, another key.
    expect(Buffer.from(deriveMasterKey(s, 'été', newKdfParams(s))).equals(Buffer.from(deriveMasterKey(s, 'été', params)))).toBe(false);
  }, 60_000);
});
