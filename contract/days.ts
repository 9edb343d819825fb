// A day as people type it in Belgium (JJ/MM/AAAA, also with . or -, one-digit day or month) and as it
// is stored (AAAA-MM-JJ): one pair of conversions for the screens' date fields and the roster CSV.
// No zod here, so that the unlock screen's bundle does not grow when a screen imports them.

/** JJ/MM/AAAA or AAAA-MM-JJ → AAAA-MM-JJ; anything else unchanged, for the schema to reject. */
export function toIsoDay(text: string): string {
  const value = text.trim();
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  return french ? `${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}` : value;
}

/** AAAA-MM-JJ → JJ/MM/AAAA; '' for no day (or anything that is not one). */
export function toFrenchDay(isoDay: string | null): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay ?? '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}
