/**
 * Words for the full-text index, and the same folding for queries, so that
 * what is indexed and what is asked for always meet. Pure: no Dexie, no DOM.
 *
 * Text is folded (NFKC, lower case, accents dropped outside CJK) and cut
 * into runs of letters and digits. Scripts written without spaces (Han,
 * kana) have no words to cut, so their runs are indexed as overlapping
 * character pairs ("零碳产业" -> 零碳, 碳产, 产业) plus the run's last
 * character alone, so that every character of the run starts some key and a
 * one-character query still finds it by prefix.
 */

/** Scripts without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A run of letters, marks and digits (what a word is made of in any script). */
const RUN = /[\p{L}\p{M}\p{N}]+/gu;
/** Splits a run into CJK and non-CJK stretches ("catl宁德时代2030"). */
const STRETCH =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
/**
 * Longer words are indexed by their first 40 characters: an index key per
 * URL-like or chemical-name monster costs space and nobody types it whole;
 * a query term is cut the same way, so it still finds them.
 */
export const MAX_WORD = 40;

/** How a query term is looked up in the index. */
export interface QueryKey {
  /** An index key (word, character pair or single character). */
  value: string;
  /** True: every key starting with `value` matches. */
  prefix: boolean;
}

/** One thing the user asked for; every term must match. */
export interface QueryTerm {
  /** `word`: a whole word (prefix for the last one); `cjk`: a substring of CJK text. */
  kind: 'word' | 'cjk';
  /** The folded term. */
  text: string;
  /** Index keys whose records may contain the term (all of them must be present). */
  keys: QueryKey[];
}

const stripMarks = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');

/**
 * Folds text for search: NFKC, lower case, and without accents outside CJK
 * ("Lösungen" and "losungen" meet; kana keep their voicing marks).
 *
 * @param text - Any text.
 * @return The folded text.
 */
export function foldText(text: string): string {
  const lower = text.normalize('NFKC').toLowerCase();
  return lower.replace(STRETCH, (s) => (CJK.test(s) ? s : stripMarks(s)));
}

/** Calls `visit` for each stretch of folded text: words and CJK runs. */
function eachStretch(folded: string, visit: (stretch: string, cjk: boolean) => void): void {
  for (const run of folded.match(RUN) ?? []) {
    for (const stretch of run.match(STRETCH) ?? []) visit(stretch, CJK.test(stretch));
  }
}

/** Character pairs of a CJK run, then its last character (code points, not UTF-16 units). */
function pairs(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  out.push(chars[chars.length - 1]!);
  return out;
}

const cut = (word: string) => [...word].slice(0, MAX_WORD).join('');

/**
 * The index keys of a text: its distinct folded words and CJK character pairs.
 *
 * @param text - Quote, note and tags, joined by any separator.
 * @return Distinct keys, in order of first occurrence.
 */
export function tokenize(text: string): string[] {
  const keys = new Set<string>();
  eachStretch(foldText(text), (stretch, cjk) => {
    if (cjk) for (const p of pairs(stretch)) keys.add(p);
    else keys.add(cut(stretch));
  });
  return [...keys];
}

/**
 * Parses what the user typed into terms. The last word is matched as a
 * prefix (results appear while typing); a CJK run must occur as typed.
 *
 * @param text - The query.
 * @return Terms, every one of which a result must contain; empty for no words.
 */
export function parseQuery(text: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  eachStretch(foldText(text), (stretch, cjk) => {
    if (cjk) {
      const chars = [...stretch];
      const keys =
        chars.length === 1
          ? [{ value: stretch, prefix: true }]
          : pairs(stretch)
              .slice(0, -1)
              .map((value) => ({ value, prefix: false }));
      terms.push({ kind: 'cjk', text: stretch, keys });
    } else {
      const word = cut(stretch);
      terms.push({ kind: 'word', text: word, keys: [{ value: word, prefix: false }] });
    }
  });
  const last = terms[terms.length - 1];
  if (last?.kind === 'word') last.keys = [{ value: last.text, prefix: true }];
  return terms;
}

/**
 * Whether a text contains every term: whole words (the last as a prefix)
 * and CJK runs as substrings. The index only narrows the candidates; this
 * decides.
 *
 * @param text - The record's searchable text (unfolded).
 * @param terms - From {@link parseQuery}.
 * @return True when all terms occur.
 */
export function matchesTerms(text: string, terms: readonly QueryTerm[]): boolean {
  if (terms.length === 0) return false;
  const folded = foldText(text);
  const words = new Set<string>();
  eachStretch(folded, (stretch, cjk) => {
    if (!cjk) words.add(cut(stretch));
  });
  return terms.every((term) => {
    if (term.kind === 'cjk') return folded.includes(term.text);
    if (!term.keys[0]?.prefix) return words.has(term.text);
    for (const w of words) if (w.startsWith(term.text)) return true;
    return false;
  });
}
