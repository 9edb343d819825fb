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
