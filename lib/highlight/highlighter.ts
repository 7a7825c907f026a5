/**
 * Draws highlights with the CSS Custom Highlight API: ranges registered by
 * name in `CSS.highlights`, painted by `::highlight(name)` rules in
 * assets/highlight.css. The page's DOM is never touched, so frameworks that
 * re-render cannot break it and no page script sees wrapper elements.
 */
import type { AnnotationKind } from '../model';

/** Highlight names; stable (test contract, and users' custom CSS). */
export const HIGHLIGHT_NAMES = {
  note: 'pressmark-note',
  organization: 'pressmark-organization',
  commitment: 'pressmark-commitment',
  /** A brief flash on the highlight the popup jumped to, or the selection being noted. */
  focus: 'pressmark-focus',
} as const satisfies Record<AnnotationKind | 'focus', string>;

export type HighlightLayer = keyof typeof HIGHLIGHT_NAMES;

/** Paints ranges by layer. Every change returns its undo. */
export interface Highlighter {
  /**
   * Adds ranges to a layer.
   *
   * @return Removes exactly those ranges again.
   */
  add(layer: HighlightLayer, ranges: readonly Range[]): () => void;
  /** Removes every range Pressmark registered. */
  clear(): void;
}

/**
 * Tells whether this browser paints custom highlights (Chrome 105+, Firefox 140+).
 *
 * @param win - The window.
 * @return True when `CSS.highlights` is available.
 */
export const supportsHighlights = (win: typeof globalThis = globalThis): boolean =>
  typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';

/**
 * Creates a highlighter over the page's highlight registry.
 *
 * @param registry - `CSS.highlights`.
 * @return The highlighter.
 */
export function createHighlighter(registry: HighlightRegistry = CSS.highlights): Highlighter {
  const layers = new Map<HighlightLayer, Highlight>();
  const layer = (name: HighlightLayer): Highlight => {
    let highlight = layers.get(name);
    if (!highlight) {
      highlight = new Highlight();
      // Notes paint above detections: a user's own mark must stay visible.
      highlight.priority =
        name === 'focus' ? 3 : name === 'note' ? 2 : name === 'commitment' ? 1 : 0;
      layers.set(name, highlight);
      registry.set(HIGHLIGHT_NAMES[name], highlight);
    }
    return highlight;
  };
  return {
    add(name, ranges) {
      const highlight = layer(name);
      for (const range of ranges) highlight.add(range);
      return () => {
        for (const range of ranges) highlight.delete(range);
      };
    },
    clear() {
      for (const [name, highlight] of layers) {
        highlight.clear();
        registry.delete(HIGHLIGHT_NAMES[name]);
      }
      layers.clear();
    },
  };
}
