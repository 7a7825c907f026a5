/**
 * Sentence splitting that survives press-release prose: decimals ("7.3",
 * "7,3 Mrd."), abbreviations ("Co., Ltd.", "Inc.", "z. B.", "Dr."), German
 * ordinals ("22. Juni"), CJK punctuation (。！？；), closing quotes, and
 * list items. Every line break is a hard boundary: the article text puts
 * paragraphs, list items and table rows on lines of their own.
 */
import { type CompiledRules, compiledFor } from './compiled';
import type { Span } from './types';

// German closes with “ and ‘ (it opens with „ and ‚), so both count right after a full stop.
const CLOSERS = `"'”’“‘»)]）」』】`;
const CJK_END = new Set(['。', '！', '？', '；']);
/** Every character that may end a sentence. */
const TERMINATOR = /[.!?…。！？；]/gu;
/** Characters that can start a sentence after a full stop. */
const STARTER = /[\p{Lu}\p{N}"'“‘„‚«([（「『\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Splits text into sentences.
 *
 * @param text - article text (paragraphs separated by blank lines)
 * @param lang - language code; decides abbreviations and ordinal dots
 * @return trimmed sentence spans in order, none empty
 */
export function splitSentences(text: string, lang: string): Span[] {
  const compiled = compiledFor(lang);
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
  if (!STARTER.test(nextChar)) return -1; // lower case goes on: "approx. the", "z. B. die"
  const word = wordBefore(text, i);
  if (/^\d{1,2}$/.test(word) && compiled.rules.ordinalDot) return -1; // "22. Juni"
  if (/^\p{L}$/u.test(word)) return -1; // initials and "z. B."
  const token = `${word}.`;
  if (compiled.abbreviations.has(token)) {
    // A legal form can end a sentence: "... of Acme Inc. The plant ...".
    if (!compiled.legalFormSet.has(token)) return -1;
    const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 20))?.[0]?.toLowerCase() ?? '';
    if (!compiled.stopwords.has(nextWord)) return -1;
  }
  return afterClosers;
}

function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}\p{N}.&]/u.test(text[j - 1] ?? '')) j--;
  return text.slice(j, i);
}

function push(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ start: s, end: e });
}
