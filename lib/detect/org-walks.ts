/**
 * Walking across a name token by token: left from a legal form or head noun
 * over capitalised words and connectors, right from a head over its
 * complement ("Government of Ontario", "Ministerium für Wirtschaft,
 * Tourismus und Forsten des Landes Sachsen-Anhalt").
 */
import { charAt, isUpper } from './alphabet';
import {
  bare,
  isConnector,
  isDescriptor,
  isNameWord,
  isPossessive,
  isShortLowerWord,
  type NameScan,
  spaceGap,
  type Token,
} from './tokens';

/** Longest walk, in tokens: names longer than this are rare and runaway walks are not. */
const MAX_NAME_TOKENS = 10;
/** Most items in a comma list inside a name ("für Wirtschaft, Tourismus, ... und Forsten"). */
const MAX_LIST_ITEMS = 6;

/** The end of a name walk: last token index and the char offset where the name ends. */
export interface WalkEnd {
  last: number;
  end: number;
}

const endOf = (t: Token) => t.start + bare(t).length;

/**
 * Extends a name to the left over capitalised words and connectors.
 *
 * @param scan - scan state
 * @param first - index of the leftmost token already in the name
 * @param connectors - whether "and", "of" may join name parts on the way
 * @return index of the new leftmost token (`first` when nothing was added)
 */
export function walkLeft(scan: NameScan, first: number, connectors = true): number {
  const { tokens, compiled } = scan;
  let start = first;
  let j = first - 1;
  while (j >= 0 && first - j < MAX_NAME_TOKENS) {
    const t = tokens[j] as Token;
    const right = tokens[start] as Token;
    if (!spaceGap(scan, t.end, right.start) || isDescriptor(scan, t)) break;
    if (isPossessive(t)) {
      // "Queen’s University" starts with a possessive; "Department of Energy's Office" does not.
      const before = tokens[j - 1];
      const joined =
        before !== undefined &&
        spaceGap(scan, before.end, t.start) &&
        (isNameWord(scan, before) || compiled.complements.has(before.text));
      if (!joined && isNameWord(scan, t)) start = j;
      break;
    }
    if (isNameWord(scan, t)) {
      start = j;
      j--;
      continue;
    }
    if (connectors && isConnector(scan, t)) {
      const k = tokens[j - 1];
      if (
        k &&
        spaceGap(scan, k.end, t.start) &&
        isNameWord(scan, k) &&
        !isPossessive(k) &&
        !isDescriptor(scan, k)
      ) {
        start = j - 1;
        j -= 2;
        continue;
      }
    }
    break;
  }
  return start;
}

/** Options for {@link walkRight}. */
export interface RightWalkOptions {
  /** The head takes a bare name ("Stadt Sangerhausen"), not only a complement. */
  bareName: boolean;
  /** Comma lists may continue the complement (ministries). */
  lists: boolean;
}

/**
 * Extends a head to the right over its complement and the name that follows.
 *
 * @param scan - scan state
 * @param head - index of the head token
 * @param options - what the head accepts
 * @return where the name ends, or null when no name follows the head
 */
