import type { TextQuoteSelector } from '../model';
import { approxHits, nearest, type Span } from './approx-hits';
import { type Candidate, judgeCandidate, minQuoteSimilarity, pickBest } from './judge-candidate';

/**
 * Characters of the quote's head and tail searched separately. Long enough
 * to be distinctive in a release, short enough (two 32-bit Myers blocks) to
 * scan cheaply, and the quote's middle is free to change.
 */
export const probeLength = 64;
/** Head and tail hits kept, nearest the old position: bounds the pairing work. */
const maxProbeHits = 16;
/** Head/tail pairs judged, fewest edits first: each judgement verifies the whole span. */
const maxProbePairs = 8;

/**
 * Finds a long quote edited in its middle (more edits than a whole-quote
 * search allows, or too long for one): its head and its tail, the right
 * distance apart. The span between them is then judged like any candidate,
 * so it must still be 75% similar to the quote with agreeing context.
 *
 * @param text - The article text.
 * @param quote - The stored quote selector; at least twice `probeLength` long.
 * @param hint - Old start offset, if known.
 * @param region - Where to look.
 * @param skip - Spans not to consider.
 * @return The accepted candidate, or null.
 */
export function headTailProbes(
  text: string,
  quote: TextQuoteSelector,
  hint: number | undefined,
  region: Span,
  skip: readonly Span[],
): Candidate | null {
  const { exact } = quote;
  const maxErrors = Math.floor(probeLength * (1 - minQuoteSimilarity));
  const search = (probe: string) =>
    nearest(approxHits(text, probe, maxErrors, region, skip), hint, maxProbeHits);
  const heads = search(exact.slice(0, probeLength));
  if (!heads.length) return null;
  const tails = search(exact.slice(-probeLength));
  const slack = Math.floor(exact.length * (1 - minQuoteSimilarity));
  const h = hint ?? 0;
  const pairs = heads
    .flatMap((head) =>
      tails.map((tail) => ({
        start: head.start,
        end: tail.end,
        errors: head.errors + tail.errors,
      })),
    )
    .filter((p) => Math.abs(p.end - p.start - exact.length) <= slack)
    .sort((a, b) => a.errors - b.errors || Math.abs(a.start - h) - Math.abs(b.start - h));
  return pickBest(
    pairs.slice(0, maxProbePairs).map((p) => judgeCandidate(text, quote, p.start, p.end)),
  );
}
