/**
 * What parentheses after a name say: "(NYSE: HLXM)" names an exchange,
 * "(CATL)", '("Helix" or "the Company")' and "(Coolabah or the Company)"
 * define short names, "(Karinya or the Project)" names a project (so
 * "Karinya" is no company's short name), and an acronym after an unknown
 * capitalised phrase ("Louisiana Economic Development (LED)") makes that
 * phrase a name.
 */
import { charAt, isAlphanumeric, isLower } from './alphabet';
import type { Candidate } from './candidates';
import { tokenBefore } from './org-latin';
import { perAlphabet } from './patterns';
import {
  isConnector,
  isNameWord,
  type NameScan,
  spaceGap,
  type Token,
  withoutElision,
} from './tokens';

/** A short name or generic reference defined inside parentheses or quotes. */
export interface AliasDefinition {
  /** Where the parenthesis opens: the definition belongs to the name right before it. */
  anchor: number;
  start: number;
  end: number;
  text: string;
  /** "the Company", "the bank": a generic reference, not a name mention. */
  generic: boolean;
  /** A bare acronym "(CATL)": may also define its own expansion. */
  acronym: boolean;
  /**
   * One capitalised word ("(Bancomext)"): a short name only if it is built from
   * the letters of the name before it, across at least two of its words.
   */
  contraction?: boolean;
}

/** A bracket, ASCII or full-width ("（NEDO）"). */
const PAREN = /[(（]([^()（）\n]{1,120})[)）]/gu;
const QUOTED = /["“„«‘'「『]([^"“”„«»‘’'「」『』]{1,40})["”“»’'」』]/gu;
const ACRONYM = perAlphabet(String.raw`^[\p{Lu}][\p{L}\p{N}&-]{1,9}$`);
const TICKER = perAlphabet(
  String.raw`^\s*(\p{Lu}[\p{L}\p{N} .&-]{0,30}?)\s*:\s*[\p{Lu}\p{N}][\p{Lu}\p{N}.]{0,11}\s*$`,
);
const UPPER = perAlphabet(String.raw`\p{Lu}`);
/** An upper-case acronym and one more word, the legal form: "FVK Zrt.", "BMSA SA". */
const ACRONYM_WITH_FORM = /^(\p{Lu}[\p{Lu}\p{N}&]{1,9})\s+(\S+)$/u;
/** One capitalised word of four letters or more: "Bancomext", "Pemex". */
const CONTRACTION = perAlphabet(String.raw`^\p{Lu}\p{Ll}{3,}$`);
/** "Coolabah or the Company": an unquoted name and a generic reference, joined by "or". */
const ALTERNATIVES = /\s+(?:or|oder|ou|o|vagy)\s+/u;
/** An unquoted short name: one to three capitalised words. */
const BARE_NAME = perAlphabet(
  String.raw`^\p{Lu}[\p{L}\p{N}&.-]*(?:\s\p{Lu}[\p{L}\p{N}&.-]*){0,2}$`,
);
/** An unquoted generic reference: an article and a noun ("the Company"). */
const BARE_GENERIC = perAlphabet(String.raw`^(?:the|die|der|das|la|le|el|il|l['’])\s*\p{L}+$`, 'i');
const UPPERS = perAlphabet(String.raw`\p{Lu}`, 'g');
const NON_WORD = perAlphabet(String.raw`[^\p{L}\p{N}]`, 'g');

/**
 * Whether the whole bracket is a short name, and which kind: "(CATL)", an
 * acronym; "(FVK Zrt.)", an acronym with its legal form, kept as written;
 * "(Bancomext)", a contraction of the name before it.
 *
 * @param trimmed - the bracket's content, trimmed
 * @param compiled - the language's rules
 * @return the kind, or null when the bracket says more than a name
 */
function wholeBracketName(
  trimmed: string,
  compiled: NameScan['compiled'],
): Pick<AliasDefinition, 'acronym' | 'contraction'> | null {
  const { alphabet } = compiled;
  if (ACRONYM(alphabet).test(trimmed) && (trimmed.match(UPPERS(alphabet)) ?? []).length >= 2) {
    return { acronym: true };
  }
  const formed = ACRONYM_WITH_FORM.exec(trimmed);
  if (formed && compiled.legalFormSet.has(formed[2] ?? '')) return { acronym: false };
  if (CONTRACTION(alphabet).test(trimmed)) return { acronym: false, contraction: true };
  return null;
}

/**
 * Reads every parenthesis: exchange candidates and alias definitions.
 *
 * @param scan - scan state
 * @return exchanges as candidates, and definitions to attach to names later
 */
