// Dates in a roster file: JJ/MM/AAAA as the screens write them, or AAAA-MM-JJ as exports do.
import { isoDate } from '../../../contract/schemas/common.js';

/** The ISO date of a cell, null for an empty cell, undefined for a cell that is not a date in either form. */
export function parseCsvDate(cell: string): string | null | undefined {
  const value = cell.trim();
  if (value === '') return null;
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const iso = french ? `${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}` : value;
  return isoDate.safeParse(iso).success ? iso : undefined;
}
