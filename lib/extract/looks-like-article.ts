/**
 * Readability returns *something* for almost any page; a search result
 * list or a news index is not a release. These checks turn such pages into
 * a clear "no article" state instead of highlights on teaser lists.
 */
import type { TextModel } from '../anchor/text-model';
import { type BlockStatsIndex, measureBlocks } from './block-stats';

/** Below this much text it is a snippet, not a release (CJK characters count half a word). */
const MIN_WORDS = 40;
/** Above this share of text inside links the "article" is a list of links (an index). */
const MAX_LINK_SHARE = 0.45;
/** Above this share of text in short linked blocks it is a teaser list (search results). */
const MAX_TEASER_SHARE = 0.5;
/** A teaser: a block with a link and fewer words than this. */
const TEASER_WORDS = 60;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Counts words, with CJK characters weighted as half a word each.
 *
 * @param text - Any text.
 * @return The weighted word count.
 */
export function wordWeight(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words + cjk / 2;
}

/**
 * Decides whether the extracted text is an article rather than a list.
 *
 * @param model - The text Readability kept, mapped to live nodes.
 * @param container - The element that holds it.
 * @param stats - Word counts of the container's elements, if already measured.
 * @return True for an article.
 */
export function looksLikeArticle(
  model: TextModel,
  container: Element,
  stats: BlockStatsIndex = measureBlocks(container),
): boolean {
  let total = 0;
  for (const node of model.nodes) total += stats.wordsOf(node);
  if (total < MIN_WORDS) return false;
  let inLinks = 0;
  const teasers = new Set<Element>();
  const links = new Set<Element>();
  for (const node of model.nodes) {
    const link = node.parentElement?.closest('a');
    if (!link || !container.contains(link)) continue;
    inLinks += stats.wordsOf(node);
    links.add(link);
  }
  if (inLinks / total > MAX_LINK_SHARE) return false;
  // The nearest block around a link, if short, is a teaser.
  for (const link of links) {
    const block = link.parentElement?.closest('li, p, article, div');
    if (block && container.contains(block)) teasers.add(block);
  }
  let inTeasers = 0;
  for (const block of teasers) {
    const words = stats.of(block).words;
    if (words < TEASER_WORDS) inTeasers += words;
  }
  return inTeasers / total <= MAX_TEASER_SHARE;
}
