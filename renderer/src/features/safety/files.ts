// Backup files on the renderer side: base64 to a download (the browser or Electron asks where to
// save it: that is the folder the user chooses), and a chosen file to base64 for a restore.
import { downloadBase64 } from '../../lib/download';

/** The loopback host accepts 6 MB per call; base64 adds a third. */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

/** A backup archive to the chosen folder. */
export const downloadBackup = (fileName: string, contentBase64: string): void => downloadBase64(fileName, contentBase64, 'application/x-tar');

export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** 12 345 678 bytes → « 11,8 Mo » (fr-BE) / "11.8 MB". */
export function formatSize(bytes: number, language: string): string {
  const fr = !language.startsWith('en');
  const units = fr ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(fr ? 'fr-BE' : 'en-GB', { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
