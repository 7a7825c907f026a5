/**
 * Merges a fresh detection run into the stored auto annotations of a page.
 * The user's verdicts win: a dismissed finding stays dismissed, an accepted
 * or corrected one keeps its fields; findings nobody reviewed follow the
 * detector (updated, or removed when no longer found).
 */
import type { Annotation } from '../model';
import { inReadingOrder } from './annotations';
import type { PressmarkDb } from './db';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Syncs auto annotations.
 *
 * @param db - The database.
 * @param pageId - The page.
 * @param fresh - This run's auto annotations (pending, deterministic ids).
 * @param now - ISO time for records that change.
 * @return Counts of what changed, and the page's live annotations in reading order.
 */
export async function syncDetections(
  db: PressmarkDb,
  pageId: string,
  fresh: readonly Annotation[],
  now: string,
): Promise<{ added: number; updated: number; removed: number; annotations: Annotation[] }> {
  return db.transaction('rw', db.annotations, async () => {
    // One read of the page serves the merge and the answer (the page's list).
    const onPage = await db.annotations.where('pageId').equals(pageId).toArray();
    const stored = onPage.filter((a) => a.origin === 'auto');
    const byId = new Map(stored.map((a) => [a.id, a]));
    const freshIds = new Set(fresh.map((a) => a.id));
    const puts: Annotation[] = [];
    let added = 0;
    let updated = 0;
    for (const next of fresh) {
      const old = byId.get(next.id);
      if (!old) {
        puts.push(next);
        added++;
        continue;
      }
      if (old.deleted) continue; // the user deleted it: a tombstone stays a tombstone
      const reviewed = old.review !== undefined && old.review !== 'pending';
      const merged: Annotation = reviewed
        ? { ...old, selectors: next.selectors }
        : { ...old, selectors: next.selectors, detection: next.detection };
      if (!same(merged.selectors, old.selectors) || !same(merged.detection, old.detection)) {
        puts.push({ ...merged, updated: now });
        updated++;
      }
    }
    const gone = stored.filter(
      (a) => !freshIds.has(a.id) && !a.deleted && (a.review ?? 'pending') === 'pending',
    );
    await db.annotations.bulkPut(puts);
    await db.annotations.bulkDelete(gone.map((a) => a.id));
    const current = new Map(onPage.map((a) => [a.id, a]));
    for (const a of puts) current.set(a.id, a);
    for (const a of gone) current.delete(a.id);
    const annotations = inReadingOrder([...current.values()].filter((a) => !a.deleted));
    return { added, updated, removed: gone.length, annotations };
  });
}
