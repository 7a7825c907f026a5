/**
 * The commitment tracker's rows. Commitments are read once through the
 * `kind` index with their releases, projected to small rows and kept until
 * the next write (lib/store/library-cache.ts); sorting and filtering then
 * run in the background's memory and only one window of rows is sent.
 */
import {
  type CommitmentQuery,
  filterRows,
  type IndexedRow,
  toCommitmentRow,
} from '../library/commitment-rows';
import { sortRows } from '../library/commitment-sort';
import { dueState } from '../library/deadline';
import { foldEntity } from '../library/entity-groups';
import type { CommitmentPage, Window } from '../library/protocol';
import type { Annotation } from '../model';
import type { PressmarkDb } from './db';
import { cachedUntilWrite } from './library-cache';

/**
 * Actors offered in the filter, most committed first: a longer list is no
 * use in a drop-down, and the text filter finds the rest.
 */
const MAX_ACTORS = 300;

/**
 * Every commitment that is not deleted, as a row (cached until the next write).
 *
 * @param db - The database.
 * @return Rows in storage order.
 */
export function commitmentRows(db: PressmarkDb): Promise<IndexedRow[]> {
  return cachedUntilWrite(db, 'commitments', () =>
    db.transaction('r', db.annotations, db.pages, async () => {
      // Filtered after reading: a Dexie filter() would read through a cursor,
      // several times slower than the getAll a plain index range gets.
      const records = (await db.annotations.where('kind').equals('commitment').toArray()).filter(
        (a) => !a.deleted,
      );
      const pageIds = [...new Set(records.map((a) => a.pageId))];
      const pages = new Map(
        (await db.pages.bulkGet(pageIds)).filter((p) => p !== undefined).map((p) => [p.id, p]),
      );
      return records.map((a) => toCommitmentRow(a, pages.get(a.pageId)));
    }),
  );
}

/**
 * The tracker's rows, filtered and sorted.
 *
 * @param db - The database.
 * @param query - Filter and sort.
 * @return All matching rows in order.
 */
export async function trackedRows(db: PressmarkDb, query: CommitmentQuery): Promise<IndexedRow[]> {
  return sortRows(filterRows(await commitmentRows(db), query.filter), query.sort);
}

/**
 * One window of the tracker.
 *
 * @param db - The database.
 * @param query - Filter, sort and window.
 * @return Rows with their deadline state, the total, actors to filter by, dismissed count.
 */
export async function listCommitments(
  db: PressmarkDb,
  query: CommitmentQuery & Window,
): Promise<CommitmentPage> {
  const all = await commitmentRows(db);
  const rows = sortRows(filterRows(all, query.filter), query.sort);
  const actors = new Map<string, { key: string; name: string; count: number }>();
  let dismissed = 0;
  for (const { row } of all) {
    if (row.review === 'dismissed') dismissed++;
    const key = foldEntity(row.actor);
    if (!key) continue;
    const actor = actors.get(key) ?? { key, name: row.actor, count: 0 };
    actor.count++;
    actors.set(key, actor);
  }
  return {
    items: rows.slice(query.offset, query.offset + query.limit).map(({ row }) => ({
      ...row,
      due: dueState(row.deadline ?? undefined, query.filter.today),
    })),
    total: rows.length,
    actors: [...actors.values()]
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .slice(0, MAX_ACTORS),
    dismissed,
  };
}

/**
 * Full records for a window of the tracker (filtered exports).
 *
 * @param db - The database.
 * @param query - Filter and sort.
 * @param offset - First row.
 * @param limit - Rows.
 * @return The records in table order, and whether more follow.
 */
export async function trackedRecords(
  db: PressmarkDb,
  query: CommitmentQuery,
  offset: number,
  limit: number,
): Promise<{ annotations: Annotation[]; more: boolean }> {
  const rows = await trackedRows(db, query);
  const ids = rows.slice(offset, offset + limit).map(({ row }) => row.id);
  const annotations = (await db.annotations.bulkGet(ids)).filter((a) => a !== undefined);
  return { annotations, more: offset + limit < rows.length };
}
