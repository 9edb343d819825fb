import { describe, expect, it } from 'vitest';
import { checkPassphrase } from '../../contract/passphrasePolicy.js';

describe('passphrase policy', () => {
  it.each(['court', 'motdepasse', 'motdepasse123', 'azertyuiopqsdf', 'bonjourbonjour', '123456789012'])('refuses %s', (weak) => {
    const verdict = checkPassphrase(weak);
    expect(verdict.ok).toBe(false);
    expect(['validation.passphraseTooShort', 'validation.passphraseWeak']).toContain(verdict.messageKey);
  });

  it.each(['cerise-tambour-galaxie-42', 'violon marée boussole 17', 'Lanterne!Hibou!Prairie'])('accepts %s', (strong) => {
    expect(checkPassphrase(strong)).toMatchObject({ ok: true });
  });

  it('counts characters, not bytes', () => {
    expect(checkPassphrase('éèàù').messageKey).toBe('validation.passphraseTooShort');
  });
});
