/**
 * Readability often keeps the fringes after a release: "Also from this
 * source", related-news teasers, tag clouds. They are blocks made of links,
 * a structural test that holds in any language.
 */
import type { BlockStatsIndex } from './block-stats';

/** A block of links: at least this many links... */
const MIN_LINKS = 3;
/** ...carrying at least this share of the block's text. */
const MIN_LINK_SHARE = 0.6;
/** An element this short right before a link list is its caption ("Related news", "相关新闻"). */
const CAPTION_WORDS = 12;
const CONTAINERS = new Set(['UL', 'OL', 'NAV', 'SECTION', 'ASIDE', 'DIV']);

/**
 * Finds link lists, and their captions, inside an element. Read-only.
 *
 * @param root - The region to search (live page or clone).
 * @param stats - Word counts of the region's elements.
 * @return The outermost link-list elements and their captions.
 */
export function findLinkLists(root: Element, stats: BlockStatsIndex): Set<Element> {
  const found = new Set<Element>();
  const visit = (el: Element) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const s = stats.of(child);
      const isList =
        CONTAINERS.has(child.tagName.toUpperCase()) &&
        s.links >= MIN_LINKS &&
        s.words > 0 &&
        s.linkWords / s.words >= MIN_LINK_SHARE;
      if (!isList) {
        if (s.links >= MIN_LINKS) visit(child); // a list can only be where links are
        continue;
      }
      found.add(child);
      const caption = child.previousElementSibling;
      if (caption && stats.of(caption).words <= CAPTION_WORDS) found.add(caption);
    }
  };
  visit(root);
  return found;
}