export function readParentheses(scan: NameScan): {
  exchanges: Candidate[];
  definitions: AliasDefinition[];
  /** Short names the text defines for projects and other things that are no organization. */
  nonOrgNames: Set<string>;
} {
  const { text, compiled } = scan;
  const ticker = TICKER(compiled.alphabet);
  const upper = UPPER(compiled.alphabet);
  const exchanges: Candidate[] = [];
  const definitions: AliasDefinition[] = [];
  const nonOrgNames = new Set<string>();
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(text); m; m = PAREN.exec(text)) {
    const content = m[1] ?? '';
    const base = m.index + 1;
    let offset = 0;
    // "(BSE: 500912 | NSE: DEVGIRI)": several listings in one bracket.
    for (const part of content.split(/[;,|]/)) {
      const t = ticker.exec(part);
      const label = t?.[1]?.trim();
      if (t && label && !compiled.tickerLabels.has(label) && upper.test(label)) {
        const start = base + offset + part.indexOf(label);
        exchanges.push({
          start,
          end: start + label.length,
          rule: 'org:exchange',
          confidence: 0.85,
          priority: 3,
        });
      }
      offset += part.length + 1;
    }
    const trimmed = content.trim();
    const whole = wholeBracketName(trimmed, compiled);
    if (whole) {
      const start = base + content.indexOf(trimmed);
      const end = start + trimmed.length;
      definitions.push({ anchor: m.index, start, end, text: trimmed, generic: false, ...whole });
      continue;
    }
    const own: AliasDefinition[] = [];
    QUOTED.lastIndex = 0;
    for (let q = QUOTED.exec(content); q; q = QUOTED.exec(content)) {
      const inner = (q[1] ?? '').trim();
      if (!inner) continue;
      const start = base + q.index + q[0].indexOf(inner);
      // 'the "Company"', "the bank", "die Gesellschaft": generic references, not names.
      const article = /(?:^|\s)(?:the|die|der|das|la|le|el|il|l['’])\s*$/iu.test(
        content.slice(0, q.index),
      );
      // "「本公司」", "「本集团」": a CJK determiner makes the term generic ("this company").
      const generic =
        isLower(charAt(inner, 0)) ||
        article ||
        (compiled.rules.cjkDeterminers ?? '').includes(charAt(inner, 0)) ||
        compiled.descriptors.has(inner.toLowerCase()) ||
        compiled.suffixHeads.has(inner);
      own.push({
        anchor: m.index,
        start,
        end: start + inner.length,
        text: inner,
        generic,
        acronym: false,
      });
    }
    if (own.length === 0) own.push(...unquotedDefinitions(scan, m.index, base, content));
    // "(Karinya or the Project)": the name belongs to a project, not to an organization.
    if (own.some((d) => d.generic && nonOrgNoun(scan, d.text))) {
      for (const d of own) if (!d.generic) nonOrgNames.add(d.text);
      continue;
    }
    definitions.push(...own);
  }
  return { exchanges, definitions, nonOrgNames };
}

/** "(Coolabah or the Company)": a bare name and a generic reference without quotes. */
function unquotedDefinitions(
  scan: NameScan,
  anchor: number,
  base: number,
  content: string,
): AliasDefinition[] {
  const parts = content.split(ALTERNATIVES);
  if (parts.length < 2) return [];
  const bareName = BARE_NAME(scan.compiled.alphabet);
  const bareGeneric = BARE_GENERIC(scan.compiled.alphabet);
  const out: AliasDefinition[] = [];
  let from = 0;
  for (const raw of parts) {
    const part = raw.trim();
    const start = base + content.indexOf(part, from);
    from = start - base + part.length;
    const generic = bareGeneric.test(part);
    if (!generic && !bareName.test(part)) return [];
    out.push({ anchor, start, end: start + part.length, text: part, generic, acronym: false });
  }
  return out;
}

