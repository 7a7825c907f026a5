/**
 * W3C Web Annotation export: an `AnnotationCollection` whose one embedded
 * `AnnotationPage` holds every live annotation, so Hypothesis, Recogito and
 * any JSON-LD tool can read what Pressmark marked. Field names and shapes are
 * the Web Annotation Data Model's; nothing Pressmark-specific is added here
 * (a team bundle carries the complete records in its own block).
 */
import type { Annotation, PageRecord } from '../model';
import { positionSelectorOf, quoteSelectorOf, startOf } from '../stored-selectors';

/** The Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The selectors, as the model spells them; empty prefix and suffix are left out. */
export type W3cSelector =
  | { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
  | { type: 'TextPositionSelector'; start: number; end: number };

/** Why a body is there (a subset of the model's motivations). */
export type W3cPurpose = 'commenting' | 'tagging' | 'classifying' | 'describing';

/** Why the annotation was made. */
export type W3cMotivation = 'highlighting' | 'commenting' | 'tagging' | 'classifying';

/** A body given as text. */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: W3cPurpose;
}

/** One annotation as the Web Annotation Data Model writes it. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  creator?: { type: 'Person'; name: string };
  generator?: { type: 'Software'; name: string };
  motivation: W3cMotivation;
  body?: TextualBody[];
  target: { source: string; selector?: W3cSelector[] };
}

/** A page of a collection (Pressmark writes one, embedded). */
export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  startIndex: number;
  items: WebAnnotation[];
}

/** The collection document. */
export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated?: string;
  first: AnnotationPage;
  last: string;
}

/** Options for {@link toAnnotationCollection}. */
export interface CollectionOptions {
  /** Human label, e.g. "All annotations" or the release title. */
  label: string;
  /** UUID of the collection (default: a random one). Pass one for repeatable output. */
  id?: string;
  /** ISO time the file was made. */
  generated?: string;
}

/** Page by page, then reading order, then creation: the same file for the same data. */
function exportOrder(a: Annotation, b: Annotation): number {
  const key = (x: Annotation) => [x.pageId, startOf(x), x.created, x.id] as const;
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
  }
  return 0;
}

/** Rebuilds selectors field by field so nothing else stored on them leaks out. */
function w3cSelectors(a: Annotation): W3cSelector[] {
  const out: W3cSelector[] = [];
  const quote = quoteSelectorOf(a);
  if (quote) {
    out.push({
      type: 'TextQuoteSelector',
      exact: quote.exact,
      ...(quote.prefix ? { prefix: quote.prefix } : {}),
      ...(quote.suffix ? { suffix: quote.suffix } : {}),
    });
  }
  const position = positionSelectorOf(a);
  if (position)
    out.push({ type: 'TextPositionSelector', start: position.start, end: position.end });
  return out;
}

/** Detection facts as `describing` bodies: plain "name: value" text any reader can show. */
function describingBodies(a: Annotation): TextualBody[] {
  const d = a.detection;
  if (!d) return [];
  const amount = d.amount && `${d.amount.text} (${d.amount.value} ${d.amount.unit})`;
  const facts: Array<[string, string | number | undefined]> = [
    ['entity', d.entity],
    ['actor', d.actor],
    ['action', d.action],
    ['amount', amount],
    ['deadline', d.deadline],
    ['firmness', d.firmness],
    ['review', a.review],
    ['rule', d.rule],
    ['confidence', d.confidence],
  ];
  return facts
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => ({
      type: 'TextualBody',
      value: `${name}: ${value}`,
      purpose: 'describing',
    }));
}

/** The strongest reason for the annotation: a classification, else what the user added. */
function motivationOf(a: Annotation): W3cMotivation {
  if (a.kind !== 'note') return 'classifying';
  if (a.note) return 'commenting';
  return a.tags.length > 0 ? 'tagging' : 'highlighting';
}

/**
 * Converts one annotation into a Web Annotation.
 *
 * @param a - A live (not deleted) annotation.
 * @return The W3C annotation; `target.source` is the page's canonical URL.
 */
export function toWebAnnotation(a: Annotation): WebAnnotation {
  const body: TextualBody[] = [];
  if (a.note) body.push({ type: 'TextualBody', value: a.note, purpose: 'commenting' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  if (a.kind !== 'note') body.push({ type: 'TextualBody', value: a.kind, purpose: 'classifying' });
  body.push(...describingBodies(a));
  const selector = w3cSelectors(a);
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    created: a.created,
    modified: a.updated,
    ...(a.creator ? { creator: { type: 'Person', name: a.creator } } : {}),
    ...(a.origin === 'auto' ? { generator: { type: 'Software', name: 'Pressmark' } } : {}),
    motivation: motivationOf(a),
    ...(body.length > 0 ? { body } : {}),
    target: { source: a.pageId, ...(selector.length > 0 ? { selector } : {}) },
  };
}

/**
 * Builds a W3C `AnnotationCollection` of the live annotations. Tombstones
 * are left out: other tools have no notion of them (bundles carry them).
 * `TextPositionSelector` offsets are JavaScript string offsets into
 * Pressmark's article text, as Hypothesis writes them; the quote selector is
 * the one to trust elsewhere.
 *
 * @param annotations - Annotations to export, deleted ones included or not.
 * @param pages - The releases, in the order their annotations should appear.
 * @param options - Label, id and time; see {@link CollectionOptions}.
 * @return The collection, ready for `JSON.stringify`.
 */
export function toAnnotationCollection(
  annotations: readonly Annotation[],
  pages: readonly PageRecord[],
  options: CollectionOptions,
): AnnotationCollection {
  // Releases in the caller's order; annotations whose page record is missing still export, last.
  const rank = new Map(pages.map((p, i) => [p.id, i]));
  const rankOf = (a: Annotation) => rank.get(a.pageId) ?? pages.length;
  const live = annotations
    .filter((a) => !a.deleted)
    .sort((a, b) => rankOf(a) - rankOf(b) || exportOrder(a, b));
  const id = `urn:uuid:${options.id ?? crypto.randomUUID()}`;
  const page: AnnotationPage = {
    id: `${id}#page-1`,
    type: 'AnnotationPage',
    startIndex: 0,
    items: live.map(toWebAnnotation),
  };
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: options.label,
    total: page.items.length,
    ...(options.generated ? { generated: options.generated } : {}),
    first: page,
    last: page.id,
  };
}
