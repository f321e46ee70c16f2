/** Hands a downloaded file to the browser as a download (an object URL clicked through a temporary link). */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // let the browser start reading the blob before the URL goes away
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