/** Whether a generic reference's noun names a thing, not an organization ("the Project"). */
function nonOrgNoun(scan: NameScan, phrase: string): boolean {
  const noun = phrase.split(/[\s'’]+/u).pop() ?? '';
  const capitalised = noun.charAt(0).toUpperCase() + noun.slice(1);
  return scan.compiled.nonOrgHeads.has(noun) || scan.compiled.nonOrgHeads.has(capitalised);
}

/**
 * The name an acronym stands for, found Schwartz-Hearst style: the acronym's
 * letters in order inside the preceding words, the first at a word start.
 *
 * @param scan - scan state
 * @param definition - an acronym definition
 * @return a candidate for the expansion, or null
 */
export function acronymExpansion(scan: NameScan, definition: AliasDefinition): Candidate | null {
  const { tokens, text, compiled } = scan;
  const acronym = definition.text.replace(NON_WORD(compiled.alphabet), '');
  const lastIdx = tokenBefore(scan, definition.anchor);
  if (lastIdx < 0) return null;
  const maxWords = Math.min(acronym.length + 5, acronym.length * 2);
  let firstIdx = lastIdx;
  while (firstIdx > 0 && lastIdx - firstIdx + 1 < maxWords) {
    const a = tokens[firstIdx - 1] as Token;
    const b = tokens[firstIdx] as Token;
    if (!spaceGap(scan, a.end, b.start)) break;
    firstIdx--;
  }
  const windowStart = (tokens[firstIdx] as Token).start;
  const long = text.slice(windowStart, (tokens[lastIdx] as Token).end);
  const offset = longFormStart(acronym, long);
  const headed = headLedName(scan, lastIdx);
  if (offset < 0 && headed < 0) return null;
  const start = offset < 0 ? (tokens[headed] as Token).start : windowStart + offset;
  const words = tokens.slice(firstIdx, lastIdx + 1).filter((t) => t.start >= start);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || words.length < 2 || !isNameWord(scan, first)) return null;
  // "l'Université du Québec à Chicoutimi (UQAC)": the elided article stays outside.
  const elision = first.text.length - withoutElision(first.text).length;
  if (compiled.nonOrgHeads.has(last.text) || compiled.roleWords.has(last.text)) return null;
  // "Plan de Interés General (PIGA)" starts with its head in head-first languages, and
  // "Strategic Interventions ... (SIGHT) programme" is followed by it: a plan, not a body.
  if (compiled.nonOrgHeads.has(first.text) || nonOrgAfter(scan, definition.end)) return null;
  const content = words.filter((w) => !isConnector(scan, w));
  const capitalised = content.filter((w) => isNameWord(scan, w)).length;
  if (capitalised / content.length < MIN_CAPITALISED && words[0] !== tokens[headed]) return null;
  return {
    start: first.start + elision,
    end: last.end,
    rule: 'org:acronym',
    confidence: 0.6,
    priority: 2,
  };
}

/** Share of capitalised content words an expansion needs without a head noun to start it. */
const MIN_CAPITALISED = 0.6;
/** Most words after the head of a name written in sentence case ("de contrôle prudentiel ..."). */
const MAX_SENTENCE_CASE_WORDS = 6;

/**
 * French and other head-first languages write institution names in sentence
 * case: "Autorité de contrôle prudentiel et de résolution (ACPR)", "Agence de
 * la transition écologique (ADEME)". Before an acronym in brackets, a
 * capitalised head noun followed only by complements, articles and ordinary
 * lower-case words is such a name: the head and the acronym are the two
 * pieces of evidence, so the acronym's letters need not match (ADEME keeps the
 * letters of an earlier name).
 *
 * @param scan - scan state
 * @param lastIdx - the token right before the bracket
 * @return the index of the head token, or -1
 */
function headLedName(scan: NameScan, lastIdx: number): number {
  const { tokens, compiled } = scan;
  for (let j = lastIdx; j >= 0 && lastIdx - j <= MAX_SENTENCE_CASE_WORDS; j--) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1];
    if (next && j < lastIdx && !spaceGap(scan, t.end, next.start)) return -1;
    const word = withoutElision(t.text);
    if (compiled.prefixHeads.has(word) && j < lastIdx) return j;
    const lowerWord = /^\p{Ll}/u.test(word) && !compiled.stopwords.has(word);
    if (!lowerWord && !compiled.complements.has(t.text) && !compiled.connectors.has(t.text))
      return -1;
  }
  return -1;
}

/** Whether the word after an acronym's bracket is a non-organization head ("programme"). */
function nonOrgAfter(scan: NameScan, acronymEnd: number): boolean {
  const m = /^\s*[)）]\s*(\p{L}+)/u.exec(scan.text.slice(acronymEnd, acronymEnd + 30));
  const word = m?.[1];
  if (!word) return false;
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  return scan.compiled.nonOrgHeads.has(word) || scan.compiled.nonOrgHeads.has(capitalised);
}

/**
 * Lower case without diacritics, one code unit per code unit: "à" matches the
 * "A" of "UQAC" ("Université du Québec à Chicoutimi").
 */
function fold(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase().split('')) {
    const base = ch.normalize('NFD')[0] ?? ch;
    out += base.length === 1 ? base : ch;
  }
  return out;
}

/** Fewest words of the name a contraction must take letters from: one word is a place. */
const CONTRACTION_WORDS = 2;

/**
 * Whether a word is a contraction of a name: its letters in order inside
 * the name, starting with the name's first letter and drawn from at least
 * two of its words ("Bancomext" from "Banco Nacional de Comercio Exterior").
 * "(Hamburg)" after "Hamburger Hafen AG" takes letters from one word only.
 *
 * @param short - the bracketed word
 * @param name - the name right before the bracket
 * @return true when the word contracts the name
 */
export function contracts(short: string, name: string): boolean {
  const s = fold(short);
  const n = fold(name);
  if (s[0] !== n[0]) return false;
  const words = new Set<number>();
  let word = 0;
  let i = 0;
  for (let j = 0; j < n.length && i < s.length; j++) {
    const ch = n[j] as string;
    if (ch === ' ') word++;
    else if (ch === s[i]) {
      words.add(word);
      i++;
    }
  }
  return i === s.length && words.size >= CONTRACTION_WORDS;
}

function longFormStart(short: string, long: string): number {
  let s = short.length - 1;
  let l = long.length - 1;
  const lowerLong = fold(long);
  const lowerShort = fold(short);
  while (s >= 0) {
    const c = lowerShort[s] ?? '';
    if (!isAlphanumeric(c)) {
      s--;
      continue;
    }
    while (
      l >= 0 &&
      (lowerLong[l] !== c || (s === 0 && l > 0 && isAlphanumeric(long[l - 1] ?? '')))
    )
      l--;
    if (l < 0) return -1;
    l--;
    s--;
  }
  return long.lastIndexOf(' ', l) + 1;
}
