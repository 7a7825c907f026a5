/**
 * What of an annotation is searched: the highlighted text, the note and
 * the tags. Pure, shared by the index and the query.
 */
import type { Annotation } from '../model';
import { quoteOf } from '../stored-selectors';

/**
 * The text full-text search looks at.
 *
 * @param annotation - Any annotation.
 * @return Quote, note and tags, one per line.
 */
export const searchableText = (
  annotation: Pick<Annotation, 'selectors' | 'note' | 'tags'>,
): string => [quoteOf(annotation), annotation.note, ...annotation.tags].join('\n');
