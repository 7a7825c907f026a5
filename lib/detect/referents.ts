/**
 * Referents: the words in a clause that can name the committing
 * organization. An organization mention names itself; "the Company" names
 * whoever the release defined it for, and where no one did, the company
 * last mentioned; "we" names the organization of the quoted speaker; "the
 * state government" the last government body, preferably one with that
 * head noun; "das Institut" the last organization with that head noun.
 */
import type { CompiledRules } from './compiled';
import type { Entity, OrgContext, OrgMention } from './entities';
import { CJK_CHAR, escapeRegExp, pattern } from './patterns';
import { within } from './structure';
import { oblique } from './subjects';

/** A word or phrase that names an organization, with the entity it names. */
export interface Referent {
  start: number;
  end: number;
  /** Canonical entity, or null when the phrase names one the text does not say. */
  entity: string | null;
  /** A place standing for its government ("富山県"): the actor's name when there is no entity. */
  name?: string;
}

/** Everything referent resolution needs. */
export interface ReferentScope {
  text: string;
  compiled: CompiledRules;
  orgs: OrgContext;
  /** Entity of the current paragraph's speaker. */
  speaker: string | null;
  /** Entity of the last company named as a commitment's actor: what actorless clauses are about. */
  focus?: string | null;
}

/**
 * Finds the referents in a stretch of text, in order of appearance.
 *
 * @param scope - text, rules, organizations and the paragraph's speaker
 * @param from - start of the stretch
 * @param to - end of the stretch
 * @return referents, organization mentions first where they overlap
 */
export function findReferents(scope: ReferentScope, from: number, to: number): Referent[] {
  const { text, compiled, orgs } = scope;
  const found: Referent[] = within(orgs.mentions, { start: from, end: to }).map((m) => ({
    start: m.start,
    end: m.end,
    entity: m.entity,
  }));
  const free = (s: number, e: number) => !found.some((r) => s < r.end && r.start < e);
  const slice = text.slice(from, to);
  for (const entity of orgs.entities.values()) {
    for (const phrase of entity.generic) {
      const re = phraseRegExp(compiled, phrase);
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        const s = from + m.index;
        if (free(s, s + m[0].length) && !insideCompound(text, s))
          found.push({ start: s, end: s + m[0].length, entity: entity.name });
      }
    }
  }
  for (const { kind, re } of compiled.referents) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const s = from + m.index;
      const e = s + m[0].length;
      if (!free(s, e)) continue;
      // "Der Energieversorger E.ON", "la société de transport Ruthène Mobilités SAS": the
      // name after the generic noun is the referent.
      if (namedRightAfter(scope, e)) continue;
      if (kind === 'place') {
        found.push({ start: s, end: e, entity: null, name: m[0] });
        continue;
      }
      let entity: string | null = null;
      if (kind === 'speaker') entity = scope.speaker ?? orgs.issuer?.name ?? null;
      else if (kind === 'issuer') entity = orgs.issuer?.name ?? null;
      else if (kind === 'company') entity = companyReferent(scope, s)?.name ?? null;
      else if (kind === 'government') entity = governmentReferent(orgs, s, m[0])?.name ?? null;
      else entity = byHead(orgs, s, m[1] ?? '')?.name ?? null;
      if (entity || kind === 'government') found.push({ start: s, end: e, entity });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Characters that make a CJK generic noun part of another word or of its own
 * definition: 子公司 (subsidiary), 分公司 (branch), 母公司 (parent), “公司”.
 */
