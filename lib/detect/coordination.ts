/**
 * Names coordinated with a known organization: "with Hydro One and the
 * Independent Electricity System Operator", "BNP Paribas, Deutsche Bank AG
 * and UniCredit Bank GmbH". A capitalised run listed beside an organization
 * is most likely another one. Not used where every noun is capitalised.
 */
import type { Candidate } from './candidates';
import { overlapsAny } from './candidates';
import type { CompiledRules } from './compiled';
import { pattern, perAlphabet } from './patterns';
import { isNameWord, isPossessive, isShortLowerWord, type NameScan, type Token } from './tokens';

/** Longest run accepted, in tokens: longer capitalised runs are titles or headings. */
const MAX_RUN = 4;
/** ", Chief Executive ...": a title after a name. */
const TITLED = perAlphabet(String.raw`^,\s+\p{Lu}`);

/**
 * Finds capitalised runs listed next to an organization mention.
 *
 * @param scan - scan state
 * @param mentions - organization mentions so far
 * @return new candidates with rule "org:coordination"
 */
export function coordinatedCandidates(scan: NameScan, mentions: readonly Candidate[]): Candidate[] {
  const { compiled, tokens, text } = scan;
  if (compiled.rules.capitalisedNouns || compiled.rules.script === 'cjk') return [];
  const and = compiled.rules.connectors[0] ?? 'and';
  const joiner = pattern(
    compiled.alphabet,
    `^(?:,\\s+(?:${and}\\s+)?|\\s+(?:${and}|&)\\s+)(?:\\p{Ll}{1,3}\\s+)?$`,
  );
  const out: Candidate[] = [];
  const free = (s: number, e: number) => !overlapsAny(out, s, e) && !overlapsAny(mentions, s, e);
  for (const m of mentions) {
    // A run to the right: "ORG and (the) RUN".
    const right = runFrom(scan, firstTokenAfter(tokens, m.end), 1, and);
    if (right && joiner.test(text.slice(m.end, right.start)) && acceptable(scan, right, compiled)) {
      if (free(right.start, right.end)) out.push(toCandidate(right));
    }
    // A run to the left: "RUN, ORG" or "RUN and (the) ORG".
    const left = runFrom(scan, lastTokenBefore(tokens, m.start), -1, and);
    if (left && joiner.test(text.slice(left.end, m.start)) && acceptable(scan, left, compiled)) {
      if (free(left.start, left.end)) out.push(toCandidate(left));
    }
  }
  return out;
}

interface Run {
  first: number;
  last: number;
  start: number;
  end: number;
}

function toCandidate(run: Run): Candidate {
  return { start: run.start, end: run.end, rule: 'org:coordination', confidence: 0.5, priority: 1 };
}

/** A maximal run of name words next to `from`, after skipping "and" and an article. */
function runFrom(scan: NameScan, from: number, direction: 1 | -1, and: string): Run | null {
  const { tokens, text } = scan;
  let i = from;
  for (let skipped = 0; skipped < 2 && tokens[i]; skipped++) {
    const t = tokens[i] as Token;
    if (t.text !== and && t.text !== '&' && !isShortLowerWord(t.text)) break;
    i += direction;
  }
  if (!tokens[i] || !isNameWord(scan, tokens[i] as Token)) return null;
  let a = i;
  let b = i;
  for (;;) {
    const k = direction === 1 ? b + 1 : a - 1;
    const t = tokens[k];
    if (!t) break;
    const gap =
      direction === 1
        ? text.slice((tokens[b] as Token).end, t.start)
        : text.slice(t.end, (tokens[a] as Token).start);
    if (!/^[ \u00a0]+$/.test(gap) || !isNameWord(scan, t)) break;
    if (direction === 1) b = k;
    else a = k;
    if (b - a + 1 > MAX_RUN) return null;
  }
  return { first: a, last: b, start: (tokens[a] as Token).start, end: (tokens[b] as Token).end };
}

function acceptable(scan: NameScan, run: Run, compiled: CompiledRules): boolean {
  const { tokens, text } = scan;
  const words = tokens.slice(run.first, run.last + 1);
  if (words.some((w) => isPossessive(w) || compiled.roleWords.has(w.text))) return false;
  // "the Paris Agreement", "the Inflation Reduction Act": treaties and laws, not organizations.
  if (compiled.nonOrgHeads.has((words[words.length - 1] as Token).text)) return false;
  // "in Rotterdam, Carrowmore and ...": a place after a locative preposition.
  const prev = tokens[run.first - 1];
  if (prev && compiled.locatives.has(prev.text.toLowerCase())) return false;
  // Sentence-initial single words are ordinary capitalised words.
  const before = text.slice(Math.max(0, run.start - 3), run.start);
  if (words.length === 1 && (run.start === 0 || /(?:^|[.!?:\n])\s*$/.test(before))) return false;
  // "– mondta Kovácsné Szabó Edit, a ...", "said Dr. Jane Roe, ...": the speaker of a quote,
  // or a name after an honorific, is a person.
  if (afterSpeechOrTitle(scan, run)) return false;
  // "Karin Ekström, CEO of ...": a person introduced by a title.
  const after = text.slice(run.end, run.end + 40);
  if (
    TITLED(compiled.alphabet).test(after) &&
    [...compiled.roleWords].some((r) => after.includes(r))
  )
    return false;
  return true;
}

/** Most characters between a speech verb and the speaker's name ("said Dr. "). */
const SPEAKER_GAP = 12;

function afterSpeechOrTitle(scan: NameScan, run: Run): boolean {
  const { tokens, text, compiled } = scan;
  const prev = tokens[run.first - 1];
  // An abbreviation with a full stop that is no legal form: "Dr.", "Prof.", "Mag.".
  if (
    prev &&
    /^\p{Lu}\p{Ll}{0,4}$/u.test(prev.text) &&
    text[prev.end] === '.' &&
    compiled.abbreviations.has(`${prev.text}.`) &&
    !compiled.legalFormSet.has(`${prev.text}.`)
  )
    return true;
  const before = text.slice(Math.max(0, run.start - 40), run.start);
  compiled.speech.lastIndex = 0;
  for (let m = compiled.speech.exec(before); m; m = compiled.speech.exec(before)) {
    if (before.length - (m.index + m[0].length) <= SPEAKER_GAP) return true;
  }
  return false;
}

function firstTokenAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}

function lastTokenBefore(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
