/**
 * `pressmark annotate` for one input: the document shape the CLI prints
 * (documented in the README, relied on by ../shared/eval/score.mjs).
 */
import { parseHTML } from 'linkedom';
import { analyzePage } from '../analyze-page';
import type { DetectOptions } from '../detect';
import type { Amount, Article, Detection, DetectionKind, Firmness } from '../model';
import { loadPage } from './load-page';

/** One annotation as the CLI prints it. */
export interface CliAnnotation {
  kind: DetectionKind;
  start: number;
  end: number;
  exact: string;
  entity?: string;
  actor?: string;
  action?: string;
  amount?: Amount;
  deadline?: string;
  firmness?: Firmness;
  confidence: number;
  rule: string;
}

/** One annotated release as the CLI prints it. */
export interface CliDocument {
  source: string;
  url: string;
  lang: string;
  article: Pick<Article, 'title' | 'byline' | 'published' | 'text'>;
  annotations: CliAnnotation[];
}

const toCliAnnotation = (d: Detection): CliAnnotation => ({
  kind: d.kind,
  start: d.start,
  end: d.end,
  exact: d.exact,
  ...(d.entity !== undefined && { entity: d.entity }),
  ...(d.actor !== undefined && { actor: d.actor }),
  ...(d.action !== undefined && { action: d.action }),
  ...(d.amount !== undefined && { amount: d.amount }),
  ...(d.deadline !== undefined && { deadline: d.deadline }),
  ...(d.firmness !== undefined && { firmness: d.firmness }),
  confidence: d.confidence,
  rule: d.rule,
});

/**
 * Loads, reads and annotates one page.
 *
 * @param input - File path or http(s) URL, as the user typed it.
 * @param options - Detector options.
 * @return The document; rejects with a readable message when the input
 *   cannot be read or holds no article.
 */
export async function annotatePage(
  input: string,
  options: DetectOptions = {},
): Promise<CliDocument> {
  const page = await loadPage(input);
  const { document } = parseHTML(page.html);
  const { extracted, detections } = analyzePage(document as unknown as Document, page.url, options);
  if (!extracted) throw new Error('no article found (an index, search or empty page?)');
  const { title, byline, published, text, lang } = extracted.article;
  return {
    source: input,
    url: extracted.canonicalUrl ?? page.url,
    lang,
    article: { title, byline, published, text },
    annotations: detections.map(toCliAnnotation),
  };
}
