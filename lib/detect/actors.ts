/**
 * Who commits: the organization a commitment clause is about. The subject
 * usually stands right before the cue ("Nordvolt will"); in German it may
 * follow it ("plant die Elbtal Halbleiter AG"); a sentence without one
 * ("Die Anlage soll ... produzieren") belongs to the actor of the
 * surrounding commitments, or to the issuer.
 */
import { shortName } from './entities';
import { perAlphabet } from './patterns';
import { findReferents, type Referent, type ReferentScope } from './referents';

/** The resolved actor of a commitment. */
export interface Actor {
  /** The short name the release uses ("CATL", "Helix"). */
  name: string;
  /** The canonical full name, when the actor is a known organization. */
  entity: string | null;
  /** Named in the clause itself, not inherited from context. */
  explicit: boolean;
}

/** A capitalised word alone: a place standing for its government ("Henan"). */
const PROPER_NOUN = perAlphabet(String.raw`^\p{Lu}[\p{L}-]+$`);
const WORDS = perAlphabet(String.raw`[\p{L}\p{N}-]+`, 'g');
/** Quotes, brackets and at most a short article before a segment's first name. */
const OPENING = perAlphabet(String.raw`^[\s"“„'‘(]*(?:\p{L}{1,3}\s+)?$`);

/** Characters that end the subject part of a clause. */
const SEGMENT_BREAK = /[,;:–—"“”„«»，；：、]|--/gu;

/** Where a commitment cue sits. */
export interface CueSite {
  clauseStart: number;
  clauseEnd: number;
  cueStart: number;
  /** End of the cue's first word: a V2 subject may follow it ("streben wir ... an"). */
  cueWordEnd: number;
}

/**
 * Resolves the actor of one commitment clause.
 *
 * @param scope - text, rules, organizations and the paragraph's speaker
 * @param site - the clause and the cue inside it
 * @param context - the actor of the previous commitment in the paragraph, if any
 * @return the actor, or null when neither the clause nor the context names one
 */
export function resolveActor(
  scope: ReferentScope,
  site: CueSite,
  context: Actor | null,
): Actor | null {
  const { text, compiled } = scope;
  const segmentStart = lastBreak(scope, site.clauseStart, site.cueStart);
  const named = (r: Referent | undefined): Actor | null =>
    r?.entity ? { name: nameOf(scope, r.entity), entity: r.entity, explicit: true } : null;

  // 1. The subject right before the cue (or its first word: "we aim to").
  const markers = compiled.rules.subjectMarkers
    ? new RegExp(`^${compiled.rules.subjectMarkers}`, 'u')
    : null;
  const before = findReferents(scope, segmentStart, site.cueWordEnd).filter(
    (r) => !markers || markers.test(text.slice(r.end, r.end + 1)),
  );
  if (before[0]) return named(before[0]) ?? fallback(scope, context);
  // 2. Verb-second languages: the subject right after the finite verb.
  if (compiled.rules.verbSecond) {
    const after = findReferents(
      scope,
      site.cueWordEnd,
      nextBreak(text, site.cueWordEnd, site.clauseEnd),
    )[0];
    if (after && subjectPosition(scope, site.cueWordEnd, after.start))
      return named(after) ?? fallback(scope, context);
  }
  // 3. An organization opening an earlier segment of the clause ("Helix ..., a producer ..., today announced plans").
  const opening = findReferents(scope, site.clauseStart, site.cueStart).find(
    (r) =>
      opensSegment(scope, site.clauseStart, r.start) &&
      (!markers || markers.test(text.slice(r.end, r.end + 1))),
  );
  if (opening?.entity) return named(opening);
  // 4. A bare proper noun as subject ("Henan wird ..."): a place standing for its government.
  const subject = text.slice(segmentStart, site.cueStart).trim();
  if (
    compiled.rules.script === 'latin' &&
    PROPER_NOUN(compiled.alphabet).test(subject) &&
    !compiled.stopwords.has(subject.toLowerCase())
  ) {
    return { name: subject, entity: null, explicit: true };
  }
  // 5. Inside a quotation, the speaker's organization.
  if (scope.speaker && quoted(text, site.clauseStart)) {
    return { name: nameOf(scope, scope.speaker), entity: scope.speaker, explicit: false };
  }
  return fallback(scope, context);
}

/** Whether an offset sits inside a quotation that opened earlier in its paragraph. */
function quoted(text: string, offset: number): boolean {
  const paragraphStart = text.lastIndexOf('\n', offset) + 1;
  const before = text.slice(paragraphStart, offset);
  const open = (before.match(/[“„«]|(?<=^|\s)"/gu) ?? []).length;
  const close = (before.match(/[”»]|"(?=[\s,.;]|$)/gu) ?? []).length;
  return open > close || /^\s*[“„«"]/u.test(text.slice(offset, offset + 3));
}

function fallback(scope: ReferentScope, context: Actor | null): Actor | null {
  if (context) return { ...context, explicit: false };
  const issuer = scope.orgs.issuer;
  return issuer
    ? { name: shortName(issuer, scope.compiled), entity: issuer.name, explicit: false }
    : null;
}

function nameOf(scope: ReferentScope, entity: string): string {
  const e = scope.orgs.entities.get(entity);
  return e ? shortName(e, scope.compiled) : entity;
}

function lastBreak(scope: ReferentScope, from: number, to: number): number {
  let last = from;
  const slice = scope.text.slice(from, to);
  SEGMENT_BREAK.lastIndex = 0;
  for (let m = SEGMENT_BREAK.exec(slice); m; m = SEGMENT_BREAK.exec(slice)) {
    const at = from + m.index;
    // "Co., Limited" and "Bank of America, N.A." hold commas that break nothing.
    if (!scope.orgs.mentions.some((o) => o.start <= at && at < o.end)) last = at + m[0].length;
  }
  return last;
}

/** Most words between a finite verb and its subject: "wird ein 80-MW-Elektrolyseur der Tochter X". */
const MAX_SUBJECT_DISTANCE = 6;

/** Whether a referent after the verb can be its subject: near, and not behind a preposition. */
function subjectPosition(scope: ReferentScope, from: number, at: number): boolean {
  const words = scope.text.slice(from, at).match(WORDS(scope.compiled.alphabet)) ?? [];
  return (
    words.length <= MAX_SUBJECT_DISTANCE &&
    !words.some((w) => scope.compiled.prepositions.has(w.toLowerCase()))
  );
}

function nextBreak(text: string, from: number, to: number): number {
  SEGMENT_BREAK.lastIndex = 0;
  const m = SEGMENT_BREAK.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

/** Whether only articles and spaces stand between a segment start and an offset. */
function opensSegment(scope: ReferentScope, clauseStart: number, offset: number): boolean {
  const start = lastBreak(scope, clauseStart, offset);
  return OPENING(scope.compiled.alphabet).test(scope.text.slice(start, offset));
}
