import search from 'approx-string-match';
import type { TextQuoteSelector } from '../model';
import { contextAgreement, contextAgrees, minBestSide, scoreTie } from './context-score';
import { boundedEditDistance } from './edit-distance';
import { refineEdges } from './refine-edges';
import { snapToBoundaries } from './word-boundary';

/**
 * Smallest similarity between stored quote and candidate text (1 - edits /
 * quote length). A quarter of the characters edited is about where a press
 * release sentence stops being "the same sentence with a changed figure" and
 * becomes another sentence.
 */
export const minQuoteSimilarity = 0.75;
/** Upper bound on edits counted when verifying long quotes: keeps verification O(length · 256). */
const maxVerifyErrors = 256;
/** Stored context shorter than this says too little to prove a candidate is a neighbour. */
const minNeighbourEvidence = 8;

/** A candidate place that passed every check. */
export interface Candidate {
  start: number;
  end: number;
  /** 0..1: half quote similarity, half context agreement. */
  score: number;
}

/**
 * How well `stored` context reads anywhere within its own length of `at`.
 * Used to spot a neighbour that slid into a deleted quote's place.
 */
function fitNear(text: string, stored: string, at: number): number {
  if (stored.length < minNeighbourEvidence) return 0;
  const window = text.slice(Math.max(0, at - stored.length), at + stored.length);
  const [hit] = search(window, stored, Math.floor(stored.length / 2));
  return hit ? 1 - hit.errors / stored.length : 0;
}

/** Checks one span: quote similarity, context agreement, and the displaced-neighbour test. */
function assess(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
): Candidate | null {
  const length = quote.exact.length;
  const band = Math.min(maxVerifyErrors, Math.floor(length * (1 - minQuoteSimilarity)));
  const edits = boundedEditDistance(quote.exact, text.slice(start, end), band);
  if (edits > band) return null;
  const agreement = contextAgreement(text, quote, start, end);
  if (!contextAgrees(agreement)) return null;
  const suffixAtStart = fitNear(text, quote.suffix.slice(0, 256), start);
  if (suffixAtStart >= minBestSide && suffixAtStart > agreement.suffix) return null;
  const prefixAtEnd = fitNear(text, quote.prefix.slice(-256), end);
  if (prefixAtEnd >= minBestSide && prefixAtEnd > agreement.prefix) return null;
  return { start, end, score: (1 - edits / length + agreement.score) / 2 };
}

/**
 * Decides whether an approximate match is the annotated text, edited, or just
 * something that looks like it. Checks quote similarity after snapping the
 * edges to word boundaries; context agreement; and that the candidate is not
 * the old neighbour of a deleted quote: when an item is deleted from a list of
 * look-alike items, the next item inherits its prefix, but the stored suffix
 * (which described that very item) then fits at the candidate's start better
 * than after its end. An accepted candidate's edges are then moved to where
 * the context fits best, if that span passes the same checks.
 *
 * @param text - The article text.
 * @param quote - The stored quote selector.
 * @param rawStart - Start of the approximate match.
 * @param rawEnd - End of the approximate match.
 * @return The accepted candidate with its score, or null.
 */
export function judgeCandidate(
  text: string,
  quote: TextQuoteSelector,
  rawStart: number,
  rawEnd: number,
): Candidate | null {
  const snapped = snapToBoundaries(text, quote, rawStart, rawEnd);
  const accepted = assess(text, quote, snapped.start, snapped.end);
  if (!accepted) return null;
  const moved = refineEdges(text, quote, accepted.start, accepted.end);
  if (moved.start === accepted.start && moved.end === accepted.end) return accepted;
  const refined = snapToBoundaries(text, quote, moved.start, moved.end);
  return assess(text, quote, refined.start, refined.end) ?? accepted;
}

/**
 * Keeps the best of several judged candidates; earlier ones win ties, so pass
 * them nearest the old position first.
 *
 * @param candidates - Judged candidates (null for rejected ones).
 * @return The best accepted candidate, or null when none was accepted.
 */
export function pickBest(candidates: readonly (Candidate | null)[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) if (c && (!best || c.score > best.score + scoreTie)) best = c;
  return best;
}
