/**
 * Every export format as a stream of text chunks, fed by batches of
 * records. Large exports (100,000 annotations) are written batch by batch,
 * so the page building them can yield between batches and never holds more
 * than one batch of rows as objects.
 */
import { createBundle } from '../bundle';
import type { Annotation, PageRecord } from '../model';
import { toCsv, toCsvRow } from './csv';
import { ANNO_CONTEXT, toWebAnnotation } from './jsonld';
import { toMarkdown } from './markdown';

/** The export formats, by file type. */
export type ExportFormat = 'csv' | 'jsonld' | 'markdown' | 'bundle';

/** File extension and MIME type of each format (stable: documented in the README). */
export const FORMAT_FILES: Record<ExportFormat, { extension: string; type: string }> = {
  csv: { extension: 'csv', type: 'text/csv' },
  jsonld: { extension: 'jsonld', type: 'application/ld+json' },
  markdown: { extension: 'md', type: 'text/markdown' },
  bundle: { extension: 'pressmark.json', type: 'application/json' },
};

/** A batch of records and the pages they belong to. */
export interface ExportBatch {
  annotations: Annotation[];
  pages: PageRecord[];
}

/** What the file says about itself. */
export interface ExportOptions {
  label: string;
  author: string | null;
  now: string;
  /** CSV only: start with a byte order mark for Excel. */
  bom?: boolean;
}

/**
 * Produces an export as text chunks.
 *
 * @param format - Which format.
 * @param batches - The records, batch by batch (bundles need tombstones too).
 * @param options - Label, author, time, BOM.
 * @return The file, chunk by chunk.
 */
export async function* exportChunks(
  format: ExportFormat,
  batches: AsyncIterable<ExportBatch>,
  options: ExportOptions,
): AsyncGenerator<string> {
  if (format === 'csv') {
    yield toCsv([], { bom: options.bom });
    for await (const batch of batches) {
      const states = new Map(batch.pages.map((p) => [p.id, p.anchoring?.states]));
      const rows = batch.annotations
        .filter((a) => !a.deleted)
        .map((a) => {
          const status = states.get(a.pageId)?.[a.id]?.status;
          return toCsvRow(a, status ? { status } : {});
        });
      if (rows.length) yield toCsv(rows, { header: false });
    }
    return;
  }
  if (format === 'jsonld') {
    const id = `urn:uuid:${crypto.randomUUID()}`;
    yield `{"@context":${JSON.stringify(ANNO_CONTEXT)},"id":${JSON.stringify(id)},"type":"AnnotationCollection","label":${JSON.stringify(options.label)},"generated":${JSON.stringify(options.now)},"first":{"id":${JSON.stringify(`${id}#page-1`)},"type":"AnnotationPage","startIndex":0,"items":[`;
    let total = 0;
    for await (const batch of batches) {
      const items = batch.annotations
        .filter((a) => !a.deleted)
        .map((a) => JSON.stringify(toWebAnnotation(a)));
      if (items.length) yield `${total > 0 ? ',' : ''}${items.join(',')}`;
      total += items.length;
    }
    yield `]},"last":${JSON.stringify(`${id}#page-1`)},"total":${total}}\n`;
    return;
  }
  // Markdown groups by release and bundles carry page records: both need the whole set.
  const annotations: Annotation[] = [];
  const pages = new Map<string, PageRecord>();
  for await (const batch of batches) {
    annotations.push(...batch.annotations);
    for (const page of batch.pages) pages.set(page.id, page);
  }
  if (format === 'markdown') {
    yield toMarkdown(
      annotations.filter((a) => !a.deleted),
      [...pages.values()],
      { title: options.label },
    );
    return;
  }
  const bundle = createBundle({
    annotations,
    pages: [...pages.values()],
    author: options.author,
    now: options.now,
    label: options.label,
  });
  yield `${JSON.stringify(bundle)}\n`;
}
