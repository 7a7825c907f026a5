/**
 * Where a referent stands in its clause, as far as finding the subject
 * needs: the object of a preposition ("gemeinsam mit der Universität X",
 * "together with X") is no subject; an appositive name can fill the subject
 * slot ("its subsidiary, X (“X”), will"); and a predicate joined by "and"
 * without a comma ("X unterstützt ... und wird ...") shares the subject of
 * the first one.
 */
import type { CompiledRules } from './compiled';
import { perAlphabet } from './patterns';
import type { Referent } from './referents';
import { isShortLowerWord } from './tokens';
import type { Span } from './types';

/** Text a name may leave behind in its segment: quotes, brackets, spaces, a short article. */
const NAME_ONLY = perAlphabet(String.raw`^[\s"“”„'‘’«»]*(?:\p{Ll}{1,3}\s+)?[\s"“”„'‘’«»]*$`);
/** How far back to look for the preposition: "mit der" and a little slack. */
const LOOKBEHIND = 40;

/**
 * Marks the referents that are objects of a preposition: "mit der X",
 * "together with X", "avec l’X", or that carry a case ending in a language
 * that marks case on the noun ("a Debreceni Egyetemmel": with the
 * university). A bracketed short name right after such a name ("X (JKU)")
 * shares its role.
 *
 * @param text - the article text
 * @param compiled - compiled rules (prepositions)
 * @param referents - referents in order of appearance
 * @return one flag per referent
 */
export function governedByPreposition(
  text: string,
  compiled: CompiledRules,
  referents: readonly Referent[],
): boolean[] {
  const out: boolean[] = [];
  referents.forEach((r, i) => {
    const prev = referents[i - 1];
    if (prev && out[i - 1] && /^\s*\(\s*["“„'‘«]?$/u.test(text.slice(prev.end, r.start))) {
      out.push(true);
      return;
    }
    out.push(oblique(text, compiled, r));
  });
  return out;
}

/**
 * Whether a name stands in an oblique position: behind a preposition or with
 * a case ending, so not as subject or object of its clause.
 *
 * @param text - the article text
 * @param compiled - compiled rules (prepositions, case endings)
 * @param span - the name
 * @return true for "with Beta GmbH", "a Debreceni Egyetemmel"
 */
export function oblique(text: string, compiled: CompiledRules, span: Span): boolean {
  return afterPreposition(text, compiled, span.start) || inflected(text, compiled, span.end);
}

/** Whether a case ending follows a name directly ("Egyetem|mel", "BÉT|-en"). */
function inflected(text: string, compiled: CompiledRules, end: number): boolean {
  if (compiled.caseEndings.length === 0) return false;
  return /^-?\p{L}/u.test(text.slice(end, end + 2));
}

/** The two words right before an offset, with nothing but spaces or an elision mark after them. */
const LAST_WORDS = /(?:(\p{L}+)\s+)?(\p{L}+)['’]?\s*$/u;

/** Whether a preposition, perhaps followed by an article, ends right before an offset. */
function afterPreposition(text: string, compiled: CompiledRules, at: number): boolean {
  if (compiled.prepositions.size === 0) return false;
  const m = LAST_WORDS.exec(text.slice(Math.max(0, at - LOOKBEHIND), at));
  const last = m?.[2];
  if (!m || last === undefined) return false;
  if (compiled.prepositions.has(last.toLowerCase())) return true;
  const prev = m[1]?.toLowerCase();
  return isShortLowerWord(last) && prev !== undefined && compiled.prepositions.has(prev);
}

/**
 * Whether the cue follows a bare conjunction ("... und wird", "... and will"):
 * a second predicate of the clause's subject, not a new subject.
 *
 * @param text - the article text
 * @param compiled - compiled rules (the language's "and" is its first connector)
 * @param segmentStart - start of the cue's segment
 * @param cueStart - where the cue starts
 * @return true when the segment ends in the conjunction
 */
export function coordinatedPredicate(
  text: string,
  compiled: CompiledRules,
  segmentStart: number,
  cueStart: number,
): boolean {
  const and = compiled.rules.connectors[0];
  if (!and) return false;
  const before = text.slice(segmentStart, cueStart);
  const tail = before.trimEnd();
  if (tail.length === before.length) return false;
  return tail === and || tail.endsWith(` ${and}`);
}

/**
 * Whether a stretch holds nothing but one name: the referents, bracketed
 * asides ("(“DGEPL”)") and quotes removed, at most a short article is left.
 *
 * @param text - the article text
 * @param compiled - compiled rules (alphabet)
 * @param from - start of the stretch
 * @param to - end of the stretch
 * @param referents - the referents inside it
 * @return true for "Devgiri Green Energy Private Limited (“DGEPL”)"
 */
export function onlyName(
  text: string,
  compiled: CompiledRules,
  from: number,
  to: number,
  referents: readonly Referent[],
): boolean {
  if (referents.length === 0) return false;
  let rest = '';
  let at = from;
  for (const r of referents) {
    rest += text.slice(at, Math.max(at, r.start));
    at = Math.max(at, r.end);
  }
  rest += text.slice(at, to);
  return NAME_ONLY(compiled.alphabet).test(rest.replace(/\([^()]*\)/gu, ' '));
}
