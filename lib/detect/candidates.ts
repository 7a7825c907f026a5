/**
 * A candidate organization mention before overlaps are resolved, and the
 * rule that keeps the best of overlapping candidates.
 */

/** One possible organization mention. */
export interface Candidate {
  start: number;
  end: number;
  /** Detection rule, e.g. "org:legal-form". */
  rule: string;
  confidence: number;
  /** Breaks ties between candidates of equal length (watch list highest). */
  priority: number;
  /** The canonical entity when the rule knows it (aliases, watch list). */
  entity?: string;
  /** Ends in a legal form: a company, and a source of short names. */
  legal?: boolean;
}

/**
 * Keeps the longest of overlapping candidates (then the highest priority).
 *
 * @param candidates - candidates in any order
 * @return non-overlapping candidates sorted by start
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  const end = sorted.reduce((max, c) => Math.max(max, c.end), 0);
  const taken = new Uint8Array(end + 1);
  for (const c of sorted) {
    if (c.end <= c.start || isTaken(taken, c.start, c.end)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Marks the characters covered by non-empty ranges: an overlap test per
 * character instead of per range, for lists that grow with the text.
 *
 * @param list - ranges
 * @param length - the text length
 * @return one byte per character, 1 where some range covers it
 */
export function coverage(
  list: readonly { start: number; end: number }[],
  length: number,
): Uint8Array {
  const mask = new Uint8Array(length + 1);
  for (const r of list) if (r.end > r.start) mask.fill(1, r.start, r.end);
  return mask;
}

/**
 * Whether a non-empty range touches a covered character.
 *
 * @param mask - from {@link coverage}
 * @param start - range start
 * @param end - range end
 * @return true when some character in the range is covered
 */
export function isTaken(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i]) return true;
  return false;
}

/**
 * Whether a range overlaps any of the given candidates.
 *
 * @param list - existing candidates or mentions
 * @param start - range start
 * @param end - range end
 * @return true when some item overlaps
 */
export function overlapsAny(
  list: readonly { start: number; end: number }[],
  start: number,
  end: number,
): boolean {
  return list.some((k) => start < k.end && k.start < end);
}
