/**
 * Word counts per element, computed once in one walk: how much text each
 * element holds, how much of it is inside links, and how many links. The
 * structural rules (link lists, prose gaps, teaser checks) ask these
 * questions for many elements; recomputing `textContent` for each made
 * extraction quadratic on long pages.
 */
import { isSkipped } from '../anchor/element-rules';
import { wordWeight } from './looks-like-article';

/** What one element holds. */
export interface BlockStats {
  /** Weighted words of visible text (CJK characters count half). */
  words: number;
  /** Of those, inside `<a>` elements. */
  linkWords: number;
  /** Number of `<a>` elements inside (itself included). */
  links: number;
}

const EMPTY: BlockStats = { words: 0, linkWords: 0, links: 0 };

/** Statistics for every element under a root, computed lazily in one pass. */
export interface BlockStatsIndex {
  of(el: Element): BlockStats;
  /** Words of one text node (cached). */
  wordsOf(node: Text): number;
}

/**
 * Measures every element under `root` in one post-order walk.
 *
 * @param root - The region to measure.
 * @return Lookups by element (elements outside `root` measure as empty).
 */
export function measureBlocks(root: Element): BlockStatsIndex {
  const stats = new Map<Element, BlockStats>();
  const textWords = new Map<Text, number>();
  const wordsOf = (node: Text) => {
    let n = textWords.get(node);
    if (n === undefined) {
      n = node.data.trim() ? wordWeight(node.data) : 0;
      textWords.set(node, n);
    }
    return n;
  };
  const visit = (el: Element, inLink: boolean): BlockStats => {
    const isLink = el.tagName.toUpperCase() === 'A';
    const linked = inLink || isLink;
    const own: BlockStats = { words: 0, linkWords: 0, links: isLink ? 1 : 0 };
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const n = wordsOf(child as Text);
        own.words += n;
        if (linked) own.linkWords += n;
      } else if (child.nodeType === 1 && !isSkipped(child as Element)) {
        const sub = visit(child as Element, linked);
        own.words += sub.words;
        own.linkWords += sub.linkWords;
        own.links += sub.links;
      }
    }
    stats.set(el, own);
    return own;
  };
  visit(root, root.closest('a') !== null);
  return { of: (el) => stats.get(el) ?? EMPTY, wordsOf };
}
