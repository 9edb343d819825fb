// Formula neutralisation of CSV cells, for every CSV Concerto writes: a spreadsheet reads a cell
// starting with =, +, -, @ (or a tab or carriage return) as a formula, which could compute, fetch or
// send data when the file is opened. Such a cell gets a leading apostrophe so it stays plain text;
// the export screens say why (renderer: CsvApostropheNote).
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutraliseCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** The inverse, for a CSV read back (the roster import). */
export const unneutraliseCell = (value: string): string => (value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value);
