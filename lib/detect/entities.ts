/**
 * Entities: the organizations behind the mentions. Each has a canonical full
 * name, the short names the release defines or uses, the generic phrases it
 * answers to ("the Company", "the bank"), and whether it is a government
 * body. The issuer is the organization the release is about.
 */
import { charAt, isLower } from './alphabet';
import type { CompiledRules } from './compiled';

/** One organization and what the release calls it. */
export interface Entity {
  /** Canonical full name ("Contemporary Amperex Technology Co., Limited"). */
  name: string;
  /** Short names defined in the text ("CATL"), in order of definition. */
  aliases: string[];
  /** Generic phrases defined for it, lower-case ("the company", "the bank"). */
  generic: string[];
  /** How often each written form was mentioned. */
  used: Map<string, number>;
  legal: boolean;
  government: boolean;
  /** Offset of the first mention. */
  first: number;
  mentions: number;
}

/** An organization mention with its entity. */
export interface OrgMention {
  start: number;
  end: number;
  entity: string;
  rule: string;
  confidence: number;
}

/** What the organization finder hands to the commitment finder. */
export interface OrgContext {
  mentions: OrgMention[];
  entities: Map<string, Entity>;
  issuer: Entity | null;
}

/**
 * Creates an entity record.
 *
 * @param name - canonical full name
 * @return an entity with no mentions yet
 */
export function newEntity(name: string): Entity {
  return {
    name,
    aliases: [],
    generic: [],
    used: new Map(),
    legal: false,
    government: false,
    first: Number.MAX_SAFE_INTEGER,
    mentions: 0,
  };
}

/**
 * The short name a release uses for an organization: a defined alias, else
 * the most used shorter form, else the name without its legal form.
 *
 * @param entity - the entity
 * @param compiled - compiled rules (legal forms)
 * @return "CATL", "Hollmann", "Elbtal Halbleiter", "Government of Ontario"
 */
export function shortName(entity: Entity, compiled: CompiledRules): string {
  const alias = entity.aliases.find((a) => !isLower(charAt(a, 0)));
  if (alias) return alias;
  let best = '';
  let bestCount = 0;
  for (const [form, count] of entity.used) {
    if (form === entity.name || form.length >= entity.name.length) continue;
    if (count > bestCount || (count === bestCount && form.length < best.length)) {
      best = form;
      bestCount = count;
    }
  }
  return best || initialism(entity.name) || withoutLegalForm(entity.name, compiled);
}

/** An upper-case first word and the words it abbreviates: "BKK Budapesti Közlekedési Központ". */
const SPELLED_OUT = /^(\p{Lu}{2,6})\s+((?:\p{Lu}[\p{L}-]*\s+){1,5}\p{Lu}[\p{L}-]*)/u;

/**
 * The acronym a name opens with when the words after it spell it out
 * ("BKK Budapesti Közlekedési Központ Zrt." -> "BKK"): the name states its own
 * short name.
 *
 * @param name - the full name
 * @return the acronym, or null
 */
export function initialism(name: string): string | null {
  const m = SPELLED_OUT.exec(name);
  if (!m?.[1] || !m[2]) return null;
  const initials = m[2]
    .split(/\s+/u)
    .map((w) => w[0])
    .join('');
  return initials.startsWith(m[1]) ? m[1] : null;
}

/**
 * A name without its trailing legal form.
 *
 * @param name - "Vossberg Wasserstoff GmbH"
 * @param compiled - compiled rules (legal forms)
 * @return "Vossberg Wasserstoff"
 */
export function withoutLegalForm(name: string, compiled: CompiledRules): string {
  const forms = compiled.rules.cjkCompanyForms;
  if (forms && CJK.test(name)) return withoutCjkForms(name, forms);
  compiled.legalForms.lastIndex = 0;
  let cut = name.length;
  for (let m = compiled.legalForms.exec(name); m; m = compiled.legalForms.exec(name)) {
    if (m.index > 0) {
      cut = m.index;
      break;
    }
  }
  const stripped = name.slice(0, cut).replace(/[\s,]+$/u, '');
  return stripped.length > 1 ? stripped : name;
}

const CJK = /[\p{Script=Han}\p{Script=Katakana}]/u;
/** Shortest CJK short name: "公司" alone would be the generic word. */
const MIN_CJK_SHORT = 2;

/** "恒川新材料控股有限公司" -> "恒川新材料", "株式会社蒼洋マテリアルズ" -> "蒼洋マテリアルズ". */
function withoutCjkForms(name: string, forms: readonly string[]): string {
  let out = name;
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of forms) {
      if (out.length - f.length < MIN_CJK_SHORT) continue;
      if (out.endsWith(f)) out = out.slice(0, -f.length);
      else if (out.startsWith(f)) out = out.slice(f.length);
      else continue;
      changed = true;
    }
  }
  return out;
}

/** Points for being named in an "About ..." heading: the release describes its issuer. */
const ABOUT_BONUS = 5;
/** Points for being the first organization named: releases open with their issuer. */
const FIRST_BONUS = 3;
/** Points for a company; governments sign with companies but rarely issue their releases. */
const LEGAL_BONUS = 2;
const GOVERNMENT_PENALTY = 3;

/**
 * Chooses the issuer: the entity the release defines as "the Company", else
 * the one with the most mentions, weighted by position and kind.
 *
 * @param entities - all entities
 * @param aboutNames - entity names mentioned in an "About" heading
 * @return the issuer, or null when there is no organization
 */
export function chooseIssuer(
  entities: Map<string, Entity>,
  aboutNames: ReadonlySet<string>,
): Entity | null {
  const all = [...entities.values()].filter((e) => e.mentions > 0);
  const defined = all.filter((e) => e.generic.length > 0).sort((a, b) => a.first - b.first)[0];
  if (defined) return defined;
  const firstOffset = Math.min(...all.map((e) => e.first));
  let best: Entity | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const e of all) {
    const score =
      e.mentions +
      (e.first === firstOffset ? FIRST_BONUS : 0) +
      (e.legal ? LEGAL_BONUS : 0) +
      (aboutNames.has(e.name) ? ABOUT_BONUS : 0) -
      (e.government ? GOVERNMENT_PENALTY : 0);
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}
