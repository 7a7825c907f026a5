import type { TextQuoteSelector } from '../model';
import { anchoredEditDistance } from './edit-distance';

/**
 * Context agreement: how well the stored prefix and suffix match the text
 * around a candidate place. Calibrated on real releases (English, German,
 * Chinese): unrelated 32-character contexts score 0.22 at the median and 0.44
 * at the 99th percentile; repeated structure (list items ending alike) can
 * push one side above 0.9 by accident, never both.
 */

/**
 * One side must agree at least this well: an intact side of context. For a
 * verbatim quote, that plus the quote itself is enough evidence.
 */
export const minBestSide = 0.75;
/**
 * For an edited quote the other side must also still half-agree. One strong
 * side alone is what a look-alike list item gets from the item before it.
 */
export const minWorstSide = 0.5;
/**
 * Scores closer than this are a tie, settled by distance to the old position:
 * a couple of characters of context difference is noise, not evidence.
 */
export const scoreTie = 0.02;
/** Stored context longer than this is compared on its nearest part only; bounds the O(n²) comparison. */
const maxComparedContext = 256;

/** Agreement of each side (0..1) and their mean. */
export interface ContextAgreement {
  prefix: number;
  suffix: number;
  score: number;
}

/**
 * Compares one side of stored context with the live text next to a place.
 * Empty stored context means the quote touched the text's edge: touching it
 * again agrees fully, not touching it disagrees.
 *
 * @param text - The article text.
 * @param stored - Stored prefix or suffix.
 * @param at - The candidate's start (prefix side) or end (suffix side).
 * @param side - Which side `stored` describes.
 * @param limit - Compare at most this many characters of `stored`, nearest the quote first.
 * @return Similarity in 0..1.
 */
export function sideAgreement(
  text: string,
  stored: string,
  at: number,
  side: 'prefix' | 'suffix',
  limit = maxComparedContext,
): number {
  const before = side === 'prefix';
  if (!stored) return (before ? at === 0 : at === text.length) ? 1 : 0;
  const expected = before ? stored.slice(-limit) : stored.slice(0, limit);
  // Slack lets an inserted phrase near the quote cost its length only.
  const reach = expected.length + Math.ceil(expected.length / 2);
  const actual = before ? text.slice(Math.max(0, at - reach), at) : text.slice(at, at + reach);
  return 1 - anchoredEditDistance(expected, actual, before) / expected.length;
}

/**
 * Measures how well the stored context agrees with the text around [start, end).
 *
 * @param text - The article text.
 * @param quote - The stored quote selector (its prefix and suffix are used).
 * @param start - Candidate start.
 * @param end - Candidate end.
 * @return Per-side agreement and their mean.
 */
export function contextAgreement(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
): ContextAgreement {
  const prefix = sideAgreement(text, quote.prefix, start, 'prefix');
  const suffix = sideAgreement(text, quote.suffix, end, 'suffix');
  return { prefix, suffix, score: (prefix + suffix) / 2 };
}

/**
 * Whether context is strong enough to trust an edited quote at a place:
 * one side intact, the other at least half intact.
 *
 * @param agreement - Result of `contextAgreement`.
 * @return True when both sides clear their thresholds.
 */
export function contextAgrees(agreement: ContextAgreement): boolean {
  const { prefix, suffix } = agreement;
  return Math.max(prefix, suffix) >= minBestSide && Math.min(prefix, suffix) >= minWorstSide;
}

/**
 * Whether context supports a verbatim occurrence: one side intact is enough,
 * since the quote itself agrees fully.
 *
 * @param agreement - Result of `contextAgreement`.
 * @return True when the better side clears `minBestSide`.
 */
export function contextSupports(agreement: ContextAgreement): boolean {
  return Math.max(agreement.prefix, agreement.suffix) >= minBestSide;
}

/**
 * Whether the stored context appears verbatim around [start, end).
 *
 * @param text - The article text.
 * @param quote - The stored quote selector.
 * @param start - Candidate start.
 * @param end - Candidate end.
 * @return True when the text ends with the prefix at `start` and starts with the suffix at `end`.
 */
export function contextIntact(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
): boolean {
  return text.endsWith(quote.prefix, start) && text.startsWith(quote.suffix, end);
}
