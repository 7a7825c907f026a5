/**
 * Annotation queries. Deletion writes a tombstone (`deleted`) instead of
 * removing the record: undo is a field reset, and bundle merges can carry
 * deletions to other people.
 */
import type { Annotation } from '../model';
import { startOf } from '../stored-selectors';
import type { PressmarkDb } from './db';

/** The fields a user may change after creation. */
export type AnnotationPatch = Partial<
  Pick<Annotation, 'note' | 'tags' | 'review' | 'detection' | 'selectors' | 'kind'>
> & {
  /** A time detaches it from changed text; null re-attaches it. */
  detached?: string | null;
};

/**
 * Sorts annotations in reading order (by position in the article text).
 *
 * @param list - Annotations of one page.
 * @return A new sorted array.
 */
export const inReadingOrder = (list: readonly Annotation[]): Annotation[] =>
  [...list].sort((a, b) => startOf(a) - startOf(b) || a.created.localeCompare(b.created));

/**
 * Lists a page's live annotations in reading order.
 *
 * @param db - The database.
 * @param pageId - The page's id.
 * @return Annotations without tombstones.
 */
export async function listForPage(db: PressmarkDb, pageId: string): Promise<Annotation[]> {
  const list = await db.annotations
    .where('pageId')
    .equals(pageId)
    .filter((a) => !a.deleted)
    .toArray();
  return inReadingOrder(list);
}

/**
 * Lists every live annotation, page by page in reading order.
 *
 * @param db - The database.
 * @return All annotations without tombstones.
 */
export async function listAll(db: PressmarkDb): Promise<Annotation[]> {
  const list = await db.annotations.filter((a) => !a.deleted).toArray();
  return inReadingOrder(list).sort((a, b) => a.pageId.localeCompare(b.pageId));
}

/**
 * Stores a new annotation (or replaces one with the same id).
 *
 * @param db - The database.
 * @param annotation - The complete record.
 * @return The stored record.
 */
export async function saveAnnotation(db: PressmarkDb, annotation: Annotation): Promise<Annotation> {
  await db.annotations.put(annotation);
  return annotation;
}

/**
 * Changes note, tags or review state.
 *
 * @param db - The database.
 * @param id - The annotation id.
 * @param patch - Fields to change.
 * @param now - ISO timestamp for `updated`.
 * @return The updated record, or undefined when no such annotation exists.
 */
export async function patchAnnotation(
  db: PressmarkDb,
  id: string,
  patch: AnnotationPatch,
  now: string,
): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) return undefined;
    const { detached, ...fields } = patch;
    const next: Annotation = { ...current, ...fields, updated: now };
    if (detached === null) delete next.detached;
    else if (detached !== undefined) next.detached = detached;
    await db.annotations.put(next);
    return next;
  });
}

/**
 * Deletes (tombstones) or restores an annotation.
 *
 * @param db - The database.
 * @param id - The annotation id.
 * @param deleted - True to delete, false to undo a deletion.
 * @param now - ISO timestamp.
 * @return The record after the change, or undefined when it does not exist.
 */
export async function setDeleted(
  db: PressmarkDb,
  id: string,
  deleted: boolean,
  now: string,
): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) return undefined;
    const { deleted: _, ...rest } = current;
    const next: Annotation = deleted
      ? { ...rest, deleted: now, updated: now }
      : { ...rest, updated: now };
    await db.annotations.put(next);
    return next;
  });
}

/**
 * Sets the review verdict of many automatic findings at once.
 *
 * @param db - The database.
 * @param ids - Annotation ids (user highlights among them are left alone).
 * @param review - The verdict.
 * @param now - ISO timestamp for `updated`.
 * @return How many records changed.
 */
export async function reviewMany(
  db: PressmarkDb,
  ids: readonly string[],
  review: NonNullable<Annotation['review']>,
  now: string,
): Promise<number> {
  return db.transaction('rw', db.annotations, async () => {
    const found = (await db.annotations.bulkGet([...ids])).filter(
      (a): a is Annotation => a !== undefined && a.origin === 'auto' && a.review !== review,
    );
    await db.annotations.bulkPut(found.map((a) => ({ ...a, review, updated: now })));
    return found.length;
  });
}