export function walkRight(scan: NameScan, head: number, options: RightWalkOptions): WalkEnd | null {
  const { tokens, compiled } = scan;
  const h = tokens[head] as Token;
  if (isPossessive(h)) return null;
  let j = head + 1;
  const first = tokens[j];
  if (!first || !spaceGap(scan, h.end, first.start)) return null;
  // "Commission européenne", "Banque centrale européenne": lower-case adjectives complete a name.
  let adjectives = 0;
  while (
    tokens[j] &&
    compiled.nameAdjectives.has((tokens[j] as Token).text) &&
    spaceGap(scan, (tokens[j - 1] as Token).end, (tokens[j] as Token).start)
  ) {
    j++;
    adjectives++;
  }
  if (adjectives > 0 && !(tokens[j] && compiled.complements.has((tokens[j] as Token).text))) {
    const last = tokens[j - 1] as Token;
    return { last: j - 1, end: last.end };
  }
  // "Universidad Tecnológica de Coahuila", "Bolsa Mexicana de Valores": capitalised
  // adjectives between the head and its complement. The complement and the name after it
  // are the second piece of evidence, so a bare capitalised word does not qualify.
  if (adjectives === 0 && !options.bareName) j = capitalisedAdjectives(scan, j);
  const lead = tokens[j] as Token | undefined;
  if (lead && compiled.complements.has(lead.text)) {
    j++;
    const article = tokens[j];
    const after = tokens[j + 1];
    // "Ministry of the Interior", "Ministère de la Culture": a short lower-case article.
    if (article && after && isShortLowerWord(article.text) && isNameWord(scan, after)) j++;
  } else if (!options.bareName) {
    return null;
  }
  if (!lead) return null;
  const name = tokens[j];
  const prev = tokens[j - 1] as Token;
  if (
    !name ||
    !spaceGap(scan, prev.end, name.start) ||
    !isNameWord(scan, name) ||
    isDescriptor(scan, name)
  ) {
    return null;
  }
  let last = j;
  let end = endOf(name);
  if (isPossessive(name)) return { last, end };
  j++;
  let genitiveUsed = false;
  while (j < tokens.length && j - head < MAX_NAME_TOKENS * 2) {
    const t = tokens[j] as Token;
    const p = tokens[last] as Token;
    const next = tokens[j + 1];
    if (spaceGap(scan, p.end, t.start)) {
      if (isNameWord(scan, t) && !isDescriptor(scan, t)) {
        last = j;
        end = endOf(t);
        if (isPossessive(t)) break;
        j++;
        continue;
      }
      // "und Klimaschutz", "et des Finances": one or two connectors, then a name word
      // that does not start another company's name ("and Fraport AG").
      let k =
        next && compiled.complements.has(next.text) && spaceGap(scan, t.end, next.start)
          ? j + 2
          : j + 1;
      // "... y Ahorro de la Energía": a complement may bring its article along.
      const article = tokens[k];
      if (
        compiled.complements.has(t.text) &&
        article &&
        isShortLowerWord(article.text) &&
        tokens[k + 1] &&
        spaceGap(scan, (tokens[k - 1] as Token).end, article.start)
      )
        k++;
      const after = tokens[k];
      const joined = tokens[k - 1] as Token;
      const newName =
        after !== undefined && (startsLegalName(scan, k) || compiled.prefixHeads.has(after.text));
      if (
        isConnector(scan, t) &&
        after &&
        spaceGap(scan, joined.end, after.start) &&
        isNameWord(scan, after) &&
        !newName
      ) {
        last = k;
        end = endOf(after);
        if (isPossessive(after)) break;
        j = k + 1;
        continue;
      }
      if (!genitiveUsed && compiled.genitives.has(t.text)) {
        const g = genitiveEnd(scan, j + 1);
        if (g) {
          genitiveUsed = true;
          ({ last, end } = g);
          j = last + 1;
          continue;
        }
      }
    } else if (
      options.lists &&
      scan.text.slice(p.end, t.start) === ', ' &&
      isNameWord(scan, tokens[afterComplement(scan, j)] as Token)
    ) {
      const closed = listEnd(scan, j);
      if (closed) {
        ({ last, end } = closed);
        j = last + 1;
        continue;
      }
    }
    break;
  }
  return { last, end };
}

/** Most capitalised adjectives between a head and its complement ("Nacional de Comercio"). */
const MAX_HEAD_ADJECTIVES = 2;

/**
 * Skips capitalised words after a head when a complement and a name word
 * follow them: "Tecnológica" in "Universidad Tecnológica de Coahuila".
 *
 * @param scan - scan state
 * @param from - index of the token after the head
 * @return index of the complement, or `from` when the words do not lead to one
 */
function capitalisedAdjectives(scan: NameScan, from: number): number {
  const { tokens, compiled } = scan;
  let j = from;
  while (j - from < MAX_HEAD_ADJECTIVES) {
    const t = tokens[j];
    const p = tokens[j - 1];
    if (!t || !p || !spaceGap(scan, p.end, t.start) || !isNameWord(scan, t)) break;
    if (isDescriptor(scan, t) || isPossessive(t) || compiled.complements.has(t.text)) break;
    j++;
  }
  const complement = tokens[j];
  const name = tokens[j + 1];
  const last = tokens[j - 1] as Token;
  if (
    j === from ||
    !complement ||
    !compiled.complements.has(complement.text) ||
    !spaceGap(scan, last.end, complement.start) ||
    !name ||
    !spaceGap(scan, complement.end, name.start) ||
    !(isNameWord(scan, name) || isShortLowerWord(name.text))
  )
    return from;
  return j;
}

