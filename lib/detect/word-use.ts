/**
 * How a text uses a word elsewhere: after a locative preposition ("in
 * Texas": a place) or in lower case ("contemporary": a common word). Both
 * decide whether the first word of a company name can stand for the company.
 * Each used to be a regular expression per word and preposition over the
 * whole text; the positions after prepositions are now found once per text.
 */
import { charAt, charBefore, isAlphanumeric, isLetter } from './alphabet';
import { compile, escapeRegExp } from './patterns';
import type { NameScan } from './tokens';

const locativeEnds = new WeakMap<NameScan, number[]>();

/** Where a word can start after a locative and spaces ("in |Texas"), found once per scan. */
function afterLocatives(scan: NameScan): number[] {
  let ends = locativeEnds.get(scan);
  if (ends) return ends;
  ends = [];
  const { locatives, alphabet } = scan.compiled;
  if (locatives.size > 0) {
    // Locatives are single words, none the start of another plus a space, so one
    // scan finds every position a per-locative scan would.
    const re = compile(
      `(?<![\\p{L}])(?:${[...locatives].map(escapeRegExp).join('|')})\\s+`,
      'giu',
      alphabet,
    );
    for (let m = re.exec(scan.text); m; m = re.exec(scan.text)) ends.push(m.index + m[0].length);
  }
  locativeEnds.set(scan, ends);
  return ends;
}

const BEYOND_ASCII = /[\u0080-\u{10ffff}]/u;

/**
 * Whether the text has the word right after a locative ("in Texas"), in any case.
 *
 * @param scan - scan state (text, locatives)
 * @param word - the word
 * @return true when some locative is followed by the word and no more letters
 */
export function followsLocative(scan: NameScan, word: string): boolean {
  const { text, compiled } = scan;
  let exact: RegExp | null = null;
  for (const at of afterLocatives(scan)) {
    const found = text.slice(at, at + word.length);
    if (found.length < word.length) continue;
    if (!BEYOND_ASCII.test(found) && !BEYOND_ASCII.test(word)) {
      if (
        found.toLowerCase() === word.toLowerCase() &&
        !isLetter(charAt(text, at + word.length)) &&
        !possessive(text, at + word.length)
      )
        return true;
      continue;
    }
    // Beyond ASCII, case-insensitive means Unicode case folding: let the engine decide.
    exact ??= compile(`${escapeRegExp(word)}(?![\\p{L}])`, 'iy', compiled.alphabet);
    exact.lastIndex = at;
    if (exact.test(text) && !possessive(text, at + word.length)) return true;
  }
  return false;
}

/** "in Tessellate’s filings": a possessive makes the word an owner, not a place. */
function possessive(text: string, at: number): boolean {
  return /^['’]s(?![\p{L}])/u.test(text.slice(at, at + 3));
}

/**
 * Whether the text writes the word in lower case as a word of its own, not
 * inside an e-mail or web address ("press@nordvolt.example").
 *
 * @param text - the article text
 * @param lower - the word in lower case
 * @return true when it occurs on its own
 */
export function writtenInLowerCase(text: string, lower: string): boolean {
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const before = charBefore(text, at);
    if (before !== '' && (isAlphanumeric(before) || '@./-'.includes(before))) continue;
    const end = at + lower.length;
    const after = charAt(text, end);
    if (isAlphanumeric(after) || (after !== '' && '@-'.includes(after))) continue;
    if (after === '.' && isLetter(charAt(text, end + 1))) continue;
    return true;
  }
  return false;
}
