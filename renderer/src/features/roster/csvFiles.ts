// Roster CSV files on the renderer side: the chosen file's bytes as they are, a download.
// Decoding, parsing and checking happen in the backend; nothing here interprets the rows.
import { downloadBlob } from '../../lib/download';

export const MAX_CSV_BYTES = 5_000_000;

/** The file's bytes as base64, undecoded: the backend tells UTF-8 from Windows-1252. */
export async function readFileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Saves text through the browser's download (the content already starts with its BOM). */
export function downloadText(fileName: string, content: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([content], { type }));
}
