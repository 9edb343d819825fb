// Dates in a roster file: JJ/MM/AAAA as the screens write them, or AAAA-MM-JJ as exports do.
import { toIsoDay } from '../../../contract/days.js';
import { isoDate } from '../../../contract/schemas/common.js';

/** The ISO date of a cell, null for an empty cell, undefined for a cell that is not a date in either form. */
export function parseCsvDate(cell: string): string | null | undefined {
  const value = cell.trim();
  if (value === '') return null;
  const iso = toIsoDay(value);
  return isoDate.safeParse(iso).success ? iso : undefined;
}
