/**
 * Readability often keeps the fringes after a release: "Also from this
 * source", related-news teasers, tag clouds. They are blocks made of links,
 * a structural test that holds in any language.
 */
import { wordWeight } from './looks-like-article';

/** A block of links: at least this many links... */
const MIN_LINKS = 3;
/** ...carrying at least this share of the block's text. */
const MIN_LINK_SHARE = 0.6;
/** An element this short right before a link list is its caption ("Related news", "相关新闻"). */
const CAPTION_WORDS = 12;

/**
 * Finds link lists, and their captions, inside an element. Read-only.
 *
 * @param root - The region to search (live page or clone).
 * @return The outermost link-list elements and their captions.
 */
export function findLinkLists(root: Element): Element[] {
  const found: Element[] = [];
  for (const block of Array.from(root.querySelectorAll('ul, ol, nav, section, aside, div'))) {
    if (found.some((outer) => outer.contains(block))) continue;
    const links = Array.from(block.querySelectorAll('a'));
    if (links.length < MIN_LINKS) continue;
    const total = wordWeight(block.textContent ?? '');
    const linked = links.reduce((sum, a) => sum + wordWeight(a.textContent ?? ''), 0);
    if (total === 0 || linked / total < MIN_LINK_SHARE) continue;
    found.push(block);
    const caption = block.previousElementSibling;
    if (caption && wordWeight(caption.textContent ?? '') <= CAPTION_WORDS) found.push(caption);
  }
  return found;
}
