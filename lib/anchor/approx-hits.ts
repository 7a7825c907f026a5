import search from 'approx-string-match';

/** One approximate occurrence: [start, end) in the article text and its edit count. */
export interface Hit {
  start: number;
  end: number;
  errors: number;
}

/** A half-open range of the article text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The part of the text the fuzzy search scans: all of it up to
 * `maxScanLength`, otherwise a window of that size centred on the old
 * position, so the cost per annotation stays bounded on huge pages.
 *
 * @param textLength - Length of the article text.
 * @param hint - Old start offset, if known.
 * @param maxScanLength - Largest window to scan.
 * @return The span to scan.
 */
export function scanRegion(
  textLength: number,
  hint: number | undefined,
  maxScanLength: number,
): Span {
  if (textLength <= maxScanLength) return { start: 0, end: textLength };
  const centre = Math.min(Math.max(hint ?? 0, 0), textLength);
  const start = Math.max(
    0,
    Math.min(centre - Math.floor(maxScanLength / 2), textLength - maxScanLength),
  );
  return { start, end: start + maxScanLength };
}

/**
 * Approximate occurrences of `pattern` with at most `maxErrors` edits inside
 * `region`, not overlapping any `skip` span. The underlying Myers search
 * reports only the lowest-error matches of the string it scans, so each gap
 * between skipped spans is searched separately: skipping the hits of one pass
 * reveals the next-best ones (an edited original hidden behind a closer
 * look-alike, for example).
 *
 * @param text - The article text.
 * @param pattern - What to look for.
 * @param maxErrors - Largest edit count accepted.
 * @param region - Where to look.
 * @param skip - Spans to leave out (earlier hits, verbatim occurrences).
 * @return Hits in text offsets, in text order.
 */
export function approxHits(
  text: string,
  pattern: string,
  maxErrors: number,
  region: Span,
  skip: readonly Span[],
): Hit[] {
  const hits: Hit[] = [];
  const minGap = pattern.length - maxErrors;
  let from = region.start;
  const sorted = [...skip].sort((a, b) => a.start - b.start);
  for (const gap of [...sorted, { start: region.end, end: region.end }]) {
    const to = Math.min(gap.start, region.end);
    if (to - from >= minGap) {
      for (const m of search(text.slice(from, to), pattern, maxErrors)) {
        hits.push({ start: m.start + from, end: m.end + from, errors: m.errors });
      }
    }
    from = Math.max(from, gap.end);
  }
  return hits;
}

/**
 * Keeps the `limit` hits nearest an offset: bounds the scoring work when a
 * short pattern matches in hundreds of places.
 *
 * @param hits - Hits to choose from.
 * @param hint - Offset to be near (the old start), or undefined for the text start.
 * @param limit - How many to keep.
 * @return At most `limit` hits, nearest first.
 */
export function nearest<T extends Span>(
  hits: readonly T[],
  hint: number | undefined,
  limit: number,
): T[] {
  const h = hint ?? 0;
  return [...hits]
    .sort((a, b) => Math.abs(a.start - h) - Math.abs(b.start - h) || a.start - b.start)
    .slice(0, limit);
}
