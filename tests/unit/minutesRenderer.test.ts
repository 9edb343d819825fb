// The minutes screens' pure helpers: a finding replaced in the editor's text, the time of an autosave.
import { describe, expect, it } from 'vitest';
import { replaceFinding } from '../../renderer/src/features/minutes/replaceFinding.js';
import { formatTime } from '../../renderer/src/lib/format.js';

const phone = (text: string) => {
  const start = text.indexOf('0471 23 45 67');
  return { start, end: start + 13, text: '0471 23 45 67', suggestion: '[téléphone]' };
};

describe('replaceFinding', () => {
  it('replaces the finding where the check found it', () => {
    const body = 'La maman (0471 23 45 67) rappellera.';
    expect(replaceFinding(body, phone(body))).toBe('La maman ([téléphone]) rappellera.');
  });

  it('finds the nearest occurrence once the text moved since the check', () => {
    const checked = 'Tél. 0471 23 45 67, puis encore 0471 23 45 67.';
    const finding = { ...phone(checked), start: 32, end: 45 };
    const edited = `Ajout. ${checked}`;
    expect(replaceFinding(edited, finding)).toBe('Ajout. Tél. 0471 23 45 67, puis encore [téléphone].');
  });

  it('gives null when the excerpt is no longer in the text', () => {
    const finding = phone('Appel au 0471 23 45 67.');
    expect(replaceFinding('Plus de numéro ici.', finding)).toBeNull();
  });
});

describe('formatTime', () => {
  it('says the time of day in Brussels, whatever the machine zone', () => {
    expect(formatTime('2026-11-23T13:32:10Z', 'fr')).toBe('14:32');
    expect(formatTime('2026-07-01T13:05:00Z', 'en')).toBe('15:05');
  });
});
