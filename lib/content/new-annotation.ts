/**
 * Builds the record for a highlight the user just made: W3C selectors over
 * the article text, plus page and time.
 */
import { describe } from '../anchor';
import type { Annotation } from '../model';

/** Where and when a highlight is being made. */
export interface HighlightContext {
  text: string;
  pageId: string;
  url: string;
  pageTitle: string;
  now: string;
  newId: () => string;
}

/**
 * Creates a user highlight record (not yet stored).
 *
 * @param span - Offsets of the selection in the article text.
 * @param context - Page, clock and id source.
 * @param fields - Note and tags.
 * @return The annotation.
 */
export function newHighlight(
  span: { start: number; end: number },
  context: HighlightContext,
  fields: { note: string; tags: string[] } = { note: '', tags: [] },
): Annotation {
  const { quote, position } = describe(context.text, span.start, span.end);
  return {
    id: context.newId(),
    pageId: context.pageId,
    url: context.url,
    pageTitle: context.pageTitle,
    kind: 'note',
    origin: 'user',
    selectors: [quote, position],
    note: fields.note,
    tags: fields.tags,
    created: context.now,
    updated: context.now,
  };
}
