/**
 * Reading an annotation's W3C selectors as stored: the quote it was made on
 * and where in the article text. Every view, export and index reads them
 * the same way. (The anchoring code validates selectors before trusting
 * them: see anchor/selectors.ts.)
 */
import type { Annotation, TextPositionSelector, TextQuoteSelector } from './model';

type WithSelectors = Pick<Annotation, 'selectors'>;

/** The annotation's first TextQuoteSelector, if any. */
export const quoteSelectorOf = (annotation: WithSelectors): TextQuoteSelector | undefined =>
  annotation.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');

/** The annotation's first TextPositionSelector, if any. */
export const positionSelectorOf = (annotation: WithSelectors): TextPositionSelector | undefined =>
  annotation.selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');

/** The highlighted text: the quote's exact text, or "" when it has none. */
export const quoteOf = (annotation: WithSelectors): string =>
  quoteSelectorOf(annotation)?.exact ?? '';

/** Where the highlight starts in the article text (0 when unknown): reading order. */
export const startOf = (annotation: WithSelectors): number =>
  positionSelectorOf(annotation)?.start ?? 0;
