/**
 * Word tokens for space-separated scripts, and the predicates the
 * organization finder uses to walk across a name: which tokens can be part
 * of a name, which join name parts, and which end a name.
 */
import {
  type Alphabet,
  charAt,
  charBefore,
  isLetter,
  isLower,
  isNumeric,
  isUpper,
  UNICODE_ALPHABET,
} from './alphabet';
import type { CompiledRules } from './compiled';
import { perAlphabet } from './patterns';

/** One word with its offsets in the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Ends in 's or ’s ("Helix's"); filled in by {@link tokenize}. */
  possessive?: boolean;
}

/** The text, its tokens and the rules, as the name walkers need them. */
export interface NameScan {
  text: string;
  tokens: readonly Token[];
  compiled: CompiledRules;
  /** Chars covered by a legal form ("GmbH & Co. KG"): never crossed by a name walk. */
  legal: Uint8Array;
}

/** Initialisms ("U.S.", "N.V."), words with inner hyphens, apostrophes and dots, "&". */
const TOKEN = perAlphabet(
  String.raw`(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’.][\p{L}\p{N}\p{M}]+)*-?|&`,
  'g',
);

/**
 * Splits text into word tokens.
 *
 * @param text - any text
 * @param alphabet - the alphabet of the text `text` comes from (see alphabet.ts)
 * @return tokens in order
 */
export function tokenize(text: string, alphabet: Alphabet = UNICODE_ALPHABET): Token[] {
  const out: Token[] = [];
  const re = TOKEN(alphabet);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const text = m[0];
    const possessive = text.length > 2 && (text.endsWith("'s") || text.endsWith('’s'));
    out.push({ text, start: m.index, end: m.index + text.length, possessive });
  }
  return out;
}

/**
 * Builds the scan state for a text: tokens and an empty legal-form mask.
 *
 * @param text - the article text
 * @param compiled - the language's compiled rules
 * @return the scan state
 */
export function makeScan(text: string, compiled: CompiledRules): NameScan {
  const tokens = tokenize(text, compiled.alphabet);
  return { text, tokens, compiled, legal: new Uint8Array(text.length) };
}

/**
 * Whether a token ends in a possessive ("Helix's", "Nordvolt’s").
 *
 * @param token - a token
 * @return true when it ends in 's or ’s
 */
export function isPossessive(token: Token): boolean {
  if (token.possessive !== undefined) return token.possessive;
  const t = token.text;
  return (
    t.length >= 3 && (t.endsWith("'s") || t.endsWith('’s')) && isLetter(charBefore(t, t.length - 2))
  );
}

/**
 * The token without its possessive ending.
 *
 * @param token - a token
 * @return "Helix" for "Helix's"
 */
export function bare(token: Token): string {
  return isPossessive(token) ? token.text.slice(0, -2) : token.text;
}

/**
 * Whether only spaces separate two offsets (no comma, bracket, quote, tab or line break).
 *
 * @param scan - scan state
 * @param from - end of the left token
 * @param to - start of the right token
 * @return true when the gap is plain spaces
 */
export function spaceGap(scan: NameScan, from: number, to: number): boolean {
  if (to <= from) return to === from;
  return /^[ \u00a0]+$/.test(scan.text.slice(from, to));
}

/**
 * Whether a token can be part of a name: capitalised, not a function word,
 * not a job title, not inside a legal form.
 *
 * @param scan - scan state
 * @param token - the token
 * @return true for "Nordvolt", "Sachsen-Anhalt", "U.S.", "3M"
 */
export function isNameWord(scan: NameScan, token: Token): boolean {
  // Elided articles belong to the name word: "l'Économie", "d'Andalucía".
  const word = withoutElision(bare(token));
  if (!startsName(word)) return false;
  if (word.length < 2) return false;
  if (scan.legal[token.start]) return false;
  const { stopwords, roleWords } = scan.compiled;
  if (stopwords.has(word.toLowerCase()) || roleWords.has(word)) return false;
  return true;
}

/**
 * Whether a word is one to three lower-case letters: an article or a
 * preposition ("der", "the", "de").
 *
 * @param word - one token
 * @return true for "la", "des", "of"
 */
export function isShortLowerWord(word: string): boolean {
  let count = 0;
  for (const ch of word) if (!isLower(ch) || ++count > 3) return false;
  return count > 0;
}

/**
 * A word without an elided article before its capital.
 *
 * @param word - one token
 * @return "Économie" for "l'Économie", the word itself otherwise
 */
export function withoutElision(word: string): string {
  const elided = 'ldLD'.includes(word[0] ?? '') && "'’".includes(word[1] ?? '');
  return elided && word.length > 2 && isUpper(charAt(word, 2)) ? word.slice(2) : word;
}

/** Starts with a capital, or with digits and a letter ("3M"). */
function startsName(word: string): boolean {
  const first = charAt(word, 0);
  if (isUpper(first)) return true;
  let j = 0;
  for (let ch = first; ch && isNumeric(ch); ch = charAt(word, j)) j += ch.length;
  return j > 0 && isLetter(charAt(word, j));
}

/**
 * Whether a token joins parts of a name ("and", "und", "&", "of", "für").
 *
 * @param scan - scan state
 * @param token - the token
 * @return true for a connector
 */
export function isConnector(scan: NameScan, token: Token): boolean {
  return scan.compiled.connectors.has(token.text) || scan.compiled.nameAdjectives.has(token.text);
}

/**
 * Whether a token is a descriptor that introduces a name ("Reederei", "association").
 *
 * @param scan - scan state
 * @param token - the token
 * @return true for a descriptor
 */
export function isDescriptor(scan: NameScan, token: Token): boolean {
  // Exact case: German descriptors are capitalised ("Reederei"), English ones are
  // not, so "Group" in "Carrowmore Logistics Group" is no descriptor.
  return scan.compiled.descriptors.has(token.text);
}
