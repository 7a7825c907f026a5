/**
 * What of an annotation is searched and how it is quoted: the highlighted
 * text, the note and the tags. Pure, shared by the index and the query.
 */
import type { Annotation, TextQuoteSelector } from '../model';

/**
 * The highlighted text of an annotation.
 *
 * @param annotation - Any annotation.
 * @return Its TextQuoteSelector's exact text, or "" when it has none.
 */
export const quoteOf = (annotation: Pick<Annotation, 'selectors'>): string =>
  annotation.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')?.exact ??
  '';

/**
 * The text full-text search looks at.
 *
 * @param annotation - Any annotation.
 * @return Quote, note and tags, one per line.
 */
export const searchableText = (
  annotation: Pick<Annotation, 'selectors' | 'note' | 'tags'>,
): string => [quoteOf(annotation), annotation.note, ...annotation.tags].join('\n');
