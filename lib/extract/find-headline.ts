/**
 * The release's headline as the page shows it. Metadata titles often carry
 * a site suffix ("… - CATL") or a shortened SEO title; the visible heading
 * is what a reader calls the title, so it wins when it agrees with the
 * metadata.
 */

/**
 * Collapses whitespace and applies NFC, as the article text does.
 *
 * @param text - Any text.
 * @return The tidied text.
 */
export const squash = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

const tokens = (text: string): Set<string> =>
  new Set(
    squash(text)
      .toLowerCase()
      .match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [],
  );

/** Share of the smaller token set found in the larger: 1 when one title contains the other. */
function overlap(a: string, b: string): number {
  const x = tokens(a);
  const y = tokens(b);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return 0;
  let common = 0;
  for (const t of small) if (large.has(t)) common++;
  return common / small.size;
}

/** A visible heading must share this much with the metadata title to count as the headline. */
const AGREEMENT = 0.6;

/** The headline element and its text. */
export interface Headline {
  element: Element;
  text: string;
}

/**
 * Finds the visible headline.
 *
 * @param doc - The live page.
 * @param metaTitle - og:title, or Readability's cleaned `<title>`; may be empty.
 * @return The first `<h1>` (else `<h2>`) agreeing with the metadata title,
 *   the first `<h1>` when there is no metadata title, or null.
 */
export function findHeadline(doc: Document, metaTitle: string): Headline | null {
  for (const selector of ['h1', 'h2']) {
    for (const element of Array.from(doc.querySelectorAll(selector))) {
      const text = squash(element.textContent ?? '');
      if (!text) continue;
      if (!metaTitle ? selector === 'h1' : overlap(text, metaTitle) >= AGREEMENT) {
        return { element, text };
      }
    }
  }
  return null;
}
