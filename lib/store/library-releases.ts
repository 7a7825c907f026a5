/**
 * The library's release list: one window of pages at a time, with
 * annotation counts per kind taken from the `[pageId+live]` index (IndexedDB
 * counts keys; no annotation record is read).
 */
import type { LibraryCounts, ListPage, ReleaseSummary, Window } from '../library/protocol';
import type { AnnotationKind, PageRecord } from '../model';
import type { PressmarkDb } from './db';
import { cachedUntilWrite } from './library-cache';

const KINDS: AnnotationKind[] = ['note', 'organization', 'commitment'];

/**
 * Live annotations of one release per kind (deleted and dismissed not counted).
 *
 * @param db - The database.
 * @param pageId - The release.
 * @return Counts per kind.
 */
export async function countsForPage(
  db: PressmarkDb,
  pageId: string,
): Promise<Record<AnnotationKind, number>> {
  const counts = await Promise.all(
    KINDS.map((kind) => db.annotations.where('[pageId+live]').equals([pageId, kind]).count()),
  );
  return { note: counts[0]!, organization: counts[1]!, commitment: counts[2]! };
}

const summary = (page: PageRecord, counts: ReleaseSummary['counts']): ReleaseSummary => ({
  id: page.id,
  url: page.id,
  title: page.title,
  siteName: page.siteName,
  published: page.published,
  lang: page.lang,
  lastSeen: page.lastSeen,
  counts,
});

/**
 * Releases, most recently read first.
 *
 * @param db - The database.
 * @param window - Which slice.
 * @return The slice with counts, and how many releases there are.
 */
export async function listReleases(
  db: PressmarkDb,
  { offset, limit }: Window,
): Promise<ListPage<ReleaseSummary>> {
  return db.transaction('r', db.pages, db.annotations, async () => {
    const pages = await db.pages
      .orderBy('lastSeen')
      .reverse()
      .offset(offset)
      .limit(limit)
      .toArray();
    const counts = await Promise.all(pages.map((p) => countsForPage(db, p.id)));
    return {
      items: pages.map((p, i) => summary(p, counts[i]!)),
      total: await db.pages.count(),
    };
  });
}

/**
 * How much the library holds. IndexedDB counts by walking the index (about
 * a second at 100,000 annotations), so the answer is kept until the next write.
 *
 * @param db - The database.
 * @return Releases, annotations that count, all records.
 */
export function libraryCounts(db: PressmarkDb): Promise<LibraryCounts> {
  return cachedUntilWrite(db, 'counts', () => countEverything(db));
}

async function countEverything(db: PressmarkDb): Promise<LibraryCounts> {
  return db.transaction('r', db.pages, db.annotations, async () => {
    const [releases, records, annotations] = await Promise.all([
      db.pages.count(),
      db.annotations.count(),
      // Only records that count have a `live` kind, so they alone are in this index.
      db.annotations.orderBy('[pageId+live]').count(),
    ]);
    return { releases, annotations, records };
  });
}
