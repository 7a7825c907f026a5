/**
 * Organization candidates in space-separated scripts: names ending in a
 * legal form, names built around a head noun ("European Investment Bank",
 * "Government of Ontario", "Bundesministerium für ..."), and names
 * introduced by a descriptor ("campaign group Climate Finance Watch").
 */
import { charAt, isUpper } from './alphabet';
import type { Candidate } from './candidates';
import { looksLikeHead, walkLeft, walkRight } from './org-walks';
import { perAlphabet } from './patterns';
import {
  bare,
  isDescriptor,
  isNameWord,
  isPossessive,
  isShortLowerWord,
  type NameScan,
  spaceGap,
  type Token,
  withoutElision,
} from './tokens';

/** Confidence per rule: legal forms are near-certain, descriptors guess more. */
const CONFIDENCE = { legal: 0.95, head: 0.8, descriptor: 0.7 } as const;
/** A line this upper-case is a shouted disclaimer: legal-form letters there are words. */
const SHOUTED_LINE = 0.8;
const ALL_UPPER = perAlphabet(String.raw`^\p{Lu}+$`);
/** "Sachsen-Anhalt", "Baden-Württemberg": a hyphenated name. */
const HYPHENATED = perAlphabet(String.raw`^\p{Lu}[\p{L}\p{N}]+-\p{Lu}`);
const LOWER = perAlphabet(String.raw`\p{Ll}`);
const LETTERS = perAlphabet(String.raw`\p{L}`, 'g');

/**
 * Finds names that end in a legal form, and marks the legal forms in the scan.
 *
 * @param scan - scan state (its legal-form mask is filled in)
 * @return candidates with `legal: true`
 */
export function legalFormCandidates(scan: NameScan): Candidate[] {
  const { text, compiled, tokens } = scan;
  const matches: { start: number; end: number }[] = [];
  compiled.legalForms.lastIndex = 0;
  const shouted = new Map<number, boolean>();
  const allUpper = ALL_UPPER(compiled.alphabet);
  for (let m = compiled.legalForms.exec(text); m; m = compiled.legalForms.exec(text)) {
    // Only short upper-case forms ("AG", "AS") can be ordinary words in a shouted line.
    if (m[0].length <= 4 && allUpper.test(m[0])) {
      const line = text.lastIndexOf('\n', m.index) + 1;
      if (!shouted.has(line)) shouted.set(line, shoutedLine(scan, line, m.index));
      if (shouted.get(line)) continue;
    }
    matches.push({ start: m.index, end: m.index + m[0].length });
    scan.legal.fill(1, m.index, m.index + m[0].length);
  }
  const out: Candidate[] = [];
  for (const m of matches) {
    const prev = tokenBefore(scan, m.start);
    if (prev < 0) continue;
    const t = tokens[prev] as Token;
    const gap = text.slice(t.end, m.start);
    if (!/^,?[ \u00a0]+$/.test(gap) && !(gap === '' && text[m.start] === '&')) continue;
    if (!isNameWord(scan, t) || isPossessive(t)) continue;
    const first = cutAtPublicBody(scan, walkLeft(scan, prev), prev);
    out.push({
      start: (tokens[first] as Token).start,
      end: m.end,
      rule: 'org:legal-form',
      confidence: CONFIDENCE.legal,
      priority: 5,
      legal: true,
    });
  }
  return out;
}

/**
 * Finds names built around a head noun, before ("Government of Ontario")
 * or after ("Louisiana State University") the rest of the name.
 *
 * @param scan - scan state
 * @return candidates with rule "org:government" or "org:head"
 */
