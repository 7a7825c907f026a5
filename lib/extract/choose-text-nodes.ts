/**
 * Decides which live text nodes make up the article. Readability's choice is
 * the starting point; it is then widened and trimmed by page structure, read
 * from the live page without changing it:
 *
 * - Readability joins sibling blocks by score and drops component-wrapped
 *   pull quotes and paragraphs in CMS grid layouts (AEM and the like).
 *   Prose blocks lying *between* kept text are put back, and so is prose
 *   right after it in the same region (the media-contact block).
 * - Link lists (related news, tag clouds) and their captions are left out.
 * - The page header (headline, the date/source/views line beside it, and
 *   anything before it) is left out: the headline is the title, not body.
 */
import { isSkipped } from '../anchor/text-model';
import { precedes } from './document-order';
import { findLinkLists } from './find-link-lists';
import { wordWeight } from './looks-like-article';

/** Blocks whose text is prose when Readability skipped it between kept blocks. */
const PROSE_BLOCKS = 'p, blockquote, li, h2, h3, h4, h5, h6, pre, td, th, dd, dt';
/** Never body text, wherever they sit: landmarks, links, figure furniture. */
const NOT_BODY =
  'a, nav, aside, form, header, footer, figure, [role="navigation"], [role="complementary"]';
/** A prose block with more than this share of linked text is navigation. */
const MAX_GAP_LINK_SHARE = 0.5;
/** A wrapper around the headline holding less text than this is a page header. */
const HEADER_WORDS = 30;

/** Lists text nodes under `root` in document order, skipping what the text model skips. */
function textNodesIn(root: Node, out: Text[] = []): Text[] {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child as Text);
    else if (child.nodeType === 1 && !isSkipped(child as Element)) textNodesIn(child, out);
  }
  return out;
}

const linkShare = (block: Element): number => {
  const total = wordWeight(block.textContent ?? '');
  let linked = 0;
  for (const a of Array.from(block.querySelectorAll('a')))
    linked += wordWeight(a.textContent ?? '');
  return total === 0 ? 1 : linked / total;
};

/** True for a node Readability dropped that is still prose worth keeping. */
function isProseGap(node: Text, region: Element): boolean {
  if (!node.data.trim()) return true; // whitespace keeps word boundaries intact
  const parent = node.parentElement;
  const block = parent?.closest(PROSE_BLOCKS);
  if (!block || !region.contains(block)) return false;
  const outside = parent?.closest(NOT_BODY);
  if (outside && region.contains(outside)) return false;
  return linkShare(block) <= MAX_GAP_LINK_SHARE;
}

/** The headline and, when it is small, the header block wrapping it. */
function headerOf(headline: Element): Element {
  const wrapper = headline.parentElement;
  const rest = wordWeight(wrapper?.textContent ?? '') - wordWeight(headline.textContent ?? '');
  return wrapper && rest < HEADER_WORDS ? wrapper : headline;
}

/**
 * Chooses the article's live text nodes.
 *
 * @param region - The live element holding everything Readability kept.
 * @param kept - Live text nodes Readability kept.
 * @param headline - The live headline element, if found.
 * @return The live text nodes forming the article.
 */
export function chooseTextNodes(
  region: Element,
  kept: Set<Text>,
  headline: Element | null,
): Set<Text> {
  const fenced = findLinkLists(region);
  const header = headline ? headerOf(headline) : null;
  const excluded = (node: Text) =>
    fenced.some((el) => el.contains(node)) ||
    (header !== null && (header.contains(node) || precedes(node, header)));
  const all = textNodesIn(region);
  const anchors = (node: Text) => kept.has(node) && node.data.trim() !== '' && !excluded(node);
  const first = all.findIndex(anchors);
  const last = all.findLastIndex(anchors);
  const chosen = new Set<Text>();
  for (let i = Math.max(first, 0); i <= last; i++) {
    const node = all[i] as Text;
    if (excluded(node)) continue;
    if (kept.has(node) || isProseGap(node, region)) chosen.add(node);
  }
  // Readability often drops the closing media-contact block; prose that
  // directly follows the body in the same region is part of the release.
  for (let i = last + 1; first >= 0 && i < all.length; i++) {
    const node = all[i] as Text;
    if (excluded(node) || !isProseGap(node, region)) break;
    chosen.add(node);
  }
  return chosen;
}
