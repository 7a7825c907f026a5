/**
 * Organization candidates in Chinese and Japanese text: a name ends in a
 * suffix (有限公司, 人民政府, 大学, 銀行) or starts with a legal form
 * (株式会社), and its other edge is punctuation, a particle, a boundary
 * word (与, 签署) or the start of the line.
 */
import type { Candidate } from './candidates';
import type { CompiledRules } from './compiled';

/** Longest left part of a name, in characters: longer runs are sentences, not names. */
const MAX_LEFT = 18;
/** Shortest left part: "公司" alone is the generic "the company". */
const MIN_LEFT = 2;
/** Latin capitals count too: "白鷺大洋SAFサプライ合同会社", "NTTドコモ". */
const NAME_CHAR = /[\p{Script=Han}\p{Script=Katakana}ーA-Z]/u;

/**
 * Finds CJK organization names.
 *
 * @param text - the article text
 * @param compiled - the language's compiled rules (suffixes, boundaries)
 * @return candidates with rule "org:suffix" or "org:government"
 */
export function cjkCandidates(text: string, compiled: CompiledRules): Candidate[] {
  const out: Candidate[] = [];
  const { cjkSuffixes, cjkPrefixes, rules } = compiled;
  if (cjkSuffixes) {
    cjkSuffixes.lastIndex = 0;
    for (let m = cjkSuffixes.exec(text); m; m = cjkSuffixes.exec(text)) {
      const end = m.index + m[0].length;
      if (rules.cjkSuffixNeedsBoundary && NAME_CHAR.test(text[end] ?? '')) continue;
      // "本集团", "该公司": a determiner makes the suffix a generic reference.
      if (rules.cjkDeterminers?.includes(text[m.index - 1] ?? '')) continue;
      const start = leftEdge(text, m.index, compiled);
      if (m.index - start < MIN_LEFT && !levelName(text, start, m, compiled)) continue;
      if (
        rules.cjkLevelSuffixes?.includes(m[0]) &&
        !(rules.cjkLevelChars ?? '').includes(text[start] ?? '')
      )
        continue;
      // "全球领先的新能源创新科技公司" describes; names do not follow 的.
      if (text[start - 1] === '的') continue;
      const government = rules.governmentHeads.some((g) => m?.[0].endsWith(g));
      out.push({
        start,
        end,
        rule: government ? 'org:government' : 'org:suffix',
        confidence: 0.85,
        priority: 3,
        legal: /公司|会社/.test(m[0]),
      });
    }
  }
  if (cjkPrefixes) {
    cjkPrefixes.lastIndex = 0;
    for (let m = cjkPrefixes.exec(text); m; m = cjkPrefixes.exec(text)) {
      let end = m.index + m[0].length;
      while (
        end < text.length &&
        end - m.index < MAX_LEFT + m[0].length &&
        ((NAME_CHAR.test(text[end] ?? '') && !boundaryChar(text[end] ?? '', compiled)) ||
          joinsNameParts(text, end))
      ) {
        end++;
      }
      if (end - (m.index + m[0].length) < MIN_LEFT) continue;
      out.push({
        start: m.index,
        end,
        rule: 'org:legal-form',
        confidence: 0.9,
        priority: 5,
        legal: true,
      });
    }
  }
  return out;
}

/** A middle dot between two name parts ("新エネルギー・産業技術総合開発機構") joins them. */
function joinsNameParts(text: string, at: number): boolean {
  return (
    text[at] === '・' && NAME_CHAR.test(text[at - 1] ?? '') && NAME_CHAR.test(text[at + 1] ?? '')
  );
}

/** Shortest suffix after a one-character level (省能源局): "省局" alone names nothing. */
const MIN_LEVEL_SUFFIX = 3;

/** "省能源局", "省发展改革委": a level of government before a long suffix is a name. */
function levelName(
  text: string,
  start: number,
  m: RegExpExecArray,
  compiled: CompiledRules,
): boolean {
  const levels = compiled.rules.cjkLevelChars ?? '';
  return (
    m.index - start === 1 && levels.includes(text[start] ?? '') && m[0].length >= MIN_LEVEL_SUFFIX
  );
}

/** Most characters of a place in brackets inside a company name: "恒川新材料（江门）有限公司". */
const MAX_BRACKETED_PLACE = 6;

/** Where a bracketed place right before a suffix starts, or -1 when there is none. */
function bracketedPlace(text: string, at: number): number {
  if (text[at - 1] !== '）' && text[at - 1] !== ')') return -1;
  const open = Math.max(text.lastIndexOf('（', at), text.lastIndexOf('(', at));
  const inner = text.slice(open + 1, at - 1);
  if (open < 0 || inner.length === 0 || inner.length > MAX_BRACKETED_PLACE) return -1;
  if (!/^\p{Script=Han}+$/u.test(inner) || !NAME_CHAR.test(text[open - 1] ?? '')) return -1;
  return open;
}

function boundaryChar(ch: string, compiled: CompiledRules): boolean {
  return (compiled.rules.cjkBoundaryChars ?? '').includes(ch);
}

/** Walks left from a suffix to the start of the name. */
function leftEdge(text: string, suffixStart: number, compiled: CompiledRules): number {
  const parts = compiled.rules.cjkNameParts ?? [];
  const words = compiled.rules.cjkBoundaryWords ?? [];
  const place = bracketedPlace(text, suffixStart);
  let i = place >= 0 ? place : suffixStart;
  while (i > 0 && suffixStart - i < MAX_LEFT) {
    const part = parts.find((p) => text.endsWith(p, i));
    if (part) {
      i -= part.length;
      continue;
    }
    const ch = text[i - 1] ?? '';
    if (!NAME_CHAR.test(ch) || boundaryChar(ch, compiled)) break;
    if (words.some((w) => text.endsWith(w, i))) break;
    i--;
  }
  return i;
}
