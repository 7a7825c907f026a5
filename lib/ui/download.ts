/**
 * Saves generated text as a file through a download link: no `downloads`
 * permission needed, and the browser's own save dialog or folder applies.
 */

/**
 * Offers content as a file download.
 *
 * @param filename - Suggested name, extension included.
 * @param parts - File content, in pieces (large exports are built in chunks).
 * @param type - MIME type (UTF-8 is stated explicitly).
 */
export function downloadParts(filename: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A file-name-safe slug of a page title or host, with today's date.
 *
 * @param base - Title or host.
 * @param extension - Without the dot ("pressmark.json" for bundles).
 * @return e.g. "pressmark-catl-henan-2026-11-26.csv".
 */
export function exportName(base: string, extension: string): string {
  const slug = base
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const date = new Date().toISOString().slice(0, 10);
  return `pressmark-${slug || 'export'}-${date}.${extension}`;
}
