/**
 * Who commits: the organization a commitment clause is about. The subject
 * usually stands right before the cue ("Nordvolt will"), but not behind a
 * preposition ("gemeinsam mit der Universität"); in German it may follow
 * the cue ("plant die Elbtal Halbleiter AG"); a second predicate after "and"
 * keeps the clause's subject. A sentence without one ("Die Anlage soll ...
 * produzieren") belongs to the actor of the surrounding commitments, else to
 * the company the release last named as an actor, else to the issuer.
 */
import { shortName } from './entities';
import { perAlphabet } from './patterns';
import { findReferents, type Referent, type ReferentScope } from './referents';
import { coordinatedPredicate, governedByPreposition, oblique, onlyName } from './subjects';

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
/** Punctuation around an apposition: quotes inside it ("(“DGEPL”)") break nothing. */
const APPOSITION_BREAK = /[,;:–—，；：、]|--/gu;

/** Where a commitment cue sits. */
export interface CueSite {
  clauseStart: number;
  clauseEnd: number;
  cueStart: number;
  /** End of the cue's first word: a V2 subject may follow it ("streben wir ... an"). */
  cueWordEnd: number;
  /** The cue is a date: the subject may stand anywhere in the clause. */
  dateCue?: boolean;
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
  const markers = compiled.rules.subjectMarkers
    ? new RegExp(`^${compiled.rules.subjectMarkers}`, 'u')
    : null;
  const marked = (r: Referent) => !markers || markers.test(text.slice(r.end, r.end + 1));
  // An oblique name ("a Debreceni Egyetemmel közösen") opens no subject.
  const opening = () =>
    findReferents(scope, site.clauseStart, site.cueStart).find(
      (r) =>
        opensSegment(scope, site.clauseStart, r.start) && marked(r) && !oblique(text, compiled, r),
    );

  // 0. "X unterstützt ... und wird ...": the second predicate keeps the clause's subject.
  if (coordinatedPredicate(text, compiled, segmentStart, site.cueStart)) {
    const shared = named(scope, opening());
    if (shared) return shared;
  }
  // 1. The subject right before the cue (or its first word: "we aim to"), not a
  //    preposition's object ("gemeinsam mit der Universität X beabsichtigt Almtal").
  const inSegment = findReferents(scope, segmentStart, site.cueWordEnd);
  const governed = governedByPreposition(text, compiled, inSegment);
  const before = inSegment.filter((r, i) => !governed[i] && marked(r));
  const nearest = before[possessedName(scope, before)];
  if (nearest) return named(scope, nearest) ?? fallback(scope, context);
  // 1b. "its subsidiary, Devgiri Green Energy Private Limited (“DGEPL”), will": a name that
  //     fills the segment before the cue's is the subject.
  const appositive = appositiveSubject(scope, site.clauseStart, segmentStart, site.cueStart);
  if (appositive) return appositive;
  // 1c. "sa filiale X (« X »), qui investira": a relative pronoun before the cue stands for
  //     the name it follows.
  const antecedent = relativeAntecedent(scope, site.clauseStart, site.cueStart);
  if (antecedent) return antecedent;
  // 1d. A date as the cue: the first organization after it in the clause that is no
  //     preposition's object and carries no case ending is the subject.
  if (site.dateCue) {
    const after = findReferents(scope, site.cueWordEnd, site.clauseEnd);
    const flags = governedByPreposition(text, compiled, after);
    const subject = after.find((r, i) => r.entity && !flags[i]);
    if (subject) return named(scope, subject);
  }
  // 2. Verb-second languages: the subject right after the finite verb.
  if (compiled.rules.verbSecond) {
    const after = findReferents(
      scope,
      site.cueWordEnd,
      nextBreak(text, site.cueWordEnd, site.clauseEnd),
    )[0];
    if (after && subjectPosition(scope, site.cueWordEnd, after.start))
      return named(scope, after) ?? fallback(scope, context);
  }
  // 3. An organization opening an earlier segment of the clause ("Helix ..., a producer ..., today
  //    announced plans"), or a place standing for its government ("富山県は、...予定です").
  const first = named(scope, opening());
  if (first) return first;
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
  // 6. "From 2027, awards for Meridian’s directors will be linked ...": the clause is about
  //    what a company owns, so that company commits.
  const owner = findReferents(scope, site.clauseStart, site.clauseEnd).find(
    (r) =>
      r.entity &&
      POSSESSIVE.test(text.slice(r.end, r.end + 3)) &&
      !scope.orgs.entities.get(r.entity)?.government,
  );
  if (owner?.entity)
    return { name: nameOf(scope, owner.entity), entity: owner.entity, explicit: false };
  // 7. "La construcción iniciará en 2026 y la Compañía prevé ...": a subjectless clause
  //    shares the sentence with a coordinated clause whose subject the release names.
  const partner = coordinatedSubject(scope, site);
  if (partner) return partner;
  return fallback(scope, context);
}