export function headCandidates(scan: NameScan): Candidate[] {
  const { tokens, compiled } = scan;
  const out: Candidate[] = [];
  const compoundHead =
    compiled.compoundHeads.length > 0
      ? new RegExp(`(?:${compiled.compoundHeads.join('|')})$`, 'iu')
      : null;
  const hyphenated = HYPHENATED(compiled.alphabet);
  tokens.forEach((t, i) => {
    if (scan.legal[t.start]) return;
    // "l’IUT de Rodez", "l'Université du Québec": the elided article is no part of the name.
    const written = bare(t);
    const unelided = withoutElision(written);
    const elision = written.length - unelided.length;
    const lowerHead = compiled.lowerCaseHeads.has(unelided);
    const c = unelided[0] ?? '';
    if (c === c.toLowerCase() && !lowerHead) return; // heads are capitalised
    const word = inflectedHead(scan, unelided) ?? unelided;
    if (isDescriptor(scan, t) || compiled.roleWords.has(word)) return;
    const compound = !lowerHead && (compoundHead?.test(word) ?? false);
    const isSuffix = (compiled.suffixHeads.has(word) || compound) && elision === 0 && !lowerHead;
    const isPrefix =
      lowerHead || compiled.prefixHeads.has(word) || compiled.bareNameHeads.has(word) || compound;
    if (!isSuffix && !isPrefix) return;
    const asWritten = lowerHead ? capitalised(word) : word;
    const rule = isGovernment(scan, asWritten) ? 'org:government' : 'org:head';
    if (isPrefix) {
      const right = walkRight(scan, i, {
        bareName: compiled.bareNameHeads.has(word) && !lowerHead,
        lists: /minist|department|ministère|ministerio/i.test(word),
      });
      if (right && !(compiled.placeHeads.has(word) && afterLocative(scan, i))) {
        // A head that opens its name takes only adjectives before it ("Hessian Ministry
        // of ..."): across "y"/"del" lies another phrase ("Energía y Minas del Gobierno de
        // Aragón" is a department of the "Gobierno de Aragón").
        const first = elision > 0 || lowerHead ? i : walkLeft(scan, i, false);
        out.push({
          start: first === i ? t.start + elision : (tokens[first] as Token).start,
          end: right.end,
          rule,
          confidence: CONFIDENCE.head,
          priority: 3,
        });
      }
    }
    if (isSuffix) {
      const first = walkLeft(scan, i);
      const hyphenName = hyphenated.test(word);
      // The head must end the name: "Securities Exchange Act" is a law, not an exchange.
      const next = tokens[i + 1];
      const continues =
        next !== undefined &&
        spaceGap(scan, t.end, next.start) &&
        isNameWord(scan, next) &&
        !isPossessive(t);
      if (
        !continues &&
        (first < i ||
          (hyphenName && !looksLikeHead(scan, { ...t, text: word.split('-')[0] ?? '' })))
      ) {
        out.push({
          start: (tokens[first] as Token).start,
          end: t.start + word.length,
          rule,
          confidence: CONFIDENCE.head,
          priority: 3,
        });
      }
    }
  });
  return out;
}

/**
 * Finds names that follow a descriptor noun ("association Transport en
 * Logistiek Nederland", "Reederei Hanseatic").
 *
 * @param scan - scan state
 * @return candidates with rule "org:descriptor"
 */
export function descriptorCandidates(scan: NameScan): Candidate[] {
  const { tokens, compiled } = scan;
  const maxTokens = compiled.rules.capitalisedNouns ? 3 : 5;
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (!isDescriptor(scan, t)) return;
    let last = -1;
    for (let j = i + 1; j < tokens.length && j - i <= maxTokens; j++) {
      const cur = tokens[j] as Token;
      const prev = tokens[j - 1] as Token;
      if (!spaceGap(scan, prev.end, cur.start) || !isNameWord(scan, cur) || isDescriptor(scan, cur))
        break;
      last = j;
      if (isPossessive(cur)) break;
    }
    if (last < 0) return;
    const lastToken = tokens[last] as Token;
    const after = tokens[last + 1];
    // German capitalises every noun: only accept a name that ends the phrase.
    if (
      compiled.rules.capitalisedNouns &&
      after &&
      spaceGap(scan, lastToken.end, after.start) &&
      isUpper(charAt(after.text, 0))
    ) {
      return;
    }
    out.push({
      start: (tokens[i + 1] as Token).start,
      end: lastToken.start + bare(lastToken).length,
      rule: 'org:descriptor',
      confidence: CONFIDENCE.descriptor,
      priority: 2,
    });
  });
  return out;
}

