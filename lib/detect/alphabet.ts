/**
 * The letters and digits a text can contain, as small character classes,
 * and character tests that need no Unicode class at all.
 *
 * `\p{L}` and `\p{N}` stand for hundreds of code-point ranges, and V8
 * compiles each copy of them anew, first to bytecode and then to native
 * code: a pattern with two Unicode word boundaries cost ~2 ms to compile
 * against ~0.2 ms for the same pattern with an ASCII class, and compiling
 * was most of a detect() call in a fresh page. A class that lists only the
 * ranges this text's characters fall in says the same thing about every
 * character of the text, so patterns built from it match exactly the same.
 */

/** One text's character classes as class bodies (no brackets). */
export interface Alphabet {
  /** Equal keys mean equal classes: compiled patterns are shared by key. */
  key: string;
  /** Stands for `\p{L}` in a class. */
  letters: string;
  /** Stands for `\p{N}` in a class. */
  digits: string;
  /** Stands for `\p{Lu}` in a class. */
  upper: string;
  /** Stands for `\p{Ll}` in a class. */
  lower: string;
  /** Stands for `\p{M}` in a class. */
  marks: string;
}

/** Code points below this have constant letter and digit ranges. */
const BASE_END = 0x250;
/** `\p{L}` below U+0250: Basic Latin, Latin-1, Latin Extended-A and B. */
const BASE_LETTERS = 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
/** `\p{N}` below U+0250: ASCII digits, ², ³, ¹, ¼, ½, ¾. */
const BASE_DIGITS = '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be';

/** The exact classes, for callers that have no text: slower to compile, right for any text. */
export const UNICODE_ALPHABET: Alphabet = {
  key: '',
  letters: '\\p{L}',
  digits: '\\p{N}',
  upper: '\\p{Lu}',
  lower: '\\p{Ll}',
  marks: '\\p{M}',
};

const LETTER = 1;
const DIGIT = 2;
const UPPER = 4;
const LOWER = 8;
const MARK = 16;
const KNOWN = 128;

// Compiled once per process, on the first character beyond ASCII.
const NON_LETTER = /\P{L}/u;
const NON_DIGIT = /\P{N}/u;
const KIND_TESTS: [RegExp, number][] = [
  [/\p{Lu}/u, UPPER],
  [/\p{Ll}/u, LOWER],
  [/\p{M}/u, MARK],
];

/** Kind bits by BMP code unit, filled in as characters are met. */
const kindCache = new Uint8Array(0x10000);

function classify(cp: number): number {
  if (cp < 0x80) {
    if (cp >= 0x61 && cp <= 0x7a) return LETTER | LOWER;
    if (cp >= 0x41 && cp <= 0x5a) return LETTER | UPPER;
    return cp >= 0x30 && cp <= 0x39 ? DIGIT : 0;
  }
  const ch = String.fromCodePoint(cp);
  let kind = !NON_LETTER.test(ch) ? LETTER : !NON_DIGIT.test(ch) ? DIGIT : 0;
  for (const [re, bit] of KIND_TESTS) if (re.test(ch)) kind |= bit;
  return kind;
}

function kindOf(cp: number): number {
  if (cp >= 0x10000) return classify(cp);
  let kind = kindCache[cp] as number;
  if (!kind) {
    kind = classify(cp) | KNOWN;
    kindCache[cp] = kind;
  }
  return kind;
}

const kindAt = (ch: string) => {
  const cp = ch.codePointAt(0);
  return cp === undefined ? 0 : kindOf(cp);
};

/**
 * Whether a character is a letter (`\p{L}`).
 *
 * @param ch - one character (a code point), or ""
 * @return true for "a", "ß", "中"
 */
export const isLetter = (ch: string): boolean => (kindAt(ch) & LETTER) !== 0;

/**
 * Whether a character is a letter or digit (`[\p{L}\p{N}]`).
 *
 * @param ch - one character (a code point), or ""
 * @return true for "a", "ß", "中", "²"
 */
export const isAlphanumeric = (ch: string): boolean => (kindAt(ch) & (LETTER | DIGIT)) !== 0;

/**
 * Whether a character is a digit in any script (`\p{N}`).
 *
 * @param ch - one character (a code point), or ""
 * @return true for "7", "²"
 */
export const isNumeric = (ch: string): boolean => (kindAt(ch) & DIGIT) !== 0;

