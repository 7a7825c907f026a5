/**
 * The page's annotations, anchored in its text and painted. Holds, for each
 * annotation, where it was found (state and live Range); redrawing anchors
 * everything again from the stored selectors, so it is also how stale
 * ranges are rebuilt.
 */
import { type AnchorResult, matchQuote } from '../anchor';
import { toRange } from '../anchor/dom-range';
import type { TextModel } from '../anchor/text-model';
import type { Highlighter } from '../highlight/highlighter';
import type { Annotation } from '../model';

/** One annotation on this page: where it anchored. */
export interface AnchoredAnnotation {
  annotation: Annotation;
  result: AnchorResult;
  /** Null when orphaned, or when its text is no longer in the document. */
  range: Range | null;
}

/** The page's anchored annotations. */
export interface AnnotationLayer {
  /** Replaces all annotations and repaints. */
  setAll(list: readonly Annotation[]): void;
  /** Adds or replaces one annotation (a tombstone removes it) and repaints. */
  upsert(annotation: Annotation): void;
  get(id: string): AnchoredAnnotation | undefined;
  /** Anchored annotations with a live range. */
  drawn(): AnchoredAnnotation[];
  all(): AnchoredAnnotation[];
  /** Repaints from scratch (after the model was rebuilt, say). */
  redraw(model?: TextModel): void;
}

/**
 * Creates the layer.
 *
 * @param model - The article's text model.
 * @param highlighter - Where to paint.
 * @return The layer, empty.
 */
export function createAnnotationLayer(model: TextModel, highlighter: Highlighter): AnnotationLayer {
  let current = model;
  const byId = new Map<string, AnchoredAnnotation>();
  const undos = new Map<string, () => void>();

  const paint = (entry: AnchoredAnnotation) => {
    undos.get(entry.annotation.id)?.();
    undos.delete(entry.annotation.id);
    if (entry.range)
      undos.set(entry.annotation.id, highlighter.add(entry.annotation.kind, [entry.range]));
  };

  const anchor = (annotation: Annotation): AnchoredAnnotation => {
    const result = matchQuote(current.text, annotation.selectors);
    const range =
      result.start !== undefined && result.end !== undefined
        ? toRange(current, result.start, result.end)
        : null;
    return { annotation, result, range };
  };

  const remove = (id: string) => {
    undos.get(id)?.();
    undos.delete(id);
    byId.delete(id);
  };

  return {
    setAll(list) {
      for (const id of [...byId.keys()]) remove(id);
      for (const annotation of list)
        if (!annotation.deleted) byId.set(annotation.id, anchor(annotation));
      for (const entry of byId.values()) paint(entry);
    },
    upsert(annotation) {
      if (annotation.deleted) return remove(annotation.id);
      const entry = anchor(annotation);
      byId.set(annotation.id, entry);
      paint(entry);
    },
    get: (id) => byId.get(id),
    drawn: () => [...byId.values()].filter((e) => e.range !== null),
    all: () => [...byId.values()],
    redraw(model) {
      if (model) current = model;
      this.setAll([...byId.values()].map((e) => e.annotation));
    },
  };
}
