// Findings from several detectors overlap ("Louise" inside "avenue Louise 231"): keep one per stretch of text.
import type { Finding } from '../../../contract/types/anonymisation.js';
import type { FindingKind } from '../../../contract/schemas/anonymisation.js';
import { fold, phrasePattern } from './text.js';

// On equal length, the more specific kind wins; private words first (they cannot be overridden).
const PRIORITY: readonly FindingKind[] = ['privateWord', 'nationalNumber', 'iban', 'email', 'phone', 'licencePlate', 'rosterName', 'date', 'address', 'institution', 'postalLocality', 'lastName', 'firstName'];

const RANK: ReadonlyMap<FindingKind, number> = new Map(PRIORITY.map((kind, i) => [kind, i]));
const rankOf = (kind: FindingKind): number => RANK.get(kind) ?? -1;

/** Sorted by position, non-overlapping: a private word, then the longest finding wins, then the kind that comes first in PRIORITY. */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  // A private word wins whatever its length: the presenter typed it, it can never be kept.
  const isPrivate = (f: Finding): number => (f.kind === 'privateWord' ? 0 : 1);
  const ranked = rankedByKey(findings) ?? [...findings].sort((a, b) => isPrivate(a) - isPrivate(b) || b.end - b.start - (a.end - a.start) || rankOf(a.kind) - rankOf(b.kind) || a.start - b.start);
  if (ranked.some((f) => f.end <= f.start)) return keepFirstOfEachStretch(ranked);
  // The kept findings, in text order: disjoint and non-empty, so their ends are in order too, and a finding overlaps
  // one of them exactly when it overlaps the last one that starts before it ends (a binary search, not a scan).
  const kept: Finding[] = [];
  for (const f of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((kept[mid] as Finding).start < f.end) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    if (before === undefined || before.end <= f.start) kept.splice(lo, 0, f);
  }
  return kept;
}

/**
 * The same order as the comparator above, as one number per finding sorted natively (no comparator called for each
 * pair): private or not, then the length (longest first), the kind's rank, the start, and the finding's index last,
 * so that equal findings keep their order as in a stable sort. Null when the number would not be exact (beyond 2^53).
 */
function rankedByKey(findings: readonly Finding[]): Finding[] | null {
  if (findings.length < 2) return [...findings];
  let maxLength = 0;
  let maxStart = 0;
  for (const f of findings) {
    if (f.end - f.start < 0 || f.start < 0 || !Number.isInteger(f.start) || !Number.isInteger(f.end)) return null;
    maxLength = Math.max(maxLength, f.end - f.start);
    maxStart = Math.max(maxStart, f.start);
  }
  const lengths = 2 ** Math.ceil(Math.log2(maxLength + 1));
  const starts = 2 ** Math.ceil(Math.log2(maxStart + 1));
  const indexes = 2 ** Math.ceil(Math.log2(findings.length));
  const ranks = 16; // PRIORITY's 13 kinds and -1 for none, shifted by one
  if (2 * lengths * ranks * starts * indexes > 2 ** 53) return null;
  const keys = new Float64Array(findings.length);
  findings.forEach((f, i) => {
    const inverseLength = lengths - 1 - (f.end - f.start);
    keys[i] = (((((f.kind === 'privateWord' ? 0 : 1) * lengths + inverseLength) * ranks + rankOf(f.kind) + 1) * starts + f.start) * indexes) + i;
  });
  keys.sort();
  return Array.from(keys, (k) => findings[k % indexes] as Finding);
}

/** The same rule by a scan of every kept finding, for the case the binary search does not cover (an empty finding). */
function keepFirstOfEachStretch(ranked: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const f of ranked) {
    if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The text with one finding replaced. Throws when the text no longer holds the finding there (a stale check). */
export function replaceFinding(text: string, finding: Pick<Finding, 'start' | 'end' | 'text'>, replacement: string): string {
  if (finding.start < 0 || finding.end > text.length || text.slice(finding.start, finding.end) !== finding.text) {
    throw new RangeError('The finding no longer matches the text: check it again.');
  }
  return text.slice(0, finding.start) + replacement + text.slice(finding.end);
}

/**
 * Every occurrence of the excerpt replaced (whole words, whatever the case and accents): a name left once in the
 * text would still identify. The replacement takes the capital of the occurrence it replaces ("Née le …" → "Âgée de …").
 */
export function replaceEverywhere(text: string, excerpt: string, replacement: string): string {
  const pattern = phrasePattern(excerpt);
  if (!pattern) return text;
  let out = '';
  let last = 0;
  for (const m of fold(text).matchAll(new RegExp(pattern, 'gu'))) {
    const capital = /^\p{Lu}/u.test(text[m.index] ?? '');
    out += text.slice(last, m.index) + (capital ? replacement.charAt(0).toLocaleUpperCase('fr') + replacement.slice(1) : replacement);
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

export interface FindingOverride {
  kind: FindingKind;
  excerpt: string;
}

/**
 * Findings not covered by an override. An override resolves every finding of the same kind with exactly the
 * same text (the excerpt). A private word can never be overridden: the presenter typed it because it identifies.
 */
export function unresolvedFindings<F extends Pick<Finding, 'kind' | 'text'>>(findings: readonly F[], overrides: readonly FindingOverride[]): F[] {
  return findings.filter((f) => f.kind === 'privateWord' || !overrides.some((o) => o.kind === f.kind && o.excerpt === f.text));
}
