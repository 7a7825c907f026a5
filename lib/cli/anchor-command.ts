/**
 * `pressmark anchor --annotations FILE <page-file-or-URL> [--format json]`
 *
 * Re-anchors W3C Web Annotations (a single Annotation, an array, an
 * AnnotationPage or AnnotationCollection, or a Pressmark bundle) against a
 * page, with the same extraction and matcher as the extension, and prints
 * per annotation `{ id, status, exact, start, end }` plus whether the
 * article changed.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { matchQuote } from '../anchor';
import { parseBundle } from '../bundle';
import { locateAnnotations } from '../bundle/web-annotation-containers';
import { detectLanguage } from '../detect';
import { readArticle } from '../extract/read-article';
import type { AnchorStatus, Selector } from '../model';
import { fingerprint } from '../page/fingerprint';
import { loadPage } from './load-page';

/** One annotation's result, as printed. */
export interface AnchorOutput {
  id: string;
  status: AnchorStatus;
  exact?: string;
  start?: number;
  end?: number;
}

/** The printed document. */
export interface AnchorReport {
  source: string;
  url: string;
  /** True when the article text is not the text the annotations were made on. */
  changed: boolean;
  counts: Record<AnchorStatus, number>;
  annotations: AnchorOutput[];
}

/** The ids as written in the file (a W3C `urn:uuid:` id stays whole). */
function originalIds(text: string, source: string, fallback: string[]): string[] {
  if (source === 'pressmark-bundle') return fallback;
  const located = locateAnnotations(JSON.parse(text.replace(/^\ufeff/, '')));
  if (!located.ok) return fallback;
  return located.value.map((l, i) => {
    const id = (l.value as { id?: unknown }).id;
    return typeof id === 'string' ? id : (fallback[i] as string);
  });
}

/**
 * Re-anchors annotations against a page.
 *
 * @param annotationsText - The annotations file's content.
 * @param input - Page file or URL.
 * @return The report; rejects with a readable message on bad input.
 */
export async function anchorPage(annotationsText: string, input: string): Promise<AnchorReport> {
  const parsed = parseBundle(annotationsText);
  if (!parsed.ok) throw new Error(`annotations: ${parsed.error}`);
  const bundle = parsed.value;
  const page = await loadPage(input);
  const extracted = readArticle(parseHTML(page.html).document as unknown as Document, {
    url: page.url,
    guessLang: (text) => detectLanguage(text),
  });
  if (!extracted) throw new Error('no article found (an index, search or empty page?)');
  const text = extracted.article.text;
  const ids = originalIds(
    annotationsText,
    bundle.source,
    bundle.annotations.map((a) => a.id),
  );
  const counts: Record<AnchorStatus, number> = { anchored: 0, fuzzy: 0, orphaned: 0 };
  let moved = false;
  const annotations = bundle.annotations
    .map((a, i) => ({ a, id: ids[i] as string }))
    .filter(({ a }) => !a.deleted)
    .map(({ a, id }): AnchorOutput => {
      const result = matchQuote(text, a.selectors);
      counts[result.status]++;
      if (result.status !== 'anchored' || !at(a.selectors, result.start, result.end)) moved = true;
      return result.status === 'orphaned'
        ? { id, status: result.status }
        : { id, status: result.status, exact: result.exact, start: result.start, end: result.end };
    });
  // A bundle knows the text's fingerprint; plain W3C files only tell by whether
  // every quote is still verbatim where it was.
  const known = bundle.pages.map((p) => p.snapshotFingerprint ?? p.fingerprint).filter(Boolean);
  const changed = known.length > 0 ? !known.includes(fingerprint(text)) : moved;
  return { source: input, url: extracted.canonicalUrl ?? page.url, changed, counts, annotations };
}

/** True when the annotation is still exactly at its recorded position. */
function at(selectors: readonly Selector[], start?: number, end?: number): boolean {
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  return !position || (position.start === start && position.end === end);
}

/**
 * Runs `pressmark anchor`.
 *
 * @param args - Arguments after `anchor`.
 * @return Exit code: 0 done, 1 the page or annotations could not be read, 2 bad usage.
 */
export async function anchorCommand(args: string[]): Promise<number> {
  let values: { annotations?: string; format?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        annotations: { type: 'string', short: 'a' },
        format: { type: 'string', default: 'json' },
      },
    }));
  } catch (error) {
    process.stderr.write(`pressmark anchor: ${(error as Error).message}\n`);
    return 2;
  }
  if (!values.annotations || positionals.length !== 1 || values.format !== 'json') {
    process.stderr.write(
      'usage: pressmark anchor --annotations FILE <page-file-or-URL> [--format json]\n',
    );
    return 2;
  }
  try {
    const report = await anchorPage(
      await readFile(values.annotations, 'utf8'),
      positionals[0] as string,
    );
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`pressmark anchor: ${(error as Error).message}\n`);
    return 1;
  }
}