/**
 * The subject of a clause coordinated after the cue: an organization right
 * after the language's "and" (perhaps with an article), not behind a preposition.
 */
function coordinatedSubject(scope: ReferentScope, site: CueSite): Actor | null {
  const { text, compiled } = scope;
  const and = compiled.rules.connectors[0];
  if (!and) return null;
  const after = findReferents(scope, site.cueWordEnd, site.clauseEnd);
  for (const r of after) {
    if (!r.entity) continue;
    const lead = text.slice(Math.max(site.cueWordEnd, r.start - 12), r.start);
    const words = lead.trimEnd().split(/\s+/u);
    const last = words[words.length - 1] ?? '';
    const prev = words[words.length - 2] ?? '';
    const joined = last === and || (isArticle(last) && prev === and);
    if (joined && /\s$/u.test(lead) && !governedByPreposition(text, compiled, [r])[0])
      return { name: nameOf(scope, r.entity), entity: r.entity, explicit: false };
  }
  return null;
}

/**
 * Index of the subject among the referents before a cue: the first, unless
 * a descriptor joins it to the next ("A控股子公司B拟", "Acme's subsidiary Beta
 * GmbH will"): then the name the descriptor introduces is the subject.
 */
function possessedName(scope: ReferentScope, refs: readonly Referent[]): number {
  const { text, compiled } = scope;
  let i = 0;
  while (i + 1 < refs.length) {
    const a = refs[i] as Referent;
    const b = refs[i + 1] as Referent;
    const raw = text.slice(a.end, b.start).replace(/[（(][^（）()]*[）)]/gu, '');
    const gap = raw.replace(/^['’]s(?![\p{L}])|的/u, '').trim();
    // "the university’s Center for ... will": the possessed name is the subject.
    const possessed = gap === '' && gap.length < raw.trim().length;
    if (
      !possessed &&
      !compiled.descriptors.has(gap) &&
      !compiled.descriptors.has(gap.toLowerCase())
    )
      break;
    i++;
  }
  return i;
}

/** A possessive ending right after a name. */
const POSSESSIVE = /^['’]s(?![\p{L}\p{N}])/u;

/** Whether an offset sits inside a quotation that opened earlier in its paragraph. */
function quoted(text: string, offset: number): boolean {
  const paragraphStart = text.lastIndexOf('\n', offset) + 1;
  const before = text.slice(paragraphStart, offset);
  const open = (before.match(/[“„«]|(?<=^|\s)"/gu) ?? []).length;
  const close = (before.match(/[”»]|"(?=[\s,.;]|$)/gu) ?? []).length;
  return open > close || /^\s*[“„«"]/u.test(text.slice(offset, offset + 3));
}

/** The actor a referent names, if it names one. */
function named(scope: ReferentScope, r: Referent | undefined): Actor | null {
  if (r?.entity) return { name: nameOf(scope, r.entity), entity: r.entity, explicit: true };
  return r?.name ? { name: r.name, entity: null, explicit: true } : null;
}

function fallback(scope: ReferentScope, context: Actor | null): Actor | null {
  if (context) return { ...context, explicit: false };
  const focus = scope.focus ? scope.orgs.entities.get(scope.focus) : undefined;
  const owner = focus ?? scope.orgs.issuer;
  return owner
    ? { name: shortName(owner, scope.compiled), entity: owner.name, explicit: false }
    : null;
}

/**
 * The name a relative clause hangs on, when the cue opens that clause: in
 * "X, qui investira" and "X, which will build" the pronoun is the subject.
 */
function relativeAntecedent(
  scope: ReferentScope,
  clauseStart: number,
  cueStart: number,
): Actor | null {
  const { text, compiled } = scope;
  const re = compiled.asides;
  if (!re) return null;
  const slice = text.slice(clauseStart, cueStart + 1);
  re.lastIndex = 0;
  let aside: RegExpExecArray | null = null;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) re.lastIndex++;
    else aside = m;
  }
  if (!aside) return null;
  const start = clauseStart + aside.index;
  // Only the pronoun (and perhaps an adverb) may stand between the comma and the cue.
  const words = text.slice(start, cueStart).match(WORDS(compiled.alphabet)) ?? [];
  if (start + aside[0].length < cueStart || words.length > 2) return null;
  const before = findReferents(scope, clauseStart, start);
  const last = before[before.length - 1];
  if (!last?.entity || !/^[\s"“”„'‘’«»()]*$/u.test(text.slice(last.end, start))) return null;
  return named(scope, last);
}

/** The subject of an empty segment before the cue: the previous segment, when it is one name. */
function appositiveSubject(
  scope: ReferentScope,
  clauseStart: number,
  segmentStart: number,
  cueStart: number,
): Actor | null {
  const { text, compiled } = scope;
  if (segmentStart <= clauseStart || !/^[\s"“”„'‘’«»]*$/u.test(text.slice(segmentStart, cueStart)))
    return null;
  let end = segmentStart;
  while (end > clauseStart && /[\s,;:–—"“”„«»-]/u.test(text[end - 1] ?? '')) end--;
  const start = lastBreak(scope, clauseStart, end, APPOSITION_BREAK);
  const inside = findReferents(scope, start, end);
  const first = inside.find((r) => r.entity);
  if (!first || start === clauseStart || !onlyName(text, compiled, start, end, inside)) return null;
  return named(scope, first);
}

function nameOf(scope: ReferentScope, entity: string): string {
  const e = scope.orgs.entities.get(entity);
  return e ? shortName(e, scope.compiled) : entity;
}

const BRACKETED = /[（(][^（）()]*[）)]/gu;

function lastBreak(
  scope: ReferentScope,
  from: number,
  to: number,
  breaks: RegExp = SEGMENT_BREAK,
): number {
  let last = from;
  const slice = scope.text.slice(from, to);
  // A bracketed aside ("（以下简称“惠州康泓”）", "(NYSE: HLXM)") ends no segment.
  const asides = [...slice.matchAll(BRACKETED)].map((b) => [b.index, b.index + b[0].length]);
  breaks.lastIndex = 0;
  for (let m = breaks.exec(slice); m; m = breaks.exec(slice)) {
    if (asides.some(([s, e]) => (s as number) < m.index && m.index < (e as number))) continue;
    const at = from + m.index;
    // "Co., Limited" and "Bank of America, N.A." hold commas that break nothing, nor does
    // a list comma between names ("省发展改革委、省能源局将").
    if (m[0] === scope.compiled.rules.cjkEnumerator) continue;
    if (!scope.orgs.mentions.some((o) => o.start <= at && at < o.end)) last = at + m[0].length;
  }
  return last;
}

/** Most words between a finite verb and its subject: "wird ein 80-MW-Elektrolyseur der Tochter X". */
const MAX_SUBJECT_DISTANCE = 6;

/**
 * Whether a referent after the verb can be its subject: near, and not behind
 * a preposition. A preposition with a number is a closed phrase of time or
 * quantity ("wird ab 2028 die Ennstaler Wasserstoff GmbH ... liefern").
 */
function subjectPosition(scope: ReferentScope, from: number, at: number): boolean {
  const words = scope.text.slice(from, at).match(WORDS(scope.compiled.alphabet)) ?? [];
  const article = words[words.length - 1]?.toLowerCase() ?? '';
  return (
    words.length <= MAX_SUBJECT_DISTANCE &&
    !scope.compiled.rules.objectArticles?.includes(article) &&
    !words.some(
      (w, i) =>
        scope.compiled.prepositions.has(w.toLowerCase()) && !/^\p{N}/u.test(words[i + 1] ?? ''),
    )
  );
}

function nextBreak(text: string, from: number, to: number): number {
  SEGMENT_BREAK.lastIndex = 0;
  const m = SEGMENT_BREAK.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

/**
 * Whether only articles and spaces stand between a segment start and an
 * offset, or a descriptor or company organ with its articles ("La filial X",
 * "Der Verwaltungsrat der X", "the Board of X").
 */
function opensSegment(scope: ReferentScope, clauseStart: number, offset: number): boolean {
  const start = lastBreak(scope, clauseStart, offset);
  const lead = scope.text.slice(start, offset);
  if (OPENING(scope.compiled.alphabet).test(lead)) return true;
  const words = lead.trim().split(/\s+/u);
  const { descriptors, roleWords } = scope.compiled;
  const nouns = words.filter((w) => !isArticle(w));
  return (
    /\s$/u.test(lead) &&
    words.length <= MAX_OPENING_WORDS &&
    nouns.length === 1 &&
    (descriptors.has(nouns[0] as string) ||
      descriptors.has((nouns[0] as string).toLowerCase()) ||
      roleWords.has(nouns[0] as string))
  );
}

/** Most words before a name that opens a segment: "Der Verwaltungsrat der". */
const MAX_OPENING_WORDS = 4;

/** Articles and short function words: "der", "The", "of", "La", "l’". */
function isArticle(word: string): boolean {
  return /^(?:\p{Lu}?\p{Ll}{1,2}|\p{Ll})['’]?$/u.test(word);
}