const CJK_COMPOUND_BEFORE = /[子分母孙“「『"]$/u;

/** Whether a generic phrase at `start` continues a word or a quotation before it. */
function insideCompound(text: string, start: number): boolean {
  return CJK_COMPOUND_BEFORE.test(text.slice(Math.max(0, start - 1), start));
}

/** Most lower-case words between a generic noun and the name it introduces ("de transport"). */
const MAX_DESCRIPTOR_WORDS = 2;

/** Whether an organization mention follows a generic noun directly or after "de" and a noun. */
function namedRightAfter(scope: ReferentScope, end: number): boolean {
  const { text, orgs, compiled } = scope;
  const next = orgs.mentions.find((o) => o.start >= end);
  if (!next) return false;
  const gap = text.slice(end, next.start);
  if (/^\s+$/u.test(gap)) return true;
  const words = gap.trim().split(/\s+/u);
  return (
    /^\s/u.test(gap) &&
    /\s$/u.test(gap) &&
    words.length <= MAX_DESCRIPTOR_WORDS + 1 &&
    compiled.complements.has(words[0] ?? '') &&
    words.slice(1).every((w) => /^\p{Ll}+$/u.test(w))
  );
}

/**
 * What "the company" stands for: the issuer when the release defines such
 * phrases ('("Kestrel" or "the Company")'); otherwise the company mentioned
 * last, as a reader resolves a definite description.
 */
function companyReferent(scope: ReferentScope, offset: number): Entity | null {
  const { orgs, text, compiled } = scope;
  const defines = [...orgs.entities.values()].some((e) => e.generic.length > 0);
  if (defines) return orgs.issuer;
  const issuer = orgs.issuer;
  // A partner named behind a preposition ("an agreement with Beta GmbH") is rarely what
  // "the company" picks up; the subject or object of an earlier clause is.
  let best: Entity | null = null;
  for (const m of orgs.mentions) {
    if (m.start >= offset) break;
    const e = orgs.entities.get(m.entity);
    if (e && !e.government && (e.legal || e === issuer) && !oblique(text, compiled, m)) best = e;
  }
  return best ?? issuer;
}

/** "the state government": the last government body, preferably one named with that head noun. */
function governmentReferent(orgs: OrgContext, offset: number, phrase: string): Entity | null {
  const heads = phrase
    .toLowerCase()
    .split(/[\s'’]+/u)
    .filter((w) => w.length > 3);
  const named = (e: Entity) =>
    e.government &&
    e.name
      .toLowerCase()
      .split(/[\s-]+/u)
      .some((w) => heads.some((h) => w === h || w.endsWith(h)));
  return lastBefore(orgs, offset, named, false) ?? lastBefore(orgs, offset, (e) => e.government);
}

/** The most recently mentioned entity before `offset` that passes a test. */
function lastBefore(
  orgs: OrgContext,
  offset: number,
  test: (e: Entity) => boolean,
  orLater = true,
): Entity | null {
  let best: OrgMention | null = null;
  for (const m of orgs.mentions) {
    if (m.start >= offset) break;
    const e = orgs.entities.get(m.entity);
    if (e && test(e)) best = m;
  }
  if (best) return orgs.entities.get(best.entity) ?? null;
  return orLater ? ([...orgs.entities.values()].find(test) ?? null) : null;
}

/** The last entity whose name has the head noun as a word or compound ending. */
function byHead(orgs: OrgContext, offset: number, head: string): Entity | null {
  const h = head.toLowerCase();
  if (!h) return null;
  return lastBefore(orgs, offset, (e) =>
    e.name
      .toLowerCase()
      .split(/[\s-]+/u)
      .some((w) => w === h || (w.endsWith(h) && w.length > h.length + 2)),
  );
}

/**
 * A generic phrase as a whole-word, case-insensitive expression, built once per
 * alphabet. CJK writes no spaces, so a CJK phrase ("本集团") needs no word edges.
 */
function phraseRegExp(compiled: CompiledRules, phrase: string): RegExp {
  if (CJK_CHAR.test(phrase)) return pattern(compiled.alphabet, escapeRegExp(phrase), 'g');
  return pattern(compiled.alphabet, `(?<![\\p{L}])${escapeRegExp(phrase)}(?![\\p{L}])`, 'gi');
}
