/**
 * Readability returns *something* for almost any page; a search result
 * list or a news index is not a release. These checks turn such pages into
 * a clear "no article" state instead of highlights on teaser lists.
 */
import type { TextModel } from '../anchor/text-model';

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
 * @return True for an article.
 */
export function looksLikeArticle(model: TextModel, container: Element): boolean {
  const total = wordWeight(model.text);
  if (total < MIN_WORDS) return false;
  let inLinks = 0;
  const teasers = new Set<Element>();
  for (const node of model.nodes) {
    const parent = node.parentElement;
    const link = parent?.closest('a');
    if (link && container.contains(link)) inLinks += wordWeight(node.data);
    // The nearest block around a link, if short, is a teaser.
    const block = link?.parentElement?.closest('li, p, article, div');
    if (block && container.contains(block)) teasers.add(block);
  }
  if (inLinks / total > MAX_LINK_SHARE) return false;
  let inTeasers = 0;
  for (const block of teasers) {
    const words = wordWeight(block.textContent ?? '');
    if (words < TEASER_WORDS) inTeasers += words;
  }
  return inTeasers / total <= MAX_TEASER_SHARE;
}
