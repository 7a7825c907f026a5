/**
 * The whole reading pipeline on one page: isolate the release, then detect
 * organizations and commitments in its text. The content script and the
 * CLI both call this, so a page reads the same in the browser and in Node.
 */
import { type DetectOptions, detect, detectLanguage } from './detect';
import { type ExtractedArticle, readArticle } from './extract/read-article';
import type { Detection } from './model';
import { timed } from './timed';

/** A read page: the extracted article (null when there is none) and its detections. */
export interface AnalyzedPage {
  extracted: ExtractedArticle | null;
  detections: Detection[];
}

/**
 * Reads a page.
 *
 * @param doc - The page (live document, or linkedom's in Node); never modified.
 * @param url - The page's address.
 * @param options - Detector switches and the user's watch-list.
 * @return The article and its detections.
 */
export function analyzePage(doc: Document, url: string, options: DetectOptions = {}): AnalyzedPage {
  const extracted = timed('extract', () =>
    readArticle(doc, { url, guessLang: (text) => detectLanguage(text) }),
  );
  if (!extracted) return { extracted: null, detections: [] };
  const article = extracted.article;
  article.lang = detectLanguage(article.text, article.lang);
  return { extracted, detections: timed('detect', () => detect(article, options)) };
}
