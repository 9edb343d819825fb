// Mod-97 keys: the Belgian national register number and the IBAN (ISO 13616) both use them.

/** Remainder of a (long) decimal string modulo 97, without BigInt, digit by digit. */
export function mod97(digits: string): number {
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + d.charCodeAt(0) - 48) % 97;
  return rest;
}

/**
 * Belgian national register number (11 digits: YYMMDD, a 3-digit serial, a 2-digit key).
 * key = 97 − (first nine digits mod 97); for people born from 2000 on, a "2" is put in front of the nine digits.
 */
export function isNationalNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const base = digits.slice(0, 9);
  const key = Number(digits.slice(9));
  const month = Number(digits.slice(2, 4)) % 20; // bis numbers add 20 or 40 to the month
  const day = Number(digits.slice(4, 6));
  if (month > 12 || day > 31 || Number(digits.slice(2, 4)) >= 60) return false;
  return 97 - mod97(base) === key || 97 - mod97(`2${base}`) === key;
}

/** IBAN lengths by country for the countries a Belgian group meets most; others: 15–34 characters. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  BE: 16, FR: 27, NL: 18, LU: 20, DE: 22, ES: 24, IT: 27, PT: 25, GB: 22, CH: 21, AT: 20, PL: 28, RO: 24, MA: 28, TR: 26,
};

/** IBAN (no spaces, upper case): country, length, and the ISO 13616 mod-97 check (remainder 1). */
export function isIban(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const expected = IBAN_LENGTHS[compact.slice(0, 2)];
  if (expected !== undefined && compact.length !== expected) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return mod97(digits) === 1;
}
