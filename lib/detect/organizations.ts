/**
 * Organization mentions: every rule's candidates, the longest of
 * overlapping ones, short names and their later mentions, and the entity
 * behind each mention. Language-agnostic: all wording comes from the rules.
 */
import {
  type AliasMention,
  attachDefinitions,
  derivedShortNames,
  patternDefinitions,
  propagate,
} from './aliases';
import { type Candidate, resolveOverlaps } from './candidates';
import type { CompiledRules } from './compiled';
import { coordinatedCandidates } from './coordination';
import { chooseIssuer, type Entity, newEntity, type OrgContext, type OrgMention } from './entities';
import { knownCandidates } from './known-orgs';
import { cjkCandidates } from './org-cjk';
import {
  descriptorCandidates,
  headCandidates,
  isGovernment,
  legalFormCandidates,
} from './org-latin';
import { acronymExpansion, contracts, readParentheses } from './org-parens';
import { CJK_CHAR } from './patterns';
import { makeScan, type NameScan } from './tokens';
import { type WatchListEntry, watchListCandidates } from './watch-list';

/**
 * Finds the organizations mentioned in a text.
 *
 * @param text - the article text
 * @param compiled - the article language's compiled rules
 * @param watchList - names the user wants found whatever the rules say
 * @return mentions with entities, the entity registry and the issuer
 */
export function findOrganizations(
  text: string,
  compiled: CompiledRules,
  watchList: readonly WatchListEntry[] = [],
): OrgContext {
  const scan = makeScan(text, compiled);
  const candidates: Candidate[] = [
    ...watchListCandidates(text, watchList, compiled.alphabet),
    ...legalFormCandidates(scan), // first: fills the legal-form mask the other rules respect
    ...headCandidates(scan),
    ...descriptorCandidates(scan),
    ...knownCandidates(scan),
  ];
  if (compiled.rules.script === 'cjk' && CJK_CHAR.test(text))
    candidates.push(...cjkCandidates(text, compiled));
  const { exchanges, definitions, nonOrgNames } = readParentheses(scan);
  candidates.push(...exchanges);

  let mentions: AliasMention[] = withEntities(text, resolveOverlaps(candidates));
  const defined = attachDefinitions(text, mentions, definitions, compiled);
  // An acronym after an unknown capitalised phrase makes the phrase a name.
  const expansions = defined.orphans
    .map((def) => ({ def, c: acronymExpansion(scan, def) }))
    .filter((x): x is { def: (typeof defined.orphans)[number]; c: Candidate } => x.c !== null);
  if (expansions.length > 0) {
    mentions = withEntities(text, resolveOverlaps([...mentions, ...expansions.map((x) => x.c)]));
    for (const { def, c } of expansions) {
      const entity = text.slice(c.start, c.end);
      defined.found.push({
        start: def.start,
        end: def.end,
        rule: 'org:alias',
        confidence: 0.8,
        priority: 4,
        entity,
      });
      if (!defined.aliases.has(def.text)) defined.aliases.set(def.text, entity);
    }
  }
  const fromPatterns = patternDefinitions(text, mentions, compiled);
  mentions = mergeMentions(mentions, [...defined.found, ...fromPatterns.found]);

  const names = knownNames(
    text,
    scan,
    mentions,
    [defined.aliases, fromPatterns.aliases],
    nonOrgNames,
  );
  mentions = mergeMentions(mentions, propagate(scan, names, mentions));
  const coordinated = coordinatedCandidates(scan, mentions);
  if (coordinated.length > 0) {
    mentions = mergeMentions(mentions, withEntities(text, coordinated));
    for (const c of coordinated) names.set(text.slice(c.start, c.end), text.slice(c.start, c.end));
    mentions = mergeMentions(mentions, propagate(scan, names, mentions));
  }
  for (const m of mentions) m.entity = canonical(names, m.entity);
  const aliases = new Map([...fromPatterns.aliases, ...defined.aliases]);
  const generic = new Map(defined.generic);
  for (const [owner, phrases] of fromPatterns.generic)
    generic.set(owner, [...(generic.get(owner) ?? []), ...phrases]);
  return buildContext(text, scan, mentions, generic, aliases, names);
}

function withEntities(text: string, candidates: readonly Candidate[]): AliasMention[] {
  return candidates.map((c) => ({ ...c, entity: c.entity ?? text.slice(c.start, c.end) }));
}

function mergeMentions(a: readonly AliasMention[], b: readonly AliasMention[]): AliasMention[] {
  return resolveOverlaps([...a, ...b]) as AliasMention[];
}

