/**
 * The action of a commitment as a short verb phrase: "build a cell factory",
 * "errichten", "建设零碳产业园".
 */

import type { Finding } from './commitments';
import type { CompiledRules } from './compiled';
import { clauseInfinitive } from './cues';
import { perAlphabet } from './patterns';

/** Most words in an action: a label, not a paraphrase. */
const MAX_WORDS = 4;
/** Words that end a verb phrase in any language. */
const CONJUNCTIONS = new Set([
  'and',
  'or',
  'that',
  'which',
  'und',
  'oder',
  'dass',
  'et',
  'ou',
  'qui',
  'que',
  'y',
  'o',
  'és',
  'vagy',
  'hogy',
]);
/** German "zu" infinitives: "zu bauen", "auszubauen". */
const ZU_INFINITIVE = perAlphabet(
  String.raw`(?<!\p{L})zu\s+(\p{Ll}+en)(?!\p{L})|(\p{Ll}{2,}zu\p{Ll}{2,}en)(?!\p{L})`,
);
/** Most characters in a CJK action. */
const MAX_CJK_CHARS = 12;

/**
 * A short verb phrase for what the actor commits to.
 *
 * @param text - the article text
 * @param finding - the commitment
 * @param compiled - compiled rules
 * @return the phrase, or undefined when none can be read
 */
export function actionOf(
  text: string,
  finding: Finding,
  compiled: CompiledRules,
): string | undefined {
  if (finding.verb) return finding.verb;
  const after = text.slice(
    finding.actionFromCue ? finding.cueStart : finding.cueEnd,
    finding.span.end,
  );
  if (compiled.rules.script === 'cjk') {
    const phrase = /^[^，。；、,.;：:]+/u.exec(after.replace(/^[在于将]/u, ''))?.[0];
    if (phrase) return phrase.slice(0, MAX_CJK_CHARS);
    // Verb-final (ja "建設する計画です"): the phrase before the cue.
    const before = /[^，。；、,.;：:をはが]+$/u.exec(
      text.slice(finding.span.start, finding.cueStart),
    )?.[0];
    return before ? before.slice(-MAX_CJK_CHARS) : undefined;
  }
  if (compiled.rules.verbSecond) {
    const verb =
      clauseInfinitive(after, compiled) ??
      ZU_INFINITIVE(compiled.alphabet).exec(after)?.slice(1).find(Boolean);
    if (verb) return verb;
  }
  const words: string[] = [];
  for (const w of after.match(/[^\s]+/gu) ?? []) {
    const clean = w.replace(/[,;:.!?)"”“’]+$/u, '');
    const lower = clean.toLowerCase();
    if (words.length === 0 && (lower === 'to' || lower === 'also' || lower === 'be')) continue;
    if (!clean || /^\d/.test(clean)) break;
    // Stop at the first preposition or conjunction once there is a verb and an object.
    if (words.length >= 2 && (compiled.prepositions.has(lower) || CONJUNCTIONS.has(lower))) break;
    words.push(clean);
    if (clean !== w || words.length >= MAX_WORDS) break;
  }
  return words.length > 0 ? words.join(' ') : undefined;
}
