/**
 * Finds the press release in a page: Readability on a clone of the
 * document, then the normalised text model of what it kept, mapped back to
 * the live page's text nodes. Runs unchanged in the content script and in
 * the Node CLI (linkedom).
 */
import { Readability } from '@mozilla/readability';
import { modelFromScan, scanText, type TextModel } from '../anchor/text-model';
import type { Article } from '../model';
import { timed } from '../timed';
import { blockStatsVisitor } from './block-stats';
import { chooseTextNodes } from './choose-text-nodes';
import { cloneWithMap } from './clone-map';
import { commonAncestor } from './common-ancestor';
import { findHeadline, squash } from './find-headline';
import { looksLikeArticle } from './looks-like-article';
import { readPageMeta } from './page-meta';

/** An isolated release: its text and metadata, and where it lives in the page. */
export interface ExtractedArticle {
  article: Article;
  /** Offsets into `article.text` map to the live page through this. */
  model: TextModel;
  /** The smallest live element holding the whole article. */
  container: Element;
  /** The page's canonical address when it declares one. */
  canonicalUrl: string | null;
}

/** Options for {@link readArticle}. */
export interface ReadArticleOptions {
  /** Where the page was loaded from; resolves relative canonical links. */
  url: string;
  /** Guesses the language when the page declares none. */
  guessLang?: (text: string) => string;
}

/**
 * Isolates the article of a page.
 *
 * @param doc - The live document; it is cloned, never modified.
 * @param options - See {@link ReadArticleOptions}.
 * @return The article, or null when the page holds no article (a search
 *   result list, an index, a login form).
 */
export function readArticle(doc: Document, options: ReadArticleOptions): ExtractedArticle | null {
  const meta = readPageMeta(doc, options.url);
  let read = readMapped(doc, false);
  if (read === undefined) read = readMapped(doc, true);
  if (!read) return null;
  const { parsed, kept } = read;
  const region = commonAncestor([...kept]);
  if (!region) return null;
  const metaTitle = meta.headline ?? parsed.title ?? '';
  const headline = findHeadline(doc, metaTitle);
  // One walk of the region serves the block statistics, the choice and the model.
  const { visitor, index: stats } = blockStatsVisitor(region);
  const scan = timed('extract:scan', () => scanText(region, visitor));
  const chosen = timed('extract:choose', () =>
    chooseTextNodes(region, kept, headline?.element ?? null, stats, scan.nodes),
  );
  const model = timed('extract:model', () =>
    modelFromScan(scan, { mapNode: (node) => (chosen.has(node) ? node : null) }),
  );
  const container = commonAncestor(model.nodes);
  if (!container || !timed('extract:check', () => looksLikeArticle(model, container, stats))) {
    return null;
  }
  const lang =
    meta.declaredLang ?? parsed.lang?.toLowerCase() ?? options.guessLang?.(model.text) ?? 'und';
  return {
    article: {
      title: headline?.text ?? squash(metaTitle),
      byline: parsed.byline?.trim() || null,
      published: meta.published ?? parsed.publishedTime ?? null,
      lang,
      siteName: meta.siteName ?? parsed.siteName ?? null,
      text: model.text,
    },
    model,
    container,
    canonicalUrl: meta.canonicalUrl,
  };
}

/** What Readability kept of a page, as live text nodes. */
interface MappedParse {
  parsed: NonNullable<ReturnType<Readability<Node>['parse']>>;
  kept: Set<Text>;
}

/**
 * Readability on a mapped clone of `doc`: what it parsed and the live text
 * nodes it kept. A plain clone maps back only while Readability keeps its
 * text nodes; when it re-created them (its retry from HTML), this returns
 * undefined and the caller reads again from an indexed clone.
 *
 * @param doc - The live document.
 * @param indexed - Whether to index the clone (see {@link cloneWithMap}).
 * @return The parse and the kept live text nodes; null when Readability
 *   found no article; undefined when a plain clone could not be mapped back.
 */
function readMapped(doc: Document, indexed: boolean): MappedParse | null | undefined {
  const { clone, liveOf, isOriginal } = timed('extract:clone', () => cloneWithMap(doc, indexed));
  const parsed = timed('extract:readability', () =>
    new Readability<Node>(clone, { serializer: (node) => node }).parse(),
  );
  const content = parsed?.content as Element | null | undefined;
  if (!parsed || !content) return null;
  const nodes = textNodesOf(content);
  if (!indexed && nodes.some((node) => !isOriginal(node) && node.data.trim())) return undefined;
  const kept = new Set<Text>();
  for (const node of nodes) {
    const live = liveOf(node);
    if (live) kept.add(live);
  }
  return { parsed, kept };
}

/** Every text node under `root`, in document order. */
function textNodesOf(root: Node, out: Text[] = []): Text[] {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child as Text);
    else textNodesOf(child, out);
  }
  return out;
}
