/**
 * Sentence splitting that survives press-release prose: decimals ("7.3",
 * "7,3 Mrd."), abbreviations ("Co., Ltd.", "Inc.", "z. B.", "Dr."), German
 * ordinals ("22. Juni"), CJK punctuation (。！？；), closing quotes, and
 * list items. Every line break is a hard boundary: the article text puts
 * paragraphs, list items and table rows on lines of their own.
 */
import { alphabetOf, charAt, isAlphanumeric, isLetter, isNumeric, isUpper } from './alphabet';
import { type CompiledRules, compiledFor } from './compiled';
import type { Span } from './types';

// German closes with “ and ‘ (it opens with „ and ‚), so both count right after a full stop.
const CLOSERS = `"'”’“‘»)]）」』】`;
const CJK_END = new Set(['。', '！', '？', '；']);
/** Every character that may end a sentence. */
const TERMINATOR = /[.!?…。！？；]/gu;
/** Punctuation that can start a sentence after a full stop. */
const OPENERS = `"'“‘„‚«([（「『`;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether a character (one code unit) can start a sentence after a full stop. */
function startsSentence(ch: string): boolean {
  if (isUpper(ch) || isNumeric(ch) || (ch !== '' && OPENERS.includes(ch))) return true;
  return ch.charCodeAt(0) >= 0x80 && CJK.test(ch);
}

/**
 * Splits text into sentences.
 *
 * @param text - article text (paragraphs separated by blank lines)
 * @param lang - language code; decides abbreviations and ordinal dots
 * @return trimmed sentence spans in order, none empty
 */
export function splitSentences(text: string, lang: string): Span[] {
  return sentencesOf(text, compiledFor(lang, alphabetOf(text)));
}

/**
 * Splits text into sentences with rules already compiled for it.
 *
 * @param text - article text (paragraphs separated by blank lines)
 * @param compiled - the language's rules (abbreviations, ordinal dots)
 * @return trimmed sentence spans in order, none empty
 */
export function sentencesOf(text: string, compiled: CompiledRules): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, compiled, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}

function splitLine(
  text: string,
  from: number,
  to: number,
  compiled: CompiledRules,
  out: Span[],
): void {
  let start = from;
  TERMINATOR.lastIndex = from;
  for (let m = TERMINATOR.exec(text); m && m.index < to; m = TERMINATOR.exec(text)) {
    const i = m.index;
    if (i < start) continue;
    const ch = m[0];
    let end = -1;
    if (CJK_END.has(ch)) {
      end = skipClosers(text, i + 1, to);
    } else if (ch === '!' || ch === '?') {
      const j = skipClosers(text, i + 1, to);
      if (j >= to || /\s/.test(text[j] ?? '')) end = j;
    } else if (ch === '.' || ch === '…') {
      end = latinEnd(text, i, to, compiled);
    }
    if (end > 0) {
      push(text, start, end, out);
      start = end;
      TERMINATOR.lastIndex = Math.max(end, i + 1);
    }
  }
  push(text, start, to, out);
}

function skipClosers(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && CLOSERS.includes(text[j] ?? '')) j++;
  return j;
}

/** Where a sentence ends if the full stop at `i` ends one, else -1. */
function latinEnd(text: string, i: number, to: number, compiled: CompiledRules): number {
  const afterClosers = skipClosers(text, i + 1, to);
  if (afterClosers >= to) return to;
  if (!/\s/.test(text[afterClosers] ?? '')) return -1; // "7.3", "www.x.example", "U.S."
  let next = afterClosers;
  while (next < to && /\s/.test(text[next] ?? '')) next++;
  if (next >= to) return to;
  const nextChar = text[next] ?? '';
  if (!startsSentence(nextChar)) return -1; // lower case goes on: "approx. the", "z. B. die"
  const word = wordBefore(text, i);
  if (/^\d{1,2}$/.test(word) && compiled.rules.ordinalDot) return -1; // "22. Juni"
  if (word.length === 1 && isLetter(word)) return -1; // initials and "z. B."
  const token = `${word}.`;
  if (compiled.abbreviations.has(token)) {
    // A legal form can end a sentence: "... of Acme Inc. The plant ...".
    if (!compiled.legalFormSet.has(token)) return -1;
    const nextWord = lettersFrom(text, next, next + 20).toLowerCase();
    if (!compiled.stopwords.has(nextWord)) return -1;
  }
  return afterClosers;
}

function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && (isAlphanumeric(text[j - 1] as string) || '.&'.includes(text[j - 1] as string)))
    j--;
  return text.slice(j, i);
}

/** The letters from `from` on, up to `limit`. */
function lettersFrom(text: string, from: number, limit: number): string {
  let j = from;
  for (let ch = charAt(text, j); ch && j + ch.length <= limit && isLetter(ch); ch = charAt(text, j))
    j += ch.length;
  return text.slice(from, j);
}

function push(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ start: s, end: e });
}
