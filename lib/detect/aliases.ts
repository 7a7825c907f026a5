/**
 * Short names and their later mentions. A release defines short names
 * ("(CATL)", '("Helix" or "the Company")', "（以下简称“宁德时代”）") or just
 * uses the distinctive first words of a full name ("Hollmann" after
 * "Hollmann Antriebstechnik GmbH & Co. KG"); every later standalone
 * occurrence is a mention of the same organization.
 */
import { isLetter } from './alphabet';
import type { Candidate } from './candidates';
import { coverage, isTaken, overlapsAny } from './candidates';
import type { CompiledRules } from './compiled';
import { withoutLegalForm } from './entities';
import { GENERIC_NAME_WORDS } from './languages/generic-name-words';
import { tokenBefore } from './org-latin';
import { type AliasDefinition, contracts } from './org-parens';
import { CJK_CHAR, compile, literalAlternation, perAlphabet } from './patterns';
import { isNameWord, isPossessive, type NameScan, spaceGap, tokenize } from './tokens';
import { followsLocative, writtenInLowerCase } from './word-use';

/** A mention found by alias, with the entity it refers to. */
export interface AliasMention extends Candidate {
  entity: string;
}

/** Group words that may follow a short name in a compound ("Hollmann-Gruppe"). */
const GROUP_SUFFIX = perAlphabet(
  String.raw`^[-‑](?:Gruppe|Group|Konzern|Konzerns|Gruppe's|Holding)(?![\p{L}\p{N}])`,
);

/**
 * Attaches parenthesised definitions to the mention right before them.
 *
 * @param text - the article text
 * @param mentions - mentions so far, with entities
 * @param definitions - definitions read from parentheses
 * @param compiled - compiled rules (head nouns and suffixes)
 * @return alias mentions, plus short names and generic phrases per entity
 */
export function attachDefinitions(
  text: string,
  mentions: readonly AliasMention[],
  definitions: readonly AliasDefinition[],
  compiled: CompiledRules,
): {
  found: AliasMention[];
  aliases: Map<string, string>;
  generic: Map<string, string[]>;
  orphans: AliasDefinition[];
} {
  const found: AliasMention[] = [];
  const aliases = new Map<string, string>();
  const generic = new Map<string, string[]>();
  const orphans: AliasDefinition[] = [];
  for (const def of definitions) {
    const owner = lastBefore(
      mentions,
      (m) => m.end <= def.anchor && /^\s*(?:\([^()]*\)\s*)?$/u.test(text.slice(m.end, def.anchor)),
    );
    if (!owner) {
      if (def.acronym) orphans.push(def);
      continue;
    }
    const name = text.slice(owner.start, owner.end);
    if (def.contraction && !contracts(def.text, name)) continue;
    if (def.generic || headOf(compiled, name, def.text)) {
      generic.set(owner.entity, [...(generic.get(owner.entity) ?? []), def.text.toLowerCase()]);
      continue;
    }
    if (!aliases.has(def.text)) aliases.set(def.text, owner.entity);
    if (overlapsAny(mentions, def.start, def.end)) continue;
    found.push({
      start: def.start,
      end: def.end,
      rule: 'org:alias',
      confidence: 0.9,
      priority: 4,
      entity: owner.entity,
    });
  }
  return { found, aliases, generic, orphans };
}

/**
 * Whether a defined term is the head noun its name ends in ("…股份有限公司（以下简称
 * “公司”）", 'Meridian Bank ("Bank")'): the generic "the company", not a short name.
 * "株式会社ミナギ精機（以下「ミナギ精機」）" also ends its name, but is no head noun.
 *
 * @param compiled - compiled rules (head nouns, descriptors, CJK suffixes)
 * @param name - the name the term is defined for
 * @param term - the defined term
 * @return true when the term is the name's head noun
 */
export function headOf(compiled: CompiledRules, name: string, term: string): boolean {
  if (term.length >= name.length || !name.endsWith(term)) return false;
  return (
    compiled.suffixHeads.has(term) ||
    compiled.descriptors.has(term.toLowerCase()) ||
    (compiled.rules.cjkSuffixes ?? []).some((s) => s.endsWith(term))
  );
}

/** The last item that passes a test, searched from the end without copying the list. */
function lastBefore<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return items[i];
  return undefined;
}

