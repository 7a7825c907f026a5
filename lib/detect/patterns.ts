/**
 * Small helpers to turn the data in language modules into regular expressions.
 * JavaScript's `\b` only knows ASCII letters, so "für" or "Börse" would break
 * at the umlaut: every `\b` in a data pattern becomes a Unicode-aware boundary.
 */

const WORD = '[\\p{L}\\p{N}_]';
/** Start of a word: no word character before. Cheaper than the two-sided form. */
const WORD_START = `(?<!${WORD})`;
/** End of a word: no word character after. */
const WORD_END = `(?!${WORD})`;
/** Either edge, for the rare `\\b` whose side the pattern does not show. */
const EITHER_EDGE = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

/** Which boundary a `\\b` stands for, judged from the pattern characters around it. */
function boundaryFor(prev: string | undefined, next: string | undefined): string {
  if (next === undefined || next === ')' || next === '|') return WORD_END;
  if (prev === undefined || '(|:=!>'.includes(prev)) return WORD_START;
  if (/[\p{L}\p{N})\]?+*}.]/u.test(prev) && !/[\p{L}\p{N}]/u.test(next)) return WORD_END;
  return EITHER_EDGE;
}

/**
 * Escapes a literal string for use inside a regular expression.
 *
 * @param text - literal text
 * @return the text with every syntax character escaped
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Compiles a data pattern with the `u` flag and a Unicode-aware `\b`.
 *
 * @param source - regular-expression source as written in a language module
 * @param flags - extra flags ("g", "i", "gi" ...); `u` is always added
 * @return the compiled expression
 */
export function compile(source: string, flags = ''): RegExp {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\' && source[i + 1] === 'b') {
      out += boundaryFor(source[i - 1], source[i + 2]);
      i++;
    } else if (ch === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else out += ch;
  }
  return new RegExp(out, flags.includes('u') ? flags : `${flags}u`);
}

/**
 * Compiles alternatives into one expression, or one that never matches if there are none.
 *
 * @param sources - regular-expression sources
 * @param flags - flags as for {@link compile}
 * @return one expression matching any of the sources
 */
export function compileAny(sources: readonly string[], flags = ''): RegExp {
  if (sources.length === 0) return /(?!)/u;
  return compile(sources.map((s) => `(?:${s})`).join('|'), flags);
}

/**
 * An alternation of literal words, longest first so that "Co., Ltd." wins over "Co.".
 *
 * @param words - literal strings
 * @return regular-expression source (no group around it)
 */
export function literalAlternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  unique.sort((a, b) => b.length - a.length);
  return unique.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');
}

/** Letters or digits: the inside of a word, in any script. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;

/** CJK ideographs and kana: scripts written without spaces. */
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Whether a word starts with an upper-case letter or a digit (a name-like token).
 *
 * @param word - one token
 * @return true for "Nordvolt", "3M", "BMWK"
 */
export function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}
