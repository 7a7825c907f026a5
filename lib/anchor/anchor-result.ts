/**
 * What re-anchoring an annotation produced. Plain data, so it can cross the
 * content/background boundary unchanged.
 */

import type { AnchorStatus } from '../model';

/**
 * The states (declared with the stored data in lib/model.ts):
 * - `anchored`: the stored quote (or position) was found unchanged.
 * - `fuzzy`: an edited version of the quote was found where its context says
 *   it belongs; `exact` is the text as it reads now.
 * - `orphaned`: no place in the text is trustworthy enough; no offsets.
 */
export type { AnchorStatus };

/** Where an annotation sits in the current article text, if anywhere. */
export interface AnchorResult {
  status: AnchorStatus;
  /** Offset into the article text; absent when orphaned. */
  start?: number;
  /** Offset into the article text; absent when orphaned. */
  end?: number;
  /** `text.slice(start, end)`: what the annotation covers now. */
  exact?: string;
  /**
   * 0..1: how well quote and context agree at this place (1: unchanged quote,
   * unchanged context). Absent for position-only anchoring, which has no evidence.
   */
  score?: number;
}

/** The answer when no place is trustworthy enough: never offsets that might be wrong. */
export const ORPHANED: Readonly<AnchorResult> = Object.freeze({ status: 'orphaned' });

/** Options shared by the matchers. */
export interface MatchOptions {
  /**
   * Longest stretch of text the fuzzy search scans for one quote. Longer
   * texts are scanned only around the position hint, so a huge page costs
   * bounded time per annotation. Default 1,000,000 characters (~170,000 words).
   */
  maxScanLength?: number;
}

/**
 * Builds a located result.
 *
 * @param text - The article text.
 * @param start - Start offset.
 * @param end - End offset.
 * @param status - `anchored` or `fuzzy`.
 * @param score - Agreement score, if any.
 * @return The result, with `exact` read back from the text so it cannot disagree with the offsets.
 */
export function located(
  text: string,
  start: number,
  end: number,
  status: 'anchored' | 'fuzzy',
  score?: number,
): AnchorResult {
  const result: AnchorResult = { status, start, end, exact: text.slice(start, end) };
  if (score !== undefined) result.score = Math.round(score * 1000) / 1000;
  return result;
}
