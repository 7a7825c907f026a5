import type { Selector } from '../model';
import { type AnchorResult, located, type MatchOptions, ORPHANED } from './anchor-result';
import { findExact, matchPosition } from './match-exact';
import { matchFuzzy } from './match-fuzzy';
import { pickSelectors } from './selectors';

/** Default scan bound: a whole press release, or a book, but not an unbounded scan. */
const defaultMaxScanLength = 1_000_000;

/**
 * Re-anchors one annotation in the current article text. The verbatim quote
 * is tried first (cheap); approximate matching runs only when it misses, and
 * accepts a place only when its surrounding text agrees with the stored
 * context. When nothing is trustworthy the result is orphaned: a missing
 * highlight can be re-made, a highlight on the wrong sentence misleads.
 *
 * @param text - The normalised article text.
 * @param selectors - The annotation's selectors (quote and/or position).
 * @param options - Work bounds.
 * @return `anchored` (verbatim), `fuzzy` (edited, with the new text), or `orphaned`.
 */
export function matchQuote(
  text: string,
  selectors: readonly Selector[],
  options: MatchOptions = {},
): AnchorResult {
  const { quote, position } = pickSelectors(selectors);
  if (!quote) return position ? matchPosition(text, position) : { ...ORPHANED };
  const exact = findExact(text, quote, position);
  if (exact.settled && exact.result) return exact.result;
  const skip = exact.occurrences.map((start) => ({ start, end: start + quote.exact.length }));
  const maxScanLength = options.maxScanLength ?? defaultMaxScanLength;
  const found = matchFuzzy(text, quote, position, skip, maxScanLength);
  // A verbatim occurrence yields only to an edited one with clearly better
  // evidence: a copy inserted just before the original inherits its prefix.
  if (!found || (exact.result && found.score <= (exact.result.score ?? 0))) {
    return exact.result ?? { ...ORPHANED };
  }
  const same = text.slice(found.start, found.end) === quote.exact;
  return located(text, found.start, found.end, same ? 'anchored' : 'fuzzy', found.score);
}
