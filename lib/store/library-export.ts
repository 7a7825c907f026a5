/**
 * Export batches for the library: everything release by release (so each
 * batch carries its own release records once), releases without
 * annotations for backups, and the pages belonging to any set of records.
 */
import type { ExportBatch } from '../export/export-chunks';
import type { ExportCursor, LibraryBatch } from '../library/protocol';
import type { Annotation } from '../model';
import { inReadingOrder } from './annotations';
import type { PressmarkDb } from './db';

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
 * The next releases' annotations (every release that has any, in id order).
 *
 * @param db - The database.
 * @param cursor - After which page id; `limit` counts releases.
 * @return Their annotations in reading order and release records; `next`
 *   is the last page id, null when no release follows.
 */
export async function exportAllBatch(
  db: PressmarkDb,
  { after, limit, withDeleted }: ExportCursor<string>,
): Promise<LibraryBatch<string>> {
  return db.transaction('r', db.annotations, db.pages, async () => {
    const byPage =
      after === null
        ? db.annotations.orderBy('pageId')
        : db.annotations.where('pageId').above(after);
    const pageIds = (await byPage.limit(limit).uniqueKeys()) as string[];
    const records = await db.annotations.where('pageId').anyOf(pageIds).toArray();
    const kept = withDeleted ? records : records.filter((a) => !a.deleted);
    const byPageId = new Map<string, Annotation[]>();
    for (const a of kept) {
      const list = byPageId.get(a.pageId);
      if (list) list.push(a);
      else byPageId.set(a.pageId, [a]);
    }
    const annotations = pageIds.flatMap((id) => inReadingOrder(byPageId.get(id) ?? []));
    const pages = (await db.pages.bulkGet(pageIds)).filter((p) => p !== undefined);
    return {
      annotations,
      pages,
      next: pageIds.length < limit ? null : pageIds[pageIds.length - 1]!,
    };
  });
}

/**
 * The next release records without any annotation (a backup carries them;
 * other exports have nothing to say about them).
 *
 * @param db - The database.
 * @param cursor - After which page id; `limit` counts releases examined.
 * @return Those release records; `next` as for {@link exportAllBatch}.
 */
export async function exportBareReleasesBatch(
  db: PressmarkDb,
  { after, limit }: ExportCursor<string>,
): Promise<LibraryBatch<string>> {
  return db.transaction('r', db.annotations, db.pages, async () => {
    const slice = after === null ? db.pages.orderBy(':id') : db.pages.where(':id').above(after);
    const ids = (await slice.limit(limit).primaryKeys()) as string[];
    const used = await Promise.all(
      ids.map((id) => db.annotations.where('pageId').equals(id).count()),
    );
    const bare = ids.filter((_, i) => used[i] === 0);
    const pages = (await db.pages.bulkGet(bare)).filter((p) => p !== undefined);
    return { annotations: [], pages, next: ids.length < limit ? null : ids[ids.length - 1]! };
  });
}
