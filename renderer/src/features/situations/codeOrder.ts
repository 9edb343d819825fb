// The order of situation codes (SIT-YYYY-N…): by year, then by number, the number as a number
// (SIT-2026-1000 comes after SIT-2026-999). A number is cheap to compare over thousands of rows.

/** SIT-2026-007 → 2026000007. */
export const codeKey = (code: string): number => Number(code.slice(4, 8)) * 1_000_000 + Number(code.slice(9));
