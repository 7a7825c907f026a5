/**
 * Fields the store derives from an annotation so the library can answer
 * from IndexedDB indexes instead of reading every record: the words to
 * search, the kind when the annotation counts (not deleted, not dismissed),
 * and the organization it names. They are written with every record and
 * removed from every record read (lib/store/library-index.ts), so no other
 * code, file or bundle ever sees them. Pure.
 */
import type { Annotation, AnnotationKind } from '../model';
import { quoteOf } from '../stored-selectors';
import { foldEntity, type MentionKey } from './entity-groups';
import { searchableText } from './searchable';
import { tokenize } from './tokenize';

/** The derived fields; absent ones keep the record out of that index. */
export interface IndexFields {
  /** Full-text keys of quote, note and tags (multi-entry index `*words`); not for tombstones. */
  words?: string[];
  /** The kind, when the annotation counts in the library (index `[pageId+live]`). */
  live?: AnnotationKind;
  /** Live organization mentions: folded entity, entity, page, quote (index `org`). */
  org?: MentionKey;
}

/** Longest quote kept in an organization key (names are short; a long quote is a mistake). */
const MAX_NAME = 200;

/** A stored annotation: the record plus its derived fields. */
export type IndexedAnnotation = Annotation & IndexFields;

/**
 * Derives the index fields of an annotation.
 *
 * @param annotation - The record as written.
 * @return Its index fields (only the ones that apply).
 */
export function indexFields(annotation: Annotation): IndexFields {
  if (annotation.deleted) return {};
  const fields: IndexFields = {};
  const words = tokenize(searchableText(annotation));
  if (words.length > 0) fields.words = words;
  if (annotation.review === 'dismissed') return fields;
  fields.live = annotation.kind;
  if (annotation.kind === 'organization') {
    const quote = quoteOf(annotation);
    const entity = (annotation.detection?.entity ?? quote).trim();
    // Long quotes are cut: the key only has to show how the release named it.
    if (entity)
      fields.org = [foldEntity(entity), entity, annotation.pageId, quote.slice(0, MAX_NAME)];
  }
  return fields;
}

/**
 * The record with fresh index fields (stale ones from the input dropped).
 *
 * @param record - A record about to be written.
 * @return A new object; the input is left untouched.
 */
export function withIndexFields(record: IndexedAnnotation): IndexedAnnotation {
  const annotation = withoutIndexFields(record);
  return { ...annotation, ...indexFields(annotation) };
}

/**
 * The record as the rest of Pressmark knows it.
 *
 * @param record - A record as stored.
 * @return The same record without derived fields (the input itself when it has none).
 */
export function withoutIndexFields(record: IndexedAnnotation): Annotation {
  if (!('words' in record || 'live' in record || 'org' in record)) return record;
  const { words: _w, live: _l, org: _o, ...annotation } = record;
  return annotation;
}
