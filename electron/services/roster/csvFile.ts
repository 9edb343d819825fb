// Reading a roster file as a spreadsheet saved it: the bytes' encoding, then the separator.
// One rule per function; the parsing of rows is rosterCsv's.

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';
export type CsvSeparator = ';' | ',' | '\t';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

// Windows-1252's 0x80–0x9F (€, ’, œ, …), where it differs from Latin-1; undefined bytes stay as Latin-1 does.
// Written out because Node's TextDecoder('windows-1252') decodes as Latin-1 (0x92 would become a control character).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/**
 * UTF-8 (with or without BOM) when the bytes are valid UTF-8; otherwise Windows-1252, which is what
 * Excel writes for "CSV (séparateur : point-virgule)" on a French Windows. Latin-1 files read the
 * same way (Windows-1252 is its superset for every printable character).
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  if (hasBom) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

const SEPARATORS: readonly CsvSeparator[] = [';', '\t', ','];

/** The separator of the header row: the one that occurs most often outside quotes (';' on a tie, the French default). */
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<CsvSeparator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as CsvSeparator)) counts.set(char as CsvSeparator, counts.get(char as CsvSeparator)! + 1);
  }
  let best: CsvSeparator = ';';
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}