/** The index after a complement that a name word follows ("de" in "de l'Énergie"), else `at`. */
function afterComplement(scan: NameScan, at: number): number {
  const t = scan.tokens[at];
  const next = scan.tokens[at + 1];
  if (!t || !next || !scan.compiled.complements.has(t.text)) return at;
  return spaceGap(scan, t.end, next.start) && isNameWord(scan, next) ? at + 1 : at;
}

/** Whether the name words from token `from` on end in a legal form ("Fraport AG"). */
export function startsLegalName(scan: NameScan, from: number): boolean {
  const { tokens } = scan;
  for (let j = from; j < tokens.length && j - from < MAX_NAME_TOKENS; j++) {
    const t = tokens[j] as Token;
    if (scan.legal[t.start]) return j > from;
    const next = tokens[j + 1];
    if (!isNameWord(scan, t) || !next || !spaceGap(scan, t.end, next.start)) return false;
  }
  return false;
}

/** Whether a token is, or starts with, a head noun ("Landes" for "Land", "Partei"). */
export function looksLikeHead(scan: NameScan, token: Token): boolean {
  const { compiled } = scan;
  const word = bare(token);
  const lowerWord = word.toLowerCase();
  if (compiled.suffixHeads.has(word) || compiled.prefixHeads.has(word)) return true;
  for (const head of compiled.bareNameHeads) {
    if (word === head || word === `${head}es` || word === `${head}s`) return true;
  }
  return compiled.compoundHeads.some((c) => lowerWord.endsWith(c) && isUpper(charAt(word, 0)));
}

/** A genitive continuation that names an institution: "des Landes Sachsen-Anhalt". */
function genitiveEnd(scan: NameScan, from: number): WalkEnd | null {
  const { tokens } = scan;
  let j = from;
  let last = -1;
  let end = 0;
  let hasHead = false;
  while (j < tokens.length && j - from < 5) {
    const t = tokens[j] as Token;
    const p = tokens[j - 1] as Token;
    if (!spaceGap(scan, p.end, t.start) || !isNameWord(scan, t)) break;
    hasHead ||= looksLikeHead(scan, t);
    last = j;
    end = endOf(t);
    if (isPossessive(t)) break;
    j++;
  }
  return last >= 0 && hasHead ? { last, end } : null;
}

/** A comma list closed by a connector: ", Tourismus, Landwirtschaft und Forsten". */
function listEnd(scan: NameScan, from: number): WalkEnd | null {
  const { tokens, text } = scan;
  let j = from;
  for (let items = 0; items < MAX_LIST_ITEMS; items++) {
    // "ministère de l'Économie, de l'Innovation et de l'Énergie": an item may repeat the
    // complement.
    j = afterComplement(scan, j);
    // One item: one to three name words.
    let k = j;
    while (k + 1 < tokens.length && k - j < 2) {
      const a = tokens[k] as Token;
      const b = tokens[k + 1] as Token;
      if (spaceGap(scan, a.end, b.start) && isNameWord(scan, b)) k++;
      else break;
    }
    const itemEnd = tokens[k] as Token;
    const next = tokens[k + 1];
    if (!next) return null;
    if (
      text.slice(itemEnd.end, next.start) === ', ' &&
      isNameWord(scan, tokens[afterComplement(scan, k + 1)] as Token)
    ) {
      j = k + 1;
      continue;
    }
    const afterIndex = afterComplement(scan, k + 2);
    const after = tokens[afterIndex];
    if (
      spaceGap(scan, itemEnd.end, next.start) &&
      scan.compiled.connectors.has(next.text) &&
      after &&
      spaceGap(scan, (tokens[afterIndex - 1] as Token).end, after.start) &&
      isNameWord(scan, after)
    ) {
      let last = afterIndex;
      while (last + 1 < tokens.length) {
        const a = tokens[last] as Token;
        const b = tokens[last + 1] as Token;
        if (last - k >= 4 || !spaceGap(scan, a.end, b.start) || !isNameWord(scan, b)) break;
        last++;
      }
      return { last, end: endOf(tokens[last] as Token) };
    }
    return null;
  }
  return null;
}