/**
 * Every written form that names an entity: full names, defined and derived
 * short names. A derived one-word short name is dropped when the text defines
 * it for a project ("Karinya or the Project") or when another organization's
 * name ends in it ("Moncayo" of "Moncayo Almacenamiento" and "Energías del
 * Moncayo"): it could stand for either. A shared first word ("Vossberg Chemie",
 * "Vossberg Wasserstoff") names the group and stays.
 */
function knownNames(
  text: string,
  scan: NameScan,
  mentions: readonly AliasMention[],
  defined: readonly Map<string, string>[],
  nonOrgNames: ReadonlySet<string>,
): Map<string, string> {
  const names = new Map<string, string>();
  for (const map of defined)
    for (const [alias, entity] of map) if (!names.has(alias)) names.set(alias, entity);
  const companies = new Set(mentions.filter((m) => m.legal).map((m) => m.entity));
  const sharedWord = (word: string, owner: string) =>
    [...companies].some(
      (e) =>
        e !== owner &&
        e
          .split(/[\s,]+/u)
          .slice(1)
          .includes(word),
    );
  for (const entity of companies) {
    for (const short of derivedShortNames(entity, text, scan)) {
      if (names.has(short) || nonOrgNames.has(short)) continue;
      if (!short.includes(' ') && sharedWord(short, entity)) continue;
      names.set(short, entity);
    }
  }
  for (const m of mentions) {
    const form = text.slice(m.start, m.end);
    if (!names.has(form)) names.set(form, m.entity);
    const acronym = trailingAcronym(form);
    if (acronym && !names.has(acronym)) names.set(acronym, m.entity);
  }
  return names;
}

/** An upper-case acronym closing a longer name: "Lichtenberg-Institut für … LIFR". */
const TRAILING_ACRONYM = /\s(\p{Lu}{2,6})$/u;

/**
 * The acronym a name ends in when it abbreviates the words before it
 * ("Lichtenberg-Institut für Faserverbund- und Recyclingtechnik LIFR" ->
 * "LIFR"): the release then uses it alone, as a short name.
 *
 * @param form - a mention as written
 * @return the acronym, or null
 */
export function trailingAcronym(form: string): string | null {
  const m = TRAILING_ACRONYM.exec(form);
  const acronym = m?.[1];
  if (!m || !acronym) return null;
  return contracts(acronym, form.slice(0, m.index)) ? acronym : null;
}

/** The entity a written form stands for, following short names and group compounds. */
function canonical(names: ReadonlyMap<string, string>, form: string): string {
  const direct = names.get(form);
  if (direct && direct !== form) return canonical(names, direct);
  const group = /^(.+?)[- ‑](?:Gruppe|Group|Konzern|Holding)$/u.exec(form);
  const owner = group?.[1] ? names.get(group[1]) : undefined;
  return owner && owner !== form ? owner : form;
}

function buildContext(
  text: string,
  scan: NameScan,
  mentions: readonly AliasMention[],
  generic: ReadonlyMap<string, string[]>,
  aliases: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string>,
): OrgContext {
  const entities = new Map<string, Entity>();
  const out: OrgMention[] = [];
  for (const m of mentions) {
    const entity = entities.get(m.entity) ?? newEntity(m.entity);
    entities.set(m.entity, entity);
    const form = text.slice(m.start, m.end);
    entity.used.set(form, (entity.used.get(form) ?? 0) + 1);
    entity.mentions++;
    entity.first = Math.min(entity.first, m.start);
    if (m.legal) entity.legal = true;
    out.push({
      start: m.start,
      end: m.end,
      entity: m.entity,
      rule: m.rule,
      confidence: m.confidence,
    });
  }
  for (const e of entities.values()) {
    e.government =
      e.name.split(/[\s-]+/u).some((w) => isGovernment(scan, w)) ||
      scan.compiled.governmentHeads.some(
        (g) => /[\p{Script=Han}\p{Script=Katakana}]/u.test(g) && e.name.endsWith(g),
      );
  }
  for (const [alias, owner] of aliases) entities.get(canonical(names, owner))?.aliases.push(alias);
  for (const [owner, phrases] of generic)
    entities.get(canonical(names, owner))?.generic.push(...phrases);
  return {
    mentions: out,
    entities,
    issuer: chooseIssuer(entities, aboutNames(text, scan.compiled, out)),
  };
}

function aboutNames(
  text: string,
  compiled: CompiledRules,
  mentions: readonly OrgMention[],
): Set<string> {
  const names = new Set<string>();
  for (const m of mentions) {
    const lineStart = text.lastIndexOf('\n', m.start) + 1;
    let lineEnd = text.indexOf('\n', m.start);
    if (lineEnd < 0) lineEnd = text.length;
    if (compiled.about.test(text.slice(lineStart, lineEnd).trim())) names.add(m.entity);
  }
  return names;
}