/** How far after a name its definition may reach: a bracket of company facts comes first. */
const DEFINITION_WINDOW = 120;
/** A quoted term inside a CJK bracket. */
const CJK_QUOTED = /[「『“"]([^」』”"]{1,20})[」』”"]/gu;

/**
 * Short names defined by a language pattern after a name ("（以下简称“宁德时代”）",
 * "（「恒川江门」）"). A defined term that starts with a determiner ("本公司",
 * "统称「本集团」") is a generic reference to the name, not a short name.
 *
 * @param text - the article text
 * @param mentions - mentions with entities
 * @param compiled - compiled rules (alias patterns, with indices)
 * @return alias mentions and their entities, and generic phrases per entity
 */
export function patternDefinitions(
  text: string,
  mentions: readonly AliasMention[],
  compiled: CompiledRules,
): { found: AliasMention[]; aliases: Map<string, string>; generic: Map<string, string[]> } {
  const found: AliasMention[] = [];
  const aliases = new Map<string, string>();
  const generic = new Map<string, string[]>();
  const determiners = compiled.rules.cjkDeterminers ?? '';
  const isGeneric = (term: string) => determiners !== '' && determiners.includes(term[0] ?? '');
  for (const m of mentions) {
    const after = text.slice(m.end, m.end + DEFINITION_WINDOW);
    for (const re of compiled.aliasDefinitions) {
      const d = re.exec(after);
      const span = d?.indices?.[1];
      if (!d || !span || !d[1]) continue;
      if (determiners) {
        const close = after.search(/[）)]/u);
        const bracket = after.slice(0, close < 0 ? after.length : close);
        const phrases = [...bracket.matchAll(CJK_QUOTED)].map((q) => q[1] ?? '').filter(isGeneric);
        if (phrases.length > 0)
          generic.set(m.entity, [...(generic.get(m.entity) ?? []), ...phrases]);
      }
      const alias = d[1].trim();
      if (isGeneric(alias)) break;
      if (headOf(compiled, text.slice(m.start, m.end), alias)) {
        generic.set(m.entity, [...(generic.get(m.entity) ?? []), alias]);
        break;
      }
      const start = m.end + span[0] + d[1].indexOf(alias);
      found.push({
        start,
        end: start + alias.length,
        rule: 'org:alias',
        confidence: 0.9,
        priority: 4,
        entity: m.entity,
      });
      if (!aliases.has(alias)) aliases.set(alias, m.entity);
      break;
    }
  }
  for (const re of compiled.issuerShortNames) {
    re.lastIndex = 0;
    for (let d = re.exec(text); d; d = re.exec(text)) {
      const span = d.indices?.[1];
      const alias = d[1];
      if (!span || !alias) continue;
      const owner = mentions.find((x) => x.start >= span[1] && x.legal);
      if (!owner) continue;
      found.push({
        start: span[0],
        end: span[1],
        rule: 'org:alias',
        confidence: 0.9,
        priority: 4,
        entity: owner.entity,
      });
      if (!aliases.has(alias)) aliases.set(alias, owner.entity);
    }
  }
  return { found, aliases, generic };
}

/**
 * Short names derived from a company's full name: its leading words
 * ("Meridian", "Meridian Trust Bank" from "Meridian Trust Bank plc").
 *
 * @param name - the full name with its legal form
 * @param text - the article text (a word also written in lower case is a common word)
 * @param scan - scan state
 * @return candidate short names, longest first
 */
export function derivedShortNames(name: string, text: string, scan: NameScan): string[] {
  if (scan.compiled.rules.script === 'cjk' && !/[A-Za-z]/.test(name)) {
    // "国立大学法人信濃工業大学" is "信濃工業大学", "株式会社ミナギ精機" is "ミナギ精機".
    const core = withoutLegalForm(name, scan.compiled);
    return core !== name && CJK_CHAR.test(core) ? [core] : [];
  }
  const core = withoutLegalForm(name, scan.compiled);
  const words = tokenize(core, scan.compiled.alphabet);
  const out: string[] = [];
  if (core !== name && words.length >= 1) out.push(core);
  for (let n = words.length - 1; n >= 1; n--) {
    const last = words[n - 1];
    if (!last || scan.compiled.connectors.has(last.text) || last.text.endsWith('-')) continue;
    const prefix = core.slice(0, last.end);
    if (n === 1 && !distinctive(last.text, text, scan)) continue;
    out.push(prefix);
  }
  return out;
}

