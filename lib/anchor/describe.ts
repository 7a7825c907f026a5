import type { TextPositionSelector, TextQuoteSelector } from '../model';

/** Options for `describe`. */
export interface DescribeOptions {
  /** Context kept on each side at least (fewer only at the text's edges). Default 32, the W3C/Hypothesis habit. */
  contextLength?: number;
  /**
   * Context is doubled until quote + context occur once in the text, up to
   * this many characters per side. Default 256: enough to tell apart repeated
   * sentences in a release, small enough to keep stored selectors light.
   */
  maxContextLength?: number;
}

/** The selectors that describe one range of the article text. */
export interface Description {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Describes [start, end) of the article text as a quote with context plus a
 * position: the pair `matchQuote` re-anchors later. Offsets are kept exactly
 * as given; only the context edges are widened by one code unit where they
 * would otherwise cut a surrogate pair, so stored JSON never holds half a
 * character.
 *
 * @param text - The normalised article text.
 * @param start - Start offset (inclusive).
 * @param end - End offset (exclusive), greater than `start`.
 * @param options - Context lengths.
 * @return A TextQuoteSelector whose prefix + exact + suffix is unique in
 *   `text` when `maxContextLength` allows it, and a TextPositionSelector.
 * @throws RangeError when the range is empty or outside the text.
 */
export function describe(
  text: string,
  start: number,
  end: number,
  options: DescribeOptions = {},
): Description {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new RangeError(`describe: range [${start}, ${end}) is outside the text`);
  }
  if (start >= end) throw new RangeError(`describe: range [${start}, ${end}) is empty`);
  const minLength = Math.max(0, options.contextLength ?? 32);
  const maxLength = Math.max(minLength, options.maxContextLength ?? 256);
  const exact = text.slice(start, end);
  let length = minLength;
  for (;;) {
    const prefix = text.slice(contextStart(text, start - length), start);
    const suffix = text.slice(end, contextEnd(text, end + length));
    const atEdges = start - length <= 0 && end + length >= text.length;
    if (length >= maxLength || atEdges || isUnique(text, prefix + exact + suffix)) {
      return {
        quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
        position: { type: 'TextPositionSelector', start, end },
      };
    }
    length = Math.min(maxLength, Math.max(1, length * 2));
  }
}

/** Clamps a context start to the text and moves it left off the low half of a surrogate pair. */
function contextStart(text: string, at: number): number {
  if (at <= 0) return 0;
  return isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))
    ? at - 1
    : at;
}

/** Clamps a context end to the text and moves it right past the low half of a surrogate pair. */
function contextEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  return isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at))
    ? at + 1
    : at;
}

/** True when `needle` (known to occur) occurs exactly once in `text`. */
function isUnique(text: string, needle: string): boolean {
  const first = text.indexOf(needle);
  return first === -1 || text.indexOf(needle, first + 1) === -1;
}
