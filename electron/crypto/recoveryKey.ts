// The recovery key: 32 random bytes shown once as groups of Crockford base32,
// easy to read aloud or copy by hand (no I, L, O, U).
import type { Sodium } from './sodium.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function generateRecoveryKey(s: Sodium): string {
  const bytes = s.randombytes_buf(32);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  s.memzero(bytes);
  return out.match(/.{1,4}/g)!.join('-');
}

/** Accepts what a person may type: lower case, spaces, O for 0, I/L for 1. */
export function normaliseRecoveryKey(input: string): string {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return cleaned.match(/.{1,4}/g)?.join('-') ?? '';
}

export const RECOVERY_KEY_PATTERN = /^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/;
