/**
 * The page's annotations, anchored in its text and painted. Anchoring runs
 * in two passes: the cheap verbatim match for everyone at once, then the
 * approximate search only for those it missed, yielding to the event loop
 * so a page full of orphans never freezes the tab.
 */
import { type AnchorResult, anchorAllAsync, matchQuoteExact, ORPHANED } from '../anchor';
import { toRange } from '../anchor/dom-range';
import type { TextModel } from '../anchor/text-model';
import type { Highlighter } from '../highlight/highlighter';
import type { AnchorState, Annotation } from '../model';

/** One annotation on this page: where it anchored. */
export interface AnchoredAnnotation {
  annotation: Annotation;
  result: AnchorResult;
  /** Null when orphaned, or when its text is no longer in the document. */
  range: Range | null;
}

/** The page's anchored annotations. */
export interface AnnotationLayer {
  /** Replaces all annotations and repaints; resolves when every one is anchored. */
  setAll(list: readonly Annotation[]): Promise<void>;
  /** Adds or replaces one annotation (a tombstone removes it) and repaints. */
  upsert(annotation: Annotation): Promise<void>;
  get(id: string): AnchoredAnnotation | undefined;
  /** Every annotation with its state. */
  all(): AnchoredAnnotation[];
  /** States by id, for the popup and the library. */
  states(): Record<string, AnchorState>;
}

/**
 * Creates the layer over one text model.
 *
 * @param model - The article's text model.
 * @param highlighter - Where to paint.
 * @param signal - Aborts anchoring in progress (page navigated away).
 * @return The layer, empty.
 */
export function createAnnotationLayer(
  model: TextModel,
  highlighter: Highlighter,
  signal?: AbortSignal,
): AnnotationLayer {
  const byId = new Map<string, AnchoredAnnotation>();
  const undos = new Map<string, () => void>();
  let generation = 0;

  const place = (annotation: Annotation, result: AnchorResult) => {
    const id = annotation.id;
    undos.get(id)?.();
    undos.delete(id);
    const range =
      result.start !== undefined && result.end !== undefined
        ? toRange(model, result.start, result.end)
        : null;
    byId.set(id, { annotation, result, range });
    // A dismissed detection keeps its place (the popup lists it) but is not painted.
    if (range && annotation.review !== 'dismissed')
      undos.set(id, highlighter.add(annotation.kind, [range]));
  };

  const remove = (id: string) => {
    undos.get(id)?.();
    undos.delete(id);
    byId.delete(id);
  };

  /** Verbatim first; the misses go through the bounded approximate search. */
  const anchorMany = async (list: readonly Annotation[]) => {
    const mine = generation;
    const misses: Annotation[] = [];
    for (const annotation of list) {
      if (annotation.detached) {
        place(annotation, { ...ORPHANED });
        continue;
      }
      const exact = matchQuoteExact(model.text, annotation.selectors);
      place(annotation, exact);
      if (exact.status === 'orphaned') misses.push(annotation);
    }
    const byMiss = new Map(misses.map((a) => [a.id, a]));
    for await (const { id, result } of anchorAllAsync(model.text, misses, { signal })) {
      const annotation = byMiss.get(id);
      // A newer setAll or upsert replaced this annotation meanwhile.
      if (mine !== generation || !annotation || byId.get(id)?.annotation !== annotation) continue;
      if (result.status !== 'orphaned') place(annotation, result);
    }
  };

  return {
    async setAll(list) {
      generation++;
      for (const id of [...byId.keys()]) remove(id);
      await anchorMany(list.filter((a) => !a.deleted));
    },
    async upsert(annotation) {
      if (annotation.deleted) return remove(annotation.id);
      await anchorMany([annotation]);
    },
    get: (id) => byId.get(id),
    all: () => [...byId.values()],
    states() {
      const states: Record<string, AnchorState> = {};
      for (const [id, { result }] of byId) {
        states[id] =
          result.exact === undefined
            ? { status: result.status }
            : { status: result.status, exact: result.exact };
      }
      return states;
    },
  };
}
