// Identifiers made of digits: national register numbers, IBANs, phone numbers, e-mail addresses.
import type { Finding } from '../../../../contract/types/anonymisation.js';
import { IBAN_LENGTHS, isIban, isNationalNumber, mod97 } from '../mod97.js';
import { SUGGESTIONS } from '../suggestions.js';

// The @ also written "(at)", "[at]", " at " between brackets, or with spaces around it, as people dodge spam filters.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+(?:@|\s?[([]\s?(?:at|arobase)\s?[)\]]\s?|\s@\s)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/giu;

// Every e-mail has an @ or a bracketed "at": a text without either has none (most texts; the full pattern is slow).
const EMAIL_MARK = /@|[([]\s?(?:at|arobase)\s?[)\]]/iu;

export function findEmails(text: string): Finding[] {
  if (!EMAIL_MARK.test(text)) return [];
  return [...text.matchAll(EMAIL)].map((m) => ({ kind: 'email', start: m.index, end: m.index + m[0].length, text: m[0], suggestion: SUGGESTIONS.email }));
}

// YY.MM.DD-XXX.CC, with dots, dashes, spaces (also around the dash) or nothing between the groups.
const NATIONAL_NUMBER = /(?<![\p{L}\p{N}])\d{2}[.\s]?\d{2}[.\s]?\d{2}\s?[-.\s]?\s?\d{3}[-.\s]?\d{2}(?![\p{N}])/gu;
const NATIONAL_CUE = /(?:national|registre|niss|(?<!\p{L})nn(?!\p{L})|(?<!\p{L})bis(?!\p{L})|rrn|identification)[^.\n]{0,30}$/iu;

/** A date of birth in the number: month 0–12 (+20 or +40 for BIS numbers), day 0–31 (0 when unknown). */
function plausibleBirth(digits: string): boolean {
  const month = Number(digits.slice(2, 4));
  return month % 20 <= 12 && month < 60 && Number(digits.slice(4, 6)) <= 31;
}

/**
 * A number shaped like a national or BIS number is a finding whatever its check digits: a typo in the key
 * still identifies the child. The key only decides for eleven digits written without separators or cue.
 */
export function findNationalNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(NATIONAL_NUMBER)) {
    const digits = m[0].replace(/\D/g, '');
    const shaped = /\D/.test(m[0]) || NATIONAL_CUE.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (isNationalNumber(digits) || (shaped && plausibleBirth(digits))) {
      findings.push({ kind: 'nationalNumber', start: m.index, end: m.index + m[0].length, text: m[0], suggestion: SUGGESTIONS.nationalNumber });
    }
  }
  return findings;
}

// Country code, key, then letters and digits, grouped by spaces (or not). Trimmed to the longest valid prefix
// so that a word in capitals after the IBAN is not swallowed.
// Matched in either case, with a space allowed after the country code ("be68 …", "BE 68 …").
const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Za-z]{2}[ \u00a0]?\d{2}(?:[ \u00a0]?[A-Za-z0-9]){11,30}/gu;

export function findIbans(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(IBAN_CANDIDATE)) {
    // In lower case only with a known country's code and length: "du 20 novembre 1989…" is not an IBAN.
    if (!/^[A-Z]{2}/.test(m[0]) && !(m[0].slice(0, 2).toUpperCase() in IBAN_LENGTHS)) continue;
    let best = 0;
    let compact = '';
    for (let i = 0; i < m[0].length; i++) {
      const ch = (m[0][i] ?? '').toUpperCase();
      if (/[A-Z0-9]/.test(ch)) {
        compact += ch;
        const next = m[0][i + 1] ?? text[m.index + i + 1] ?? '';
        if (!/[\p{L}\p{N}]/u.test(next) && isIban(compact)) best = i + 1;
      }
    }
    if (best > 0) findings.push({ kind: 'iban', start: m.index, end: m.index + best, text: m[0].slice(0, best), suggestion: SUGGESTIONS.iban });
  }
  return findings;
}

// Belgian account numbers in the old form, 063-1234567-83 (key = first ten digits mod 97, 97 for 0): reported as IBANs.
const OLD_ACCOUNT = /(?<![\p{L}\p{N}-])\d{3}-\d{7}-\d{2}(?![\p{N}-])/gu;

export function findOldAccounts(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(OLD_ACCOUNT)) {
    const digits = m[0].replace(/\D/g, '');
    const key = mod97(digits.slice(0, 10)) || 97;
    if (key === Number(digits.slice(10))) findings.push({ kind: 'iban', start: m.index, end: m.index + m[0].length, text: m[0], suggestion: SUGGESTIONS.iban });
  }
  return findings;
}

// A phone number starts with +, 00 or 0 and goes on with digits in groups separated by one space, dot, slash
// or dash ("(0)" allowed after a country code). The groups are then cut to a valid length.
// At most eight groups: a phone number never has more, and it keeps long runs of digits linear.
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+./-])(?:\+|0)\d{0,15}(?:(?:[ \u00a0./-]|[ \u00a0]\/[ \u00a0]|[ \u00a0]?\(0\)[ \u00a0]?)\d{1,15}){0,7}/gu;

function validPhone(digits: string, international: boolean): boolean {
  if (international) {
    if (digits.startsWith('32')) return /^32[1-9]\d{7,8}$/.test(digits);
    return digits.length >= 9 && digits.length <= 15 && !digits.startsWith('0');
  }
  if (!/^0[1-9]/.test(digits)) return false;
  return digits.length === 9 || (digits.length === 10 && digits.startsWith('04'));
}

// A company number (BCE/KBO, VAT): 0417.123.456, grouped 4.3.3, or any number after its cue. Never a phone.
const COMPANY_NUMBER = /^[01]\d{3}\.\d{3}\.\d{3}$/u;
const COMPANY_CUE = /(?:bce|kbo|tva|btw|entreprise|ondernemingsnummer)[\s:n°.]*(?:be\s?)?$/iu;

export function findPhones(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(PHONE_CANDIDATE)) {
    const raw = m[0];
    if (COMPANY_NUMBER.test(raw) || COMPANY_CUE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const international = raw.startsWith('+') || raw.startsWith('00');
    // Cut at each group boundary and keep the longest prefix that is a valid number.
    let best = 0;
    const groups = [...raw.matchAll(/\d+/g)];
    for (const g of groups) {
      const end = g.index + g[0].length;
      let digits = raw.slice(0, end).replace(/\(0\)/g, '').replace(/\D/g, '');
      if (raw.startsWith('00')) digits = digits.slice(2);
      const following = text.slice(m.index + end, m.index + end + 2);
      if (/^[./-]\d/.test(following) && end === raw.length) continue; // part of a longer dotted number
      if (validPhone(digits, international)) best = end;
    }
    if (best > 0) findings.push({ kind: 'phone', start: m.index, end: m.index + best, text: raw.slice(0, best), suggestion: SUGGESTIONS.phone });
  }
  return findings;
}