function distinctive(word: string, text: string, scan: NameScan): boolean {
  if (word.length < 3 || GENERIC_NAME_WORDS.has(word)) return false;
  if (!isNameWord(scan, { text: word, start: -1, end: -1 })) return false;
  const { suffixHeads, prefixHeads, descriptors } = scan.compiled;
  if (suffixHeads.has(word) || prefixHeads.has(word) || descriptors.has(word)) return false;
  // "in Texas": a word the text uses as a place is no short name.
  if (followsLocative(scan, word)) return false;
  // A word the text also writes in lower case is a common word ("Contemporary").
  return !writtenInLowerCase(text, word.toLowerCase());
}

/**
 * Finds every standalone occurrence of the known names and short names.
 *
 * @param scan - scan state
 * @param names - written form -> entity
 * @param taken - existing mentions (occurrences inside them are skipped)
 * @return new mentions
 */
export function propagate(
  scan: NameScan,
  names: ReadonlyMap<string, string>,
  taken: readonly Candidate[],
): AliasMention[] {
  const { text } = scan;
  const latin = [...names.keys()].filter((n) => !CJK_CHAR.test(n));
  const cjk = [...names.keys()].filter((n) => CJK_CHAR.test(n));
  const found: AliasMention[] = [];
  // Masks, not range lists: a long page has thousands of mentions.
  const takenMask = coverage(taken, text.length);
  const foundMask = new Uint8Array(text.length + 1);
  const consider = (start: number, end: number, form: string) => {
    const entity = names.get(form);
    if (!entity || isTaken(takenMask, start, end) || isTaken(foundMask, start, end)) return;
    found.push({ start, end, rule: 'org:alias', confidence: 0.85, priority: 4, entity });
    foundMask.fill(1, start, end);
  };
  if (latin.length > 0) {
    const { alphabet } = scan.compiled;
    const re = compile(
      // CJK text writes no spaces: "NEDOは" ends the name at the kana.
      `(?<![\\p{L}\\p{N}\\-‑@./](?<!${CJK_CLASS}))(?:${literalAlternation(latin)})(?!(?!${CJK_CLASS})[\\p{L}\\p{N}])`,
      'g',
      alphabet,
    );
    const groupSuffix = GROUP_SUFFIX(alphabet);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let end = m.index + m[0].length;
      const group = groupSuffix.exec(text.slice(end, end + 12));
      if (group) end += group[0].length;
      else if (
        (text[end] === '-' || text[end] === '‑') &&
        isLetter(text[end + 1] ?? '') &&
        !ACRONYM_NAME.test(m[0]) &&
        !caseEnding(scan, text, end + 1)
      )
        continue; // "Hollmann-Werk": a compound; but "SWH-Geschäftsführer" and "BÉT-en" name SWH and BÉT
      if (precededByName(scan, m.index)) continue; // "Matthias Hollmann": a person
      consider(m.index, end, m[0]);
    }
  }
  if (cjk.length > 0) {
    const re = new RegExp(literalAlternation(cjk), 'gu');
    for (let m = re.exec(text); m; m = re.exec(text))
      consider(m.index, m.index + m[0].length, m[0]);
  }
  return found;
}

const CJK_CLASS = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]';

/** An acronym ("SWH", "BÉT"): it stays a name at the front of a hyphenated compound. */
const ACRONYM_NAME = /^\p{Lu}[\p{Lu}\p{N}&]+$/u;

/** Whether a case ending of the language ends a word at `from` ("en" in "BÉT-en"). */
function caseEnding(scan: NameScan, text: string, from: number): boolean {
  return scan.compiled.caseEndings.some(
    (e) => text.startsWith(e, from) && !isLetter(text[from + e.length] ?? ''),
  );
}

function precededByName(scan: NameScan, offset: number): boolean {
  const i = tokenBefore(scan, offset);
  const prev = scan.tokens[i];
  if (!prev || !spaceGap(scan, prev.end, offset)) return false;
  if (scan.compiled.descriptors.has(prev.text) || scan.compiled.roleWords.has(prev.text))
    return false;
  return isNameWord(scan, prev) && !isPossessive(prev);
}