/**
 * The head inside an inflected word: "Egyetemmel" -> "Egyetem",
 * "Minisztériumban" -> "Minisztérium". Only known heads are stripped, so an
 * ordinary word that happens to end like a case ending stays whole.
 *
 * @param scan - scan state (case endings and heads)
 * @param word - the word
 * @return the head, or null when the word is no inflected head
 */
export function inflectedHead(scan: NameScan, word: string): string | null {
  const { caseEndings, suffixHeads, compoundHeads } = scan.compiled;
  for (const ending of caseEndings) {
    if (!word.endsWith(ending) || word.length <= ending.length + 2) continue;
    const cut = word.slice(0, -ending.length).replace(/-$/u, '');
    // Hungarian lengthens a final vowel before an ending: "Tőzsdén" is "Tőzsde" + "n".
    for (const stem of [cut, cut.replace(/á$/u, 'a').replace(/é$/u, 'e')]) {
      const lower = stem.toLowerCase();
      if (suffixHeads.has(stem) || compoundHeads.some((h) => lower.endsWith(h))) return stem;
    }
  }
  return null;
}

/** "ministère" -> "Ministère": a lower-case head as the head lists write it. */
function capitalised(word: string): string {
  const first = charAt(word, 0);
  return first.toUpperCase() + word.slice(first.length);
}

/**
 * Whether a head word names a government body.
 *
 * @param scan - scan state
 * @param word - the head word
 * @return true for "Government", "Provinzregierung", "Stadt"
 */
export function isGovernment(scan: NameScan, word: string): boolean {
  const lowerWord = word.toLowerCase();
  return scan.compiled.governmentHeads.some((g) =>
    g === g.toLowerCase() ? lowerWord.endsWith(g) : word === g,
  );
}

/**
 * "Hessian Ministry of Economics and Fraport AG": a ministry has no legal form,
 * so a conjunction after a public body starts another name.
 */
function cutAtPublicBody(scan: NameScan, first: number, last: number): number {
  const { tokens, compiled } = scan;
  const and = compiled.rules.connectors[0];
  for (let j = last; j > first; j--) {
    const t = tokens[j] as Token;
    if (t.text !== and && t.text !== 'and') continue;
    const left = tokens.slice(first, j);
    if (left.some((w) => isGovernment(scan, bare(w)) && isUpper(charAt(w.text, 0)))) return j + 1;
  }
  return first;
}

/** "in der Provinz Henan", "in the City of X": a locative before a territorial head. */
function afterLocative(scan: NameScan, head: number): boolean {
  const { tokens, compiled } = scan;
  let j = head - 1;
  const article = tokens[j];
  if (article && isShortLowerWord(article.text) && !compiled.locatives.has(article.text)) j--;
  const prep = tokens[j];
  return prep !== undefined && compiled.locatives.has(prep.text.toLowerCase());
}

/** Index of the last token ending at or before `offset`, or -1. */
export function tokenBefore(scan: NameScan, offset: number): number {
  const { tokens } = scan;
  let lo = 0;
  let hi = tokens.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function shoutedLine(scan: NameScan, from: number, offset: number): boolean {
  const { text, compiled } = scan;
  // Lower case right around the match settles it without counting the whole line.
  if (LOWER(compiled.alphabet).test(text.slice(Math.max(from, offset - 30), offset + 30)))
    return false;
  let to = text.indexOf('\n', offset);
  if (to < 0) to = text.length;
  const letters = text.slice(from, to).match(LETTERS(compiled.alphabet)) ?? [];
  if (letters.length < 20) return false;
  const upper = letters.filter((c) => isUpper(c)).length;
  return upper / letters.length >= SHOUTED_LINE;
}
