// Roster CSV files on the renderer side: reading a chosen file as text, offering a download.
// Parsing and checking happen in the backend; nothing here interprets the rows.
import { downloadBlob } from '../../lib/download';

/** The columns the import expects, in order (names as in the file's header row). */
export const CSV_COLUMNS = [
  'prenom',
  'nom',
  'organisation',
  'type_service',
  'fonction',
  'email',
  'telephone',
  'commune',
  'statut_secret',
  'referent',
  'actif_depuis',
  'actif_jusqu_au',
] as const;

export const MAX_CSV_BYTES = 5_000_000;

/**
 * Reads the file as UTF-8; a spreadsheet saved as "CSV (séparateur : point-virgule)" on Windows is
 * often Windows-1252 instead, so an invalid UTF-8 file is decoded that way rather than mangled.
 */
export async function readCsvFile(file: File): Promise<{ content: string; encoding: 'utf-8' | 'windows-1252' }> {
  const bytes = await file.arrayBuffer();
  try {
    return { content: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { content: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Saves text through the browser's download (the content already starts with its BOM). */
export function downloadText(fileName: string, content: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([content], { type }));
}
