import { describe, expect, it } from 'vitest';
import { situationCode } from '../../electron/services/situations/record.js';
import { codeKey } from '../../renderer/src/features/situations/codeOrder.js';

describe('the order of situation codes in the list', () => {
  it('sorts by year, then by number as a number, past 999', () => {
    const codes = [situationCode(2026, 1000), situationCode(2025, 12), situationCode(2026, 7), situationCode(2026, 999), situationCode(2024, 1200)];
    const sorted = [...codes].sort((a, b) => codeKey(a) - codeKey(b));
    expect(sorted).toEqual(['SIT-2024-1200', 'SIT-2025-012', 'SIT-2026-007', 'SIT-2026-999', 'SIT-2026-1000']);
  });
});
