// The renderer's pure text helpers: suggested logins, fingerprints, dates in Europe/Brussels.
import { describe, expect, it } from 'vitest';
import { createWorkspaceInput } from '../../contract/schemas/passphrases.js';
import { formatDate, formatDateTime, groupFingerprint, suggestUsername } from '../../renderer/src/lib/format.js';

describe('suggestUsername', () => {
  it('follows the first name without accents, in a form the schema accepts', () => {
    expect(suggestUsername('Véronique')).toBe('veronique');
    expect(suggestUsername('Jean-François')).toBe('jean-francois');
    expect(suggestUsername('Anne Sophie')).toBe('annesophie');
  });

  it('adds the last name when the first name alone is too short', () => {
    expect(suggestUsername('Lu', 'Nguyễn')).toBe('lu.nguyen');
  });

  it('gives logins the backend schema accepts', () => {
    for (const [first, last] of [
      ['Véronique', 'Lambert'],
      ['Élise', 'Pirson'],
      ['Lu', 'Nguyễn'],
      ["N'Golo", 'Kanté'],
    ] as const) {
      const username = suggestUsername(first, last);
      const parsed = createWorkspaceInput.shape.coordinator.shape.username.safeParse(username);
      expect(parsed.success, username).toBe(true);
    }
  });
});

describe('groupFingerprint', () => {
  it('shows a key id in upper-case groups of four', () => {
    expect(groupFingerprint('0123456789abcdef0123456789abcdef')).toBe('0123 4567 89AB CDEF 0123 4567 89AB CDEF');
  });
});

describe('dates', () => {
  it('are shown in Europe/Brussels whatever the machine zone, across daylight saving', () => {
    // 23:30 UTC on 30 March 2026 is already 31 March in Brussels (summer time, UTC+2).
    expect(formatDate('2026-03-30T23:30:00Z', 'fr')).toBe('31 mars 2026');
    expect(formatDateTime('2026-01-15T12:05:00Z', 'fr')).toContain('13:05');
    expect(formatDateTime('2026-07-15T12:05:00Z', 'fr')).toContain('14:05');
    expect(formatDate('2026-11-23T10:00:00Z', 'en')).toBe('23 November 2026');
  });
});
