/**
 * Saves text as a file through a temporary download link (works offline and in installed apps; no
 * server round trip). The object URL is revoked after the click has been handled.
 */
export function downloadTextFile(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/** "progress-ms-31-docking.ics": file names made only of safe characters. */
export function icsFileName(base: string): string {
  const safe = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${safe || 'rendezvous-events'}.ics`;
}
