/**
 * Word counts per element, computed once in one walk: how much text each
 * element holds, how much of it is inside links, and how many links. The
 * structural rules (link lists, prose gaps, teaser checks) ask these
 * questions for many elements; recomputing `textContent` for each made
 * extraction quadratic on long pages. The counts are gathered during the
 * text model's own scan, so the article region is walked only once.
 */
import { type ScanVisitor, scanText } from '../anchor/text-model';
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

/** Statistics for every element under a root. */
export interface BlockStatsIndex {
  of(el: Element): BlockStats;
  /** Words of one text node (cached). */
  wordsOf(node: Text): number;
}

/**
 * A scan visitor that gathers block statistics as the text is scanned.
 *
 * @param root - The scanned root, to know whether it sits inside a link.
 * @return The visitor to pass to `scanText`, and the index it fills.
 */
export function blockStatsVisitor(root: Node): { visitor: ScanVisitor; index: BlockStatsIndex } {
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
  const open: { el: Element; own: BlockStats }[] = [];
  // Text under a link counts as linked, however deep; start inside one if the root is.
  let linkDepth = (root as Element).closest?.('a') ? 1 : 0;
  const visitor: ScanVisitor = {
    enter(el) {
      const isLink = el.tagName.toUpperCase() === 'A';
      if (isLink) linkDepth++;
      open.push({ el, own: { words: 0, linkWords: 0, links: isLink ? 1 : 0 } });
    },
    text(node) {
      const top = open[open.length - 1];
      if (!top) return;
      const n = wordsOf(node);
      top.own.words += n;
      if (linkDepth > 0) top.own.linkWords += n;
    },
    exit(el) {
      const done = open.pop();
      if (!done) return;
      if (el.tagName.toUpperCase() === 'A') linkDepth--;
      stats.set(done.el, done.own);
      const parent = open[open.length - 1];
      if (parent) {
        parent.own.words += done.own.words;
        parent.own.linkWords += done.own.linkWords;
        parent.own.links += done.own.links;
      }
    },
  };
  return { visitor, index: { of: (el) => stats.get(el) ?? EMPTY, wordsOf } };
}

/**
 * Measures every element under `root` in one walk.
 *
 * @param root - The region to measure.
 * @return Lookups by element (elements outside `root` measure as empty).
 */
export function measureBlocks(root: Element): BlockStatsIndex {
  const { visitor, index } = blockStatsVisitor(root);
  scanText(root, visitor);
  return index;
}
