import type { TextQuoteSelector } from '../model';

/**
 * Snapping a fuzzy match's edges to the kind of boundary the quote had.
 * Approximate matching aligns characters, not words: when the first word of a
 * quote was replaced, the alignment may start a letter early or late. If the
 * annotation began at a word start, the re-anchored one should too.
 */

/**
 * How far an edge may move while snapping: about two short words. Further
 * than that the alignment itself is wrong, and snapping would only hide it.
 */
const snapRadius = 12;

type CharClass = 'space' | 'word' | 'other';

const wordChar = /[\p{L}\p{N}\p{M}]/u;

/** Classifies one UTF-16 code unit; outside the text counts as space, like a paragraph break. */
function classAt(text: string, i: number): CharClass {
  if (i < 0 || i >= text.length) return 'space';
  const ch = text[i]!;
  if (/\s/.test(ch)) return 'space';
  return wordChar.test(ch) ? 'word' : 'other';
}

/**
 * Moves `at` to the nearest position within `snapRadius` where the classes on
 * either side are `left` and `right`; leaves it when there is none or when
 * `left === right` (no boundary to reproduce, as between two Chinese characters).
 */
function snap(text: string, at: number, left: CharClass, right: CharClass): number {
  if (left === right) return at;
  for (let d = 0; d <= snapRadius; d++) {
    for (const p of d === 0 ? [at] : [at - d, at + d]) {
      if (p < 0 || p > text.length) continue;
      if (classAt(text, p - 1) === left && classAt(text, p) === right) return p;
    }
  }
  return at;
}

/**
 * Snaps the edges of a fuzzy match to the boundary kinds the stored quote had
 * (for example "after a space, before a letter").
 *
 * @param text - The article text.
 * @param quote - The stored quote selector.
 * @param start - Match start from approximate search.
 * @param end - Match end from approximate search.
 * @return The snapped span; the original span when snapping would empty it.
 */
export function snapToBoundaries(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
): { start: number; end: number } {
  const { exact, prefix, suffix } = quote;
  const s = snap(text, start, classAt(prefix, prefix.length - 1), classAt(exact, 0));
  const e = snap(text, end, classAt(exact, exact.length - 1), classAt(suffix, 0));
  return s < e ? { start: s, end: e } : { start, end };
}
