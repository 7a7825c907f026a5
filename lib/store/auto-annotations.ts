/**
 * Automatic detections as annotations, so they are stored with the page,
 * reviewed, exported and shared like the user's own. Ids are derived from
 * the page, kind and text (not the position), so the same finding keeps its
 * id, and the user's verdict, across visits and small edits elsewhere.
 */
import { describe } from '../anchor';
import type { Annotation, Detection } from '../model';
import { fingerprint } from '../page/fingerprint';

/** Where the detections were made. */
export interface DetectionContext {
  text: string;
  pageId: string;
  url: string;
  pageTitle: string;
  now: string;
  /** The user's name, written as creator. */
  creator?: string;
}

/**
 * Builds (unstored) auto annotations from detections.
 *
 * @param detections - From `detect()`, over `context.text`.
 * @param context - Page and clock.
 * @return One pending annotation per detection.
 */
export function toAutoAnnotations(
  detections: readonly Detection[],
  context: DetectionContext,
): Annotation[] {
  const seen = new Map<string, number>();
  return detections.map(({ kind, start, end, exact, ...fields }) => {
    // The n-th finding of this kind and text on this page.
    const key = `${kind}\n${exact}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const { quote, position } = describe(context.text, start, end);
    return {
      id: `auto-${fingerprint(`${context.pageId}\n${key}\n${n}`).replace(/[^0-9a-z]/g, '')}`,
      pageId: context.pageId,
      url: context.url,
      pageTitle: context.pageTitle,
      kind,
      origin: 'auto',
      selectors: [quote, position],
      note: '',
      tags: [],
      created: context.now,
      updated: context.now,
      detection: fields,
      review: 'pending',
    };
  });
}
