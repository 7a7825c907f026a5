/**
 * Decides which live text nodes make up the article. Readability's choice is
 * the starting point; it is then widened and trimmed by page structure, read
 * from the live page without changing it:
 *
 * - Readability joins sibling blocks by score and drops component-wrapped
 *   pull quotes and paragraphs in CMS grid layouts (AEM and the like).
 *   Prose blocks lying *between* kept text are put back, and so is prose
 *   right after it in the same region (the media-contact block).
 * - Link lists (related news, tag clouds) and their captions are left out,
 *   and so are image captions and sign-up boxes (see find-furniture.ts).
 * - The page header (headline, the date/source/views line beside it, and
 *   anything before it) is left out: the headline is the title, not body.
 */
import { isSkipped } from '../anchor/element-rules';
import { type BlockStatsIndex, measureBlocks } from './block-stats';
import { precedes } from './document-order';
import { findFurniture } from './find-furniture';
import { findLinkLists } from './find-link-lists';

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

/** True for a node Readability dropped that is still prose worth keeping. */
function isProseGap(node: Text, region: Element, stats: BlockStatsIndex): boolean {
  if (!node.data.trim()) return true; // whitespace keeps word boundaries intact
  const parent = node.parentElement;
  const block = parent?.closest(PROSE_BLOCKS);
  if (!block || !region.contains(block)) return false;
  const outside = parent?.closest(NOT_BODY);
  if (outside && region.contains(outside)) return false;
  const s = stats.of(block);
  return s.words > 0 && s.linkWords / s.words <= MAX_GAP_LINK_SHARE;
}

/** The headline and, when it is small, the header block wrapping it. */
function headerOf(headline: Element): Element {
  const wrapper = headline.parentElement;
  const words = (el: Element) => measureBlocks(el).of(el).words;
  return wrapper && words(wrapper) - words(headline) < HEADER_WORDS ? wrapper : headline;
}

/** True when a node or one of its ancestors up to `root` is in `set`. */
function inside(node: Node, set: ReadonlySet<Element>, root: Element): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement)
    if (set.has(el)) return true;
  return set.has(root);
}

/**
 * The index of the first node that does not precede `header` (nodes are in
 * document order, so one binary search replaces a check per node).
 */
function firstAfter(all: readonly Text[], header: Element): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (precedes(all[mid] as Text, header)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Chooses the article's live text nodes.
 *
 * @param region - The live element holding everything Readability kept.
 * @param kept - Live text nodes Readability kept.
 * @param headline - The live headline element, if found.
 * @param stats - Word counts of the region's elements, if already measured.
 * @param all - The region's text nodes in order, if already scanned.
 * @return The live text nodes forming the article.
 */
export function chooseTextNodes(
  region: Element,
  kept: Set<Text>,
  headline: Element | null,
  stats: BlockStatsIndex = measureBlocks(region),
  all: readonly Text[] = textNodesIn(region),
): Set<Text> {
  const fenced = findLinkLists(region, stats);
  for (const el of findFurniture(region, stats)) fenced.add(el);
  const header = headline ? headerOf(headline) : null;
  const bodyStart = header ? firstAfter(all, header) : 0;
  const excluded = (node: Text, i: number) =>
    i < bodyStart || header?.contains(node) === true || inside(node, fenced, region);
  let first = -1;
  let last = -1;
  for (let i = bodyStart; i < all.length; i++) {
    const node = all[i] as Text;
    if (kept.has(node) && node.data.trim() !== '' && !excluded(node, i)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  const chosen = new Set<Text>();
  if (first < 0) return chosen;
  for (let i = first; i <= last; i++) {
    const node = all[i] as Text;
    if (excluded(node, i)) continue;
    if (kept.has(node) || isProseGap(node, region, stats)) chosen.add(node);
  }
  // Readability often drops the closing media-contact block; prose that
  // directly follows the body in the same region is part of the release.
  for (let i = last + 1; i < all.length; i++) {
    const node = all[i] as Text;
    if (excluded(node, i) || !isProseGap(node, region, stats)) break;
    chosen.add(node);
  }
  return chosen;
}
