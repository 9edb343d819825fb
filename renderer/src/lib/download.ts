// Saving something the app made through the browser's download (Electron shows its save dialog):
// the person chooses the folder. Only blob: URLs the app created are allowed to download.
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download time to start before the object URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file the backend produced, as base64, saved the same way. */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  downloadBlob(fileName, new Blob([bytes], { type }));
}
