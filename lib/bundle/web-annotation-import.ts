/**
 * Imports a plain W3C Web Annotation file, one without a Pressmark block:
 * every annotation becomes a Pressmark `note` with its quote and position,
 * its comment and its tags, on the page its target names.
 */
import * as v from 'valibot';
import { type Annotation, err, ok, type Result, type Selector } from '../model';
import { normalizeUrl } from '../page/normalize-url';
import { MAX_SHORT } from './fields';
import type { Bundle, SharedPage } from './format';
import { describeIssue } from './issue-message';
import { locateAnnotations } from './web-annotation-containers';
import { type WebAnnotationInput, WebAnnotationSchema } from './web-annotation-schema';

/** Stands in for a missing date, so importing the same file twice gives the same records. */
const EPOCH = '1970-01-01T00:00:00.000Z';

type Json = Record<string, unknown>;
type QuoteInput = { exact: string; prefix?: string; suffix?: string };
type PositionInput = { start: number; end: number };

const isObject = (x: unknown): x is Json =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const many = <T>(x: T | T[] | undefined): T[] =>
  x === undefined ? [] : Array.isArray(x) ? x : [x];
/** One spelling for every date, so versions compare as text too; undefined when absent or unreadable. */
const iso = (date: unknown): string | undefined => {
  const time = typeof date === 'string' ? Date.parse(date) : Number.NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
};

/** Comment and tags from textual bodies, by their purpose (or the annotation's motivation). */
function bodiesOf(w: WebAnnotationInput): { note: string; tags: string[] } {
  const tagging = many(w.motivation).includes('tagging');
  const comments = w.bodyValue ? [w.bodyValue] : [];
  const tags = new Set<string>();
  for (const body of many(w.body)) {
    if (typeof body === 'string' || body.value === undefined) continue; // a linked body
    const purposes = many(body.purpose);
    if (purposes.includes('tagging') || (purposes.length === 0 && tagging)) {
      if (body.value.trim()) tags.add(body.value.trim());
    } else if (purposes.includes('commenting') || purposes.length === 0) {
      comments.push(body.value);
    }
  }
  return { note: comments.join('\n\n'), tags: [...tags] };
}

/** The first target naming a document, with its quote and position selectors. */
function targetOf(w: WebAnnotationInput): { source: string; selectors: Selector[] } {
  const target = many(w.target)[0]!;
  if (typeof target === 'string') return { source: target, selectors: [] };
  // The schema checked these two kinds field by field; other kinds only have a string type,
  // so TypeScript cannot narrow the union by `type` alone.
  const all = many(target.selector);
  const quote = all.find((s) => s.type === 'TextQuoteSelector') as QuoteInput | undefined;
  const position = all.find((s) => s.type === 'TextPositionSelector') as PositionInput | undefined;
  const selectors: Selector[] = [];
  if (quote) {
    const { exact, prefix = '', suffix = '' } = quote;
    selectors.push({ type: 'TextQuoteSelector', exact, prefix, suffix });
  }
  if (position) {
    selectors.push({ type: 'TextPositionSelector', start: position.start, end: position.end });
  }
  return { source: (target.source ?? target.id)!, selectors };
}

function creatorOf(w: WebAnnotationInput): string | undefined {
  const first = many(w.creator)[0];
  if (typeof first === 'string') return first || undefined;
  return first?.name || first?.nickname || undefined;
}

/**
 * Converts one W3C annotation into a Pressmark note.
 *
 * @param w - A validated W3C annotation.
 * @return The note; its id is the UUID of a `urn:uuid:` id, else the whole id.
 */
export function fromWebAnnotation(w: WebAnnotationInput): Annotation {
  const { source, selectors } = targetOf(w);
  const created = iso(w.created) ?? iso(w.modified) ?? EPOCH;
  const creator = creatorOf(w);
  return {
    id: w.id.replace(/^urn:uuid:/i, ''),
    pageId: normalizeUrl(source),
    url: source,
    pageTitle: '',
    kind: 'note',
    origin: 'user',
    selectors,
    ...bodiesOf(w),
    created,
    updated: iso(w.modified) ?? created,
    ...(creator ? { creator } : {}),
  };
}

/** Page records for imported notes: identity and dates only, the rest unknown. */
function pagesOf(annotations: readonly Annotation[]): SharedPage[] {
  const pages = new Map<string, SharedPage>();
  for (const a of annotations) {
    const page = pages.get(a.pageId);
    pages.set(a.pageId, {
      id: a.pageId,
      aliases: [a.pageId],
      title: '',
      lang: '',
      siteName: null,
      published: null,
      fingerprint: '',
      firstSeen: page && page.firstSeen < a.created ? page.firstSeen : a.created,
      lastSeen: page && page.lastSeen > a.updated ? page.lastSeen : a.updated,
    });
  }
  return [...pages.values()];
}

/**
 * Reads a W3C AnnotationCollection, AnnotationPage, Annotation or array of
 * Annotations (already JSON-parsed and checked for forbidden keys).
 *
 * @param root - The parsed file.
 * @return The bundle, or the first problem with its path.
 */
export function fromWebAnnotations(root: unknown): Result<Bundle, string> {
  const located = locateAnnotations(root);
  if (!located.ok) return located;
  const annotations: Annotation[] = [];
  for (const { value, path } of located.value) {
    const parsed = v.safeParse(WebAnnotationSchema, value, { abortEarly: true });
    if (!parsed.success) return err(describeIssue(parsed.issues, path));
    annotations.push(fromWebAnnotation(parsed.output));
  }
  const meta = isObject(root) ? root : {};
  const label =
    typeof meta.label === 'string' && meta.label.length <= MAX_SHORT ? meta.label : null;
  return ok({
    source: 'web-annotation',
    label,
    exported: iso(meta.generated) ?? null,
    author: null,
    pages: pagesOf(annotations),
    annotations,
  });
}
