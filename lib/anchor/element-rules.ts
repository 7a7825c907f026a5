/**
 * How the text model reads elements: which hold no article text, which
 * start a block, and which break a line (list items, table rows) or a cell.
 * Shared by the text model and by extraction, which must skip exactly what
 * the model skips.
 */

/** Elements whose text is never article text. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
]);

/** Elements that start and end a block of text. */
export const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CENTER',
]);

/**
 * Like `innerText`: list items and table rows end a line, table cells are
 * separated by a tab, other blocks by a blank line.
 */
export const BREAK_OF: Record<string, number> = {
  LI: 3,
  DT: 3,
  DD: 3,
  TR: 3,
  THEAD: 3,
  TBODY: 3,
  TFOOT: 3,
  TD: 2,
  TH: 2,
};

/** Inline styles that hide an element (computed styles are not available on a clone or in Node). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Tells whether an element's text is invisible or not prose: scripts,
 * styles, form controls, and elements hidden by attribute or inline style.
 *
 * @param el - Any element.
 * @return True when the text model leaves the element out.
 */
export function isSkipped(el: Element): boolean {
  return (
    SKIPPED.has(el.tagName.toUpperCase()) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    HIDDEN_STYLE.test(el.getAttribute('style') ?? '')
  );
}
