import type { TextPositionSelector, TextQuoteSelector } from '../model';
import { approxHits, nearest, type Span, scanRegion } from './approx-hits';
import { headTailProbes, probeLength } from './head-tail-probes';
import { type Candidate, judgeCandidate, minQuoteSimilarity, pickBest } from './judge-candidate';

/**
 * Shortest quote matched approximately. A 1-3 character quote ("GWh", "€",
 * "Q3") with one edit is a different thing, and it would match in hundreds of
 * places: context alone would pick the spot, which is guessing.
 */
export const minFuzzyQuoteLength = 4;
/**
 * Most edits the whole-quote search allows (besides a quarter of the quote).
 * Myers' algorithm works in 32-bit blocks of the pattern: with at most 32
 * edits the search keeps about one block active per text character, so a
 * scan costs a small constant per character whatever the quote's length.
 * Longer, more heavily edited quotes are found by the head/tail probes.
 */
const maxErrorsCap = 32;
/** Longest quote searched as a whole; beyond it only the head/tail probes run. */
const maxWholeQuoteLength = 2000;
/** Longest quote matched approximately at all; verification is O(length · 256). */
const maxFuzzyQuoteLength = 10_000;
/**
 * Characters either side of the old position searched first. An edited quote
 * is nearly always near where it was (a few inserted paragraphs away at most),
 * and a small window is ~50x cheaper to scan than a long page. The whole text
 * is scanned only when nothing near is trustworthy; if two places both pass
 * every check, the one near the old position wins, as with ties.
 */
const localRadius = 4096;
/** Passes that skip rejected hits to reveal next-best ones; each pass is one O(text) scan. */
const maxRounds = 3;
/** Hits judged per pass, nearest the old position first (short quotes can hit hundreds of places). */
const maxHitsPerRound = 64;

/** Searches the whole quote, then again around rejected hits to find hidden next-best ones. */
function wholeQuote(
  text: string,
  quote: TextQuoteSelector,
  hint: number | undefined,
  region: Span,
  skip: readonly Span[],
) {
  const maxErrors = Math.min(
    maxErrorsCap,
    Math.floor(quote.exact.length * (1 - minQuoteSimilarity)),
  );
  const skipped = [...skip];
  for (let round = 0; round < maxRounds; round++) {
    const hits = approxHits(text, quote.exact, maxErrors, region, skipped);
    if (!hits.length) return null;
    const judged = nearest(hits, hint, maxHitsPerRound).map((h) =>
      judgeCandidate(text, quote, h.start, h.end),
    );
    const best = pickBest(judged);
    if (best) return best;
    skipped.push(...hits);
  }
  return null;
}

/**
 * Looks for an edited version of the quote whose surroundings still agree
 * with the stored context, near the old position first, then everywhere.
 * Runs only after the verbatim search missed.
 *
 * @param text - The article text.
 * @param quote - The stored quote selector.
 * @param position - The stored position, a hint for scan window and ties.
 * @param skip - Spans not to consider (verbatim occurrences already rejected).
 * @param maxScanLength - Largest stretch of text to scan (see `MatchOptions`).
 * @return The accepted candidate, or null when none is trustworthy.
 */
export function matchFuzzy(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector | undefined,
  skip: readonly Span[],
  maxScanLength: number,
): Candidate | null {
  const length = quote.exact.length;
  if (length < minFuzzyQuoteLength || length > maxFuzzyQuoteLength) return null;
  const hint = position?.start;
  const region = scanRegion(text.length, hint, maxScanLength);
  const near = position && {
    start: Math.max(region.start, position.start - localRadius),
    end: Math.min(region.end, position.end + localRadius),
  };
  for (const where of near && near.end - near.start < region.end - region.start
    ? [near, region]
    : [region]) {
    const whole = length <= maxWholeQuoteLength ? wholeQuote(text, quote, hint, where, skip) : null;
    if (whole) return whole;
    const probed =
      length >= 2 * probeLength ? headTailProbes(text, quote, hint, where, skip) : null;
    if (probed) return probed;
  }
  return null;
}
