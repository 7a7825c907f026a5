/**
 * Finding commitment cues in a sentence and checking the conditions some
 * cues carry: German "wird" needs an infinitive at the clause end, English
 * "targets" needs its subject right before it, present-tense "invests"
 * needs a sum of money, and nothing counts after a third party's hope.
 */
import { charAt, isAlphanumeric } from './alphabet';
import { findAmounts } from './amounts';
import type { CompiledCue, CompiledRules } from './compiled';
import { perAlphabet } from './patterns';
import { findReferents, type ReferentScope } from './referents';
import type { Span } from './types';

/** A cue found in the text. */
export interface CueHit {
  start: number;
  end: number;
  cue: CompiledCue;
  /** Where the cue's first word ends. */
  wordEnd: number;
  /** German: the infinitive that completes the cue ("errichten"). */
  verb?: string;
}

const WORDS = perAlphabet(String.raw`[\p{L}-]+`, 'g');
/** Words that may follow a clause-final infinitive ("bauen und betreiben", "angeboten werden"). */
const AFTER_INFINITIVE = new Set(['und', 'oder', 'sowie', 'werden', 'können', 'lassen', 'sein']);

/**
 * The cues in a sentence that pass their conditions.
 *
 * @param scope - text, rules, organizations
 * @param sentence - the sentence span (dateline already cut off)
 * @return cue hits in order; fallback cues only when no other cue matched
 */
export function findCues(scope: ReferentScope, sentence: Span): CueHit[] {
  const { text, compiled } = scope;
  const slice = text.slice(sentence.start, sentence.end);
  if (compiled.nonCommitments.test(slice)) return [];
  const primary: CueHit[] = [];
  const fallback: CueHit[] = [];
  for (const cc of compiled.cues) {
    cc.re.lastIndex = 0;
    for (let m = cc.re.exec(slice); m; m = cc.re.exec(slice)) {
      if (m[0].length === 0) {
        cc.re.lastIndex++;
        continue;
      }
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const word = leadingWord(m[0]);
      const hit: CueHit = { start, end, cue: cc, wordEnd: start + (word || m[0].length) };
      if (!passes(scope, sentence, hit)) continue;
      (cc.cue.fallback ? fallback : primary).push(hit);
    }
  }
  const hits = primary.length > 0 ? primary : fallback;
  return hits
    .sort((a, b) => a.start - b.start)
    .filter((h, i, all) => i === 0 || h.start >= (all[i - 1] as CueHit).end);
}

/** Length of the word a cue starts with (letters, digits, apostrophes), or 0. */
function leadingWord(cue: string): number {
  let j = 0;
  for (
    let ch = charAt(cue, 0);
    ch && (isAlphanumeric(ch) || "'’".includes(ch));
    ch = charAt(cue, j)
  )
    j += ch.length;
  return j;
}

function passes(scope: ReferentScope, sentence: Span, hit: CueHit): boolean {
  const { text, compiled } = scope;
  const { cue, context } = hit.cue;
  const before = text.slice(sentence.start, hit.start);
  compiled.hopes.lastIndex = 0;
  if (compiled.hopes.test(before)) return false;
  if (context && !context.test(before)) return false;
  if (cue.headline && /[.!?。！？]["”’»]?\s*$/u.test(text.slice(sentence.start, sentence.end)))
    return false;
  if (cue.needsMoney && !findAmounts(text, sentence, compiled).some((a) => a.money)) return false;
  if (cue.notPast && compiled.pastTense?.test(text.slice(sentence.start, sentence.end)))
    return false;
  if (cue.needsSubject && !subjectRightBefore(scope, sentence, hit.start)) return false;
  if (cue.needsInfinitive) {
    const verb = clauseInfinitive(
      text.slice(hit.end, clauseEnd(text, hit.end, sentence.end, compiled)),
      compiled,
    );
    if (!verb) return false;
    hit.verb = verb;
  }
  return !forecast(scope, sentence, hit.start);
}

/** "Helix targets ...": an organization or generic reference ends right before the cue. */
function subjectRightBefore(scope: ReferentScope, sentence: Span, at: number): boolean {
  const before = scope.text.slice(sentence.start, at);
  const end = sentence.start + before.trimEnd().length;
  return findReferents(scope, sentence.start, end).some((r) => r.end === end && r.entity !== null);
}

/** "Demand ... is expected to grow": a forecast about a market, not a commitment. */
function forecast(scope: ReferentScope, sentence: Span, at: number): boolean {
  const subject = scope.text.slice(sentence.start, at).replace(/^[\s"“„'‘«]+/u, '');
  return scope.compiled.forecast.test(subject);
}

const CLAUSE_END = /[,;:.!?](?=\s|$)|[。，；]/gu;
/** The word before a full stop, with its inner dots: "e.V" of "e.V.", "Mio" of "Mio.". */
const WORD_BEFORE_DOT = /[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*$/u;

/**
 * End of the clause that starts at `from`: the next comma, colon or sentence
 * end; the full stop of an abbreviation ("CHF 12 Mio. für") ends nothing.
 *
 * @param text - the article text
 * @param from - start of the clause
 * @param limit - where the sentence ends
 * @param compiled - compiled rules (abbreviations and scale words), if known
 * @return the offset of the clause end
 */
export function clauseEnd(
  text: string,
  from: number,
  limit: number,
  compiled?: CompiledRules,
): number {
  const slice = text.slice(from, limit);
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(slice); m; m = CLAUSE_END.exec(slice)) {
    if (m[0] === '.' && compiled) {
      const word = WORD_BEFORE_DOT.exec(slice.slice(0, m.index))?.[0] ?? '';
      const abbreviation = `${word}.`;
      if (compiled.abbreviations.has(abbreviation) || compiled.scaleOf.has(abbreviation)) continue;
    }
    return from + m.index;
  }
  return limit;
}

/**
 * The infinitive that ends a German-style clause, if any.
 *
 * @param clause - the clause after the finite verb
 * @param compiled - compiled rules (infinitive and participle patterns)
 * @return the infinitive, or null
 */
export function clauseInfinitive(clause: string, compiled: CompiledRules): string | null {
  const { infinitive, participle } = compiled;
  if (!infinitive) return null;
  const words = clause.match(WORDS(compiled.alphabet)) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!infinitive.test(w) || participle?.test(w)) continue;
    const next = words[i + 1];
    if (next !== undefined && !AFTER_INFINITIVE.has(next)) continue;
    // "angeboten werden": the participle carries the meaning of a passive.
    const prev = words[i - 1];
    return w === 'werden' && prev && participle?.test(prev) ? `${prev} ${w}` : w;
  }
  return null;
}
