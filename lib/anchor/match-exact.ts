import type { Selector, TextPositionSelector, TextQuoteSelector } from '../model';
import { type AnchorResult, located, ORPHANED } from './anchor-result';
import { contextAgreement, contextIntact, contextSupports, scoreTie } from './context-score';
import { pickSelectors } from './selectors';

/**
 * Occurrences scored for context when none has it verbatim, nearest the
 * position hint first. Bounds the work for one-letter quotes ("e" occurs
 * thousands of times); any farther occurrence is still found, just not scored.
 */
const maxScoredOccurrences = 256;

/** What the exact search learnt, for `matchQuote` to decide whether fuzzy search may run. */
export interface ExactOutcome {
  /** Where the exact quote was anchored, or null. */
  result: AnchorResult | null;
  /**
   * False when `result` is only a fallback (a single occurrence whose context
   * disagrees): an edited original with intact context should win over it.
   */
  settled: boolean;
  /** Every start offset of the exact quote; fuzzy search skips these. */
  occurrences: number[];
}

/**
 * Looks for the stored quote verbatim and picks an occurrence by context,
 * then by closeness to the old position.
 *
 * @param text - The article text.
 * @param quote - The stored quote selector.
 * @param position - The stored position, used as a hint only.
 * @return The outcome; see `ExactOutcome`.
 */
export function findExact(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
): ExactOutcome {
  const { exact } = quote;
  // Fast path, and the common case (a revisit of an unchanged page): the quote
  // is still at its recorded place with its context intact. The full search
  // below would pick exactly this occurrence (intact, distance 0), but it scans
  // every occurrence: quadratic for a name mentioned hundreds of times.
  if (
    position &&
    text.startsWith(exact, position.start) &&
    position.end === position.start + exact.length &&
    contextIntact(text, quote, position.start, position.end)
  ) {
    const result = located(text, position.start, position.end, 'anchored', 1);
    return { result, settled: true, occurrences: [position.start] };
  }
  const occurrences: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) occurrences.push(i);
  if (occurrences.length === 0) return { result: null, settled: false, occurrences };
  const hint = position?.start ?? 0;
  const byDistance = (a: number, b: number) => Math.abs(a - hint) - Math.abs(b - hint) || a - b;

  const intact = occurrences.filter((s) => contextIntact(text, quote, s, s + exact.length));
  if (intact.length) {
    const start = intact.sort(byDistance)[0]!;
    return {
      result: located(text, start, start + exact.length, 'anchored', 1),
      settled: true,
      occurrences,
    };
  }

  let best: { start: number; score: number } | null = null;
  for (const start of [...occurrences].sort(byDistance).slice(0, maxScoredOccurrences)) {
    const agreement = contextAgreement(text, quote, start, start + exact.length);
    if (!contextSupports(agreement)) continue;
    // Sorted by distance, so a later occurrence must be clearly better to win.
    if (!best || agreement.score > best.score + scoreTie) best = { start, score: agreement.score };
  }
  if (best) {
    const result = located(
      text,
      best.start,
      best.start + exact.length,
      'anchored',
      (1 + best.score) / 2,
    );
    return { result, settled: true, occurrences };
  }

  if (occurrences.length === 1) {
    const start = occurrences[0]!;
    const score = (1 + contextAgreement(text, quote, start, start + exact.length).score) / 2;
    return {
      result: located(text, start, start + exact.length, 'anchored', score),
      settled: false,
      occurrences,
    };
  }
  if (position && text.slice(position.start, position.end) === exact) {
    const score = (1 + contextAgreement(text, quote, position.start, position.end).score) / 2;
    return {
      result: located(text, position.start, position.end, 'anchored', score),
      settled: true,
      occurrences,
    };
  }
  return { result: null, settled: false, occurrences };
}

/**
 * Anchors a position-only annotation: trusted only while its range fits the text.
 *
 * @param text - The article text.
 * @param position - The stored position.
 * @return `anchored` with the range's current text, or orphaned.
 */
export function matchPosition(text: string, position: TextPositionSelector): AnchorResult {
  return position.end <= text.length
    ? located(text, position.start, position.end, 'anchored')
    : { ...ORPHANED };
}

/**
 * The cheap path: verbatim quote only, no approximate search. A single
 * verbatim occurrence is anchored even when its context changed (moved
 * paragraph, reordered list); several with no agreeing context are anchored
 * at the old position only if that range still holds the quote.
 *
 * @param text - The article text.
 * @param selectors - The annotation's selectors.
 * @return `anchored`, or orphaned when the quote is not found verbatim.
 */
export function matchQuoteExact(text: string, selectors: readonly Selector[]): AnchorResult {
  const { quote, position } = pickSelectors(selectors);
  if (!quote) return position ? matchPosition(text, position) : { ...ORPHANED };
  return findExact(text, quote, position).result ?? { ...ORPHANED };
}
