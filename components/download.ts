/** Offers `text` as a file download from an extension page (the popup, the report). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `badge-lens-cv.example.net-2026-03-01.csv` */
export function exportFileName(pageUrl: string, at: number, extension: string): string {
  let host = 'page';
  try {
    host = new URL(pageUrl).host || host;
  } catch {
    // not a URL: the default name
  }
  return `badge-lens-${host.replace(/[^a-z0-9.-]/gi, '_')}-${new Date(at).toISOString().slice(0, 10)}.${extension}`;
}
