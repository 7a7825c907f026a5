/**
 * Export batches for the library: everything, release by release (so each
 * batch carries its own release records once), and the release records
 * belonging to any set of annotations (filtered exports).
 */
import type { ExportBatch } from '../export/export-chunks';
import type { ExportCursor, LibraryBatch } from '../library/protocol';
import type { Annotation } from '../model';
import { inReadingOrder } from './annotations';
import type { PressmarkDb } from './db';

/**
 * A batch as the file needs it: only bundles print history and release
 * snapshots, so other formats get the records without them (a fifth less
 * to send across the message boundary for a typical release).
 *
 * @param batch - Records and releases.
 * @param forBundle - Keep everything.
 * @return The batch, trimmed unless for a bundle.
 */
export function forFile<T extends ExportBatch>(batch: T, forBundle: boolean): T {
  if (forBundle) return batch;
  return {
    ...batch,
    annotations: batch.annotations.map(({ history: _, ...a }) => a),
    pages: batch.pages.map(({ snapshot: _, snapshotFingerprint: __, ...p }) => p),
  };
}

/**
 * The records with the release records they belong to.
 *
 * @param db - The database.
 * @param annotations - Any annotations.
 * @return A batch for `exportChunks`.
 */
export async function withPages(db: PressmarkDb, annotations: Annotation[]): Promise<ExportBatch> {
  const ids = [...new Set(annotations.map((a) => a.pageId))];
  const pages = (await db.pages.bulkGet(ids)).filter((p) => p !== undefined);
  return { annotations, pages };
}

/**
 * The next batch of everything: the next releases in id order and every
 * annotation whose page id falls after the previous batch's last release,
 * up to this batch's last (the final batch takes the rest). Consecutive
 * batches so cover every page id exactly once: releases without
 * annotations travel too (a backup needs them), and so do annotations whose
 * release record is missing. Two reads per batch, each a single getAll.
 *
 * @param db - The database.
 * @param cursor - After which page id; `limit` counts releases.
 * @return Annotations in reading order, release by release, and the release
 *   records; `next` is the last page id, null after the final batch.
 */
export async function exportAllBatch(
  db: PressmarkDb,
  { after, limit, withDeleted }: ExportCursor<string>,
): Promise<LibraryBatch<string>> {
  return db.transaction('r', db.annotations, db.pages, async () => {
    const slice = after === null ? db.pages.orderBy(':id') : db.pages.where(':id').above(after);
    const pages = await slice.limit(limit).toArray();
    const last = pages.length < limit ? null : pages[pages.length - 1]!.id;
    const byPage = db.annotations.where('pageId');
    const range =
      after === null
        ? last === null
          ? db.annotations.orderBy('pageId')
          : byPage.belowOrEqual(last)
        : last === null
          ? byPage.above(after)
          : byPage.between(after, last, false, true);
    const records = await range.toArray();
    const kept = withDeleted ? records : records.filter((a) => !a.deleted);
    const byPageId = new Map<string, Annotation[]>();
    for (const a of kept) {
      const list = byPageId.get(a.pageId);
      if (list) list.push(a);
      else byPageId.set(a.pageId, [a]);
    }
    // The index range comes in page id order: keep it, reading order within a page.
    const annotations = [...byPageId.values()].flatMap((list) => inReadingOrder(list));
    return forFile({ annotations, pages, next: last }, withDeleted);
  });
}
