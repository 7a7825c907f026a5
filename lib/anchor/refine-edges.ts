import type { TextQuoteSelector } from '../model';
import { sideAgreement } from './context-score';

/**
 * Moving a fuzzy match's edges to where the stored context fits best.
 * Edit-distance alignment always prefers dropping words added at a quote's
 * edge ("…in 2024 at the latest."): one missing full stop costs less than
 * fourteen inserted characters. The context does not lie about where the old
 * text continued, so it decides where the edges go.
 */

/** Farthest an edge moves: about a clause added or removed at the edge. */
const maxShift = 32;
/** Context compared per tried position: only the nearest part locates an edge, and it keeps the search cheap. */
const comparedContext = 32;

/** Best position for one edge within `maxShift` of `at`, inside [lo, hi]; `at` wins ties. */
function bestEdge(
  text: string,
  stored: string,
  at: number,
  side: 'prefix' | 'suffix',
  lo: number,
  hi: number,
): number {
  if (!stored) return at;
  let best = at;
  let bestScore = sideAgreement(text, stored, at, side, comparedContext);
  for (let d = 1; d <= maxShift && bestScore < 1; d++) {
    for (const p of [at - d, at + d]) {
      if (p < lo || p > hi) continue;
      const score = sideAgreement(text, stored, p, side, comparedContext);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * Moves each edge of a candidate to the nearby position where its side of
 * the stored context agrees best.
 *
 * @param text - The article text.
 * @param quote - The stored quote selector.
 * @param start - Candidate start.
 * @param end - Candidate end.
 * @return The refined span (unchanged where context does not say better).
 */
export function refineEdges(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
): { start: number; end: number } {
  const s = bestEdge(text, quote.prefix, start, 'prefix', 0, end - 1);
  const e = bestEdge(text, quote.suffix, end, 'suffix', s + 1, text.length);
  return { start: s, end: e };
}
