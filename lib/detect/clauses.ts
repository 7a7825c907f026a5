/**
 * Clauses and spans of commitments. A sentence that holds two independent
 * commitments by different actors ("The Port Authority will make a site
 * available from 2027, and Carrowmore intends to operate the hub") yields
 * one commitment per clause; otherwise the sentence is the commitment.
 */
import { type Alphabet, UNICODE_ALPHABET } from './alphabet';
import type { CompiledRules } from './compiled';
import { perAlphabet } from './patterns';
import type { Span } from './types';

/**
 * Splits a sentence at the language's clause joins (", and ", "；").
 *
 * @param text - the article text
 * @param sentence - the sentence
 * @param compiled - compiled rules (clause joins)
 * @return clause spans covering the sentence, joins left out
 */
export function splitClauses(text: string, sentence: Span, compiled: CompiledRules): Span[] {
  const slice = text.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  let start = sentence.start;
  compiled.clauseJoins.lastIndex = 0;
  for (let m = compiled.clauseJoins.exec(slice); m; m = compiled.clauseJoins.exec(slice)) {
    const at = sentence.start + m.index;
    if (at > start) out.push({ start, end: at });
    start = at + m[0].length;
  }
  if (sentence.end > start) out.push({ start, end: sentence.end });
  return out;
}

const OPENERS = /^[\s"“„'‘«‚]+/u;
const CLOSERS = /[\s"”“'’»‘]+$/u;

/**
 * Trims quotes and spaces from the edges of a span, keeping a final full stop.
 *
 * @param text - the article text
 * @param span - the span
 * @return the trimmed span
 */
export function trimSpan(text: string, span: Span): Span {
  const slice = text.slice(span.start, span.end);
  const lead = OPENERS.exec(slice)?.[0].length ?? 0;
  const trail = CLOSERS.exec(slice.slice(lead))?.[0].length ?? 0;
  return { start: span.start + lead, end: span.end - trail };
}

/** A dateline before the first sentence: "ROTTERDAM, 21 January 2026 — ", "3月16日，". */
const DATELINES = [
  String.raw`^\p{Lu}[^\n,]{0,60},\s[^\n–—]{0,60}?(?:19|20)\d{2}[^\n–—]{0,40}?\s(?:–|—|--|-)\s+`,
  // "Mumbai, January 9, 2026: Devgiri ...": a colon after the date.
  String.raw`^\p{Lu}[^\n,:]{0,60},\s[^\n:–—]{0,40}?(?:19|20)\d{2}\s*:\s+`,
  String.raw`^[^\n、，,]{1,12}[、，,]\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:–|—|--|-|－)\s*`,
  String.raw`^(?:\S{0,6}讯)?\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[，,]\s*`,
].map((source) => perAlphabet(source));

/**
 * Where a sentence starts once a leading dateline is cut off.
 *
 * @param text - the article text
 * @param sentence - the sentence
 * @param alphabet - the text's alphabet (see alphabet.ts)
 * @return the start after the dateline, or the sentence start
 */
export function afterDateline(
  text: string,
  sentence: Span,
  alphabet: Alphabet = UNICODE_ALPHABET,
): number {
  const slice = text.slice(sentence.start, sentence.end);
  for (const dateline of DATELINES) {
    const m = dateline(alphabet).exec(slice);
    if (m && m[0].length < slice.length) return sentence.start + m[0].length;
  }
  return sentence.start;
}