/**
 * Whether a character is an upper-case letter (`\p{Lu}`).
 *
 * @param ch - one character (a code point), or ""
 * @return true for "A", "Ä"
 */
export const isUpper = (ch: string): boolean => (kindAt(ch) & UPPER) !== 0;

/**
 * Whether a character is a lower-case letter (`\p{Ll}`).
 *
 * @param ch - one character (a code point), or ""
 * @return true for "a", "ß"
 */
export const isLower = (ch: string): boolean => (kindAt(ch) & LOWER) !== 0;

/**
 * The character (code point) that ends right before an offset.
 *
 * @param text - any text
 * @param offset - a UTF-16 offset
 * @return the character, or "" at the start
 */
export function charBefore(text: string, offset: number): string {
  if (offset <= 0) return '';
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = text.charCodeAt(offset - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(offset - 2, offset);
  }
  return text[offset - 1] as string;
}

/**
 * The character (code point) that starts at an offset.
 *
 * @param text - any text
 * @param offset - a UTF-16 offset
 * @return the character, or "" at the end
 */
export function charAt(text: string, offset: number): string {
  const cp = text.codePointAt(offset);
  if (cp === undefined) return '';
  return cp < 0x10000 ? (text[offset] as string) : String.fromCodePoint(cp);
}

const hex = (cp: number) =>
  cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\u{${cp.toString(16)}}`;

/**
 * Sorted code points as class ranges. With a `nonMember` test, two neighbours
 * share a range when every code point between them is a member too: "中" and
 * "国" make one range of ideographs instead of two entries.
 */
function ranges(points: number[], nonMember?: RegExp): string {
  points.sort((a, b) => a - b);
  let out = '';
  let i = 0;
  while (i < points.length) {
    const lo = points[i] as number;
    let hi = lo;
    let j = i + 1;
    while (j < points.length) {
      const next = points[j] as number;
      if (next - hi > 1 && !(nonMember && allMembers(hi + 1, next - 1, nonMember))) break;
      hi = next;
      j++;
    }
    out += lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`;
    i = j;
  }
  return out;
}

function allMembers(from: number, to: number, nonMember: RegExp): boolean {
  // Within the BMP, outside the surrogates: one string, one scan.
  if (to >= 0xd800 && from <= 0xdfff) return false;
  if (to >= 0x10000) return false;
  const codes: number[] = [];
  for (let cp = from; cp <= to; cp++) codes.push(cp);
  return !nonMember.test(String.fromCharCode(...codes));
}

/** Characters beyond ASCII, once each (whole code points). */
const NON_ASCII = /[\u0080-\u{10ffff}]/gu;

/**
 * The alphabet of a text: its letters, digits and marks beyond ASCII, with
 * their case partners (patterns also run over lower-cased copies of names,
 * and case-insensitive classes match either case).
 *
 * @param text - the text the patterns will run over
 * @return class bodies exact for every character of the text
 */
export function alphabetOf(text: string): Alphabet {
  const seen = new Set(text.match(NON_ASCII));
  const extra = new Set<number>();
  for (const ch of seen) {
    for (const variant of [ch, ch.toLowerCase(), ch.toUpperCase()]) {
      const cp = variant.codePointAt(0) as number;
      if (cp >= 0x80 && variant.length === (cp > 0xffff ? 2 : 1)) extra.add(cp);
    }
  }
  const letters: number[] = [];
  const digits: number[] = [];
  const upper: number[] = [];
  const lower: number[] = [];
  const marks: number[] = [];
  for (const cp of extra) {
    const kind = kindOf(cp);
    if (kind & LETTER && cp >= BASE_END) letters.push(cp);
    if (kind & DIGIT && cp >= BASE_END) digits.push(cp);
    if (kind & UPPER) upper.push(cp);
    if (kind & LOWER) lower.push(cp);
    if (kind & MARK) marks.push(cp);
  }
  const classes = {
    letters: BASE_LETTERS + ranges(letters, NON_LETTER),
    digits: BASE_DIGITS + ranges(digits, NON_DIGIT),
    upper: `A-Z${ranges(upper)}`,
    lower: `a-z${ranges(lower)}`,
    marks: ranges(marks),
  };
  return {
    key: [classes.letters, classes.digits, classes.upper, classes.lower, classes.marks].join('|'),
    ...classes,
  };
}
