/**
 * Small helpers to turn the data in language modules into regular expressions.
 * JavaScript's `\b` only knows ASCII letters, so "für" or "Börse" would break
 * at the umlaut: every `\b` in a data pattern becomes a Unicode-aware boundary.
 * Letters and digits come from an {@link Alphabet}: the exact `\p{L}` and
 * `\p{N}`, or the much cheaper classes that are exact for one text.
 */
import { type Alphabet, isAlphanumeric, UNICODE_ALPHABET } from './alphabet';

/** The boundaries a `\b` can stand for, in one alphabet. */
interface Boundaries {
  /** Start of a word: no word character before. Cheaper than the two-sided form. */
  start: string;
  /** End of a word: no word character after. */
  end: string;
  /** Either edge, for the rare `\b` whose side the pattern does not show. */
  either: string;
}

function boundaries(alphabet: Alphabet): Boundaries {
  const word = `[${alphabet.letters}${alphabet.digits}_]`;
  return {
    start: `(?<!${word})`,
    end: `(?!${word})`,
    either: `(?:(?<!${word})(?=${word})|(?<=${word})(?!${word}))`,
  };
}

/** Which boundary a `\b` stands for, judged from the pattern characters around it. */
function boundaryFor(prev: string | undefined, next: string | undefined, b: Boundaries): string {
  if (next === undefined || next === ')' || next === '|') return b.end;
  if (prev === undefined || '(|:=!>'.includes(prev)) return b.start;
  const closes = isAlphanumeric(prev) || ')]?+*}.'.includes(prev);
  if (closes && !isAlphanumeric(next)) return b.end;
  return b.either;
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

/** The Unicode classes an alphabet stands in for, as written in a pattern. */
const PROPERTIES: [string, keyof Alphabet][] = [
  ['\\p{L}', 'letters'],
  ['\\p{N}', 'digits'],
  ['\\p{Lu}', 'upper'],
  ['\\p{Ll}', 'lower'],
  ['\\p{M}', 'marks'],
];

/**
 * Compiles a data pattern with the `u` flag, a Unicode-aware `\b`, and the
 * alphabet's classes for `\p{L}`, `\p{N}`, `\p{Lu}`, `\p{Ll}` and `\p{M}`.
 *
 * @param source - regular-expression source as written in a language module
 * @param flags - extra flags ("g", "i", "gi" ...); `u` is always added
 * @param alphabet - the letters and digits of the text it will run over
 * @return the compiled expression
 */
export function compile(source: string, flags = '', alphabet = UNICODE_ALPHABET): RegExp {
  const b = boundaries(alphabet);
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\' && source[i + 1] === 'b' && !inClass) {
      out += boundaryFor(source[i - 1], source[i + 2], b);
      i++;
      continue;
    }
    const property = ch === '\\' ? PROPERTIES.find(([p]) => source.startsWith(p, i)) : undefined;
    if (property) {
      const body = alphabet[property[1]];
      out += inClass ? body : `[${body}]`;
      i += property[0].length - 1;
    } else if (ch === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else {
      if (ch === '[' && !inClass) inClass = true;
      else if (ch === ']' && inClass) inClass = false;
      out += ch;
    }
  }
  return new RegExp(out, flags.includes('u') ? flags : `${flags}u`);
}

/**
 * A pattern written in code, compiled once per alphabet on first use. Keep
 * the returned function at module level; global and sticky expressions are
 * shared, so set `lastIndex` before each use.
 *
 * @param source - regular-expression source, `\p{...}` classes as for {@link compile}
 * @param flags - flags as for {@link compile}
 * @return the expression for an alphabet
 */
export function perAlphabet(source: string, flags = ''): (alphabet: Alphabet) => RegExp {
  const compiled = new WeakMap<Alphabet, RegExp>();
  return (alphabet) => {
    let re = compiled.get(alphabet);
    if (!re) {
      re = compile(source, flags, alphabet);
      compiled.set(alphabet, re);
    }
    return re;
  };
}

const cachedPatterns = new WeakMap<Alphabet, Map<string, RegExp>>();

/**
 * A pattern built at run time (from data or the text), compiled once per
 * alphabet. Global and sticky expressions are shared: set `lastIndex` before each use.
 *
 * @param alphabet - the alphabet of the text it will run over
 * @param source - regular-expression source, `\p{...}` classes as for {@link compile}
 * @param flags - flags as for {@link compile}
 * @return the compiled expression
 */
export function pattern(alphabet: Alphabet, source: string, flags = ''): RegExp {
  let byKey = cachedPatterns.get(alphabet);
  if (!byKey) {
    byKey = new Map();
    cachedPatterns.set(alphabet, byKey);
  }
  const key = `${flags}/${source}`;
  let re = byKey.get(key);
  if (!re) {
    re = compile(source, flags, alphabet);
    byKey.set(key, re);
  }
  return re;
}

/**
 * Compiles alternatives into one expression, or one that never matches if there are none.
 *
 * @param sources - regular-expression sources
 * @param flags - flags as for {@link compile}
 * @param alphabet - as for {@link compile}
 * @return one expression matching any of the sources
 */
export function compileAny(
  sources: readonly string[],
  flags = '',
  alphabet = UNICODE_ALPHABET,
): RegExp {
  if (sources.length === 0) return /(?!)/u;
  return compile(sources.map((s) => `(?:${s})`).join('|'), flags, alphabet);
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

/** CJK ideographs and kana: scripts written without spaces. */
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
