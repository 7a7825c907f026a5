/**
 * Referents: the words in a clause that can name the committing
 * organization. An organization mention names itself; "the Company" or
 * "the bank" names whoever the release defined it for; "we" names the
 * organization of the quoted speaker; "the province" the last government
 * body; "das Institut" the last organization with that head noun.
 */
import type { CompiledRules } from './compiled';
import type { Entity, OrgContext, OrgMention } from './entities';
import { escapeRegExp, pattern } from './patterns';
import { within } from './structure';

/** A word or phrase that names an organization, with the entity it names. */
export interface Referent {
  start: number;
  end: number;
  /** Canonical entity, or null when the phrase names one the text does not say. */
  entity: string | null;
}

/** Everything referent resolution needs. */
export interface ReferentScope {
  text: string;
  compiled: CompiledRules;
  orgs: OrgContext;
  /** Entity of the current paragraph's speaker. */
  speaker: string | null;
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
        if (free(s, s + m[0].length))
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
      // "Der Energieversorger E.ON": the name right after the generic noun is the referent.
      if (orgs.mentions.some((o) => o.start >= e && /^\s+$/u.test(text.slice(e, o.start))))
        continue;
      let entity: string | null = null;
      if (kind === 'speaker') entity = scope.speaker ?? orgs.issuer?.name ?? null;
      else if (kind === 'issuer') entity = orgs.issuer?.name ?? null;
      else if (kind === 'government')
        entity = lastBefore(orgs, s, (x) => x.government)?.name ?? null;
      else entity = byHead(orgs, s, m[1] ?? '')?.name ?? null;
      if (entity || kind === 'government') found.push({ start: s, end: e, entity });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The most recently mentioned entity before `offset` that passes a test. */
function lastBefore(orgs: OrgContext, offset: number, test: (e: Entity) => boolean): Entity | null {
  let best: OrgMention | null = null;
  for (const m of orgs.mentions) {
    if (m.start >= offset) break;
    const e = orgs.entities.get(m.entity);
    if (e && test(e)) best = m;
  }
  if (best) return orgs.entities.get(best.entity) ?? null;
  return [...orgs.entities.values()].find(test) ?? null;
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

/** A generic phrase as a whole-word, case-insensitive expression, built once per alphabet. */
function phraseRegExp(compiled: CompiledRules, phrase: string): RegExp {
  return pattern(compiled.alphabet, `(?<![\\p{L}])${escapeRegExp(phrase)}(?![\\p{L}])`, 'gi');
}
