/**
 * Edit distances for the quote matcher: a banded Levenshtein distance for
 * comparing a candidate with the stored quote, and a one-side-anchored variant
 * for comparing stored context with the text next to a candidate.
 */

/**
 * Levenshtein distance between `a` and `b`, computed only inside a diagonal
 * band of half-width `maxDistance`, so the cost is O(|a| · maxDistance)
 * rather than O(|a| · |b|): long quotes stay cheap to verify.
 *
 * @param a - First string.
 * @param b - Second string.
 * @param maxDistance - Largest distance worth knowing exactly.
 * @return The distance, or `maxDistance + 1` when it is larger than `maxDistance`.
 */
export function boundedEditDistance(a: string, b: string, maxDistance: number): number {
  const k = Math.max(0, Math.floor(maxDistance));
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > k) return k + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  const over = k + 1;
  let prev = new Int32Array(m + 2);
  let cur = new Int32Array(m + 2);
  for (let j = 0; j <= m + 1; j++) prev[j] = j <= k ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(0, i - k);
    const hi = Math.min(m, i + k);
    const ca = a.charCodeAt(i - 1);
    let rowMin = over;
    if (lo === 0) {
      cur[0] = i;
      rowMin = i;
    } else {
      cur[lo - 1] = over;
    }
    for (let j = Math.max(1, lo); j <= hi; j++) {
      const substitute = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const v = Math.min(substitute, prev[j]! + 1, cur[j - 1]! + 1, over);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    cur[hi + 1] = over;
    if (rowMin > k) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m]!, over);
}

/**
 * Edit distance between `expected` and the best-matching leading part of
 * `actual`: both are read outward from a shared anchor point (the quote's
 * edge), and whatever of `actual` lies beyond the aligned part is free. This
 * is how stored context is compared with live text: an inserted word near the
 * quote costs its length, not twice its length.
 *
 * @param expected - Stored context, read outward from the anchor.
 * @param actual - Live text, read outward from the anchor; may be longer.
 * @param fromEnd - Read both strings from their last character backwards
 *   (prefix context) instead of from their first character (suffix context).
 * @return The smallest edit distance over all leading parts of `actual`.
 */
export function anchoredEditDistance(expected: string, actual: string, fromEnd: boolean): number {
  const n = expected.length;
  const m = actual.length;
  if (n === 0) return 0;
  if (m === 0) return n;
  const at = (s: string, len: number, i: number) => s.charCodeAt(fromEnd ? len - 1 - i : i);
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const ce = at(expected, n, i - 1);
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const substitute = prev[j - 1]! + (ce === at(actual, m, j - 1) ? 0 : 1);
      cur[j] = Math.min(substitute, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  let best = n;
  for (let j = 0; j <= m; j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}
