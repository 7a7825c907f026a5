/**
 * The user's watch list: organization names that must always be detected,
 * every alias mapping to the entry's name as the entity.
 */

import { type Alphabet, UNICODE_ALPHABET } from './alphabet';
import type { Candidate } from './candidates';
import { CJK_CHAR, compile, escapeRegExp } from './patterns';

/** One organization the user wants found, under any of its names. */
export interface WatchListEntry {
  name: string;
  aliases: string[];
}

/** Names this short are matched case-sensitively: "SEB" is not "seb". */
const CASE_SENSITIVE_BELOW = 5;

/**
 * Finds every occurrence of the watched names.
 *
 * @param text - the article text
 * @param entries - the user's watch list
 * @param alphabet - the text's alphabet (see alphabet.ts)
 * @return candidates with rule "org:watch-list" and the entry's name as entity
 */
export function watchListCandidates(
  text: string,
  entries: readonly WatchListEntry[],
  alphabet: Alphabet = UNICODE_ALPHABET,
): Candidate[] {
  const out: Candidate[] = [];
  for (const entry of entries) {
    const forms = [entry.name, ...entry.aliases].map((f) => f.trim()).filter((f) => f.length > 0);
    for (const form of forms) {
      const cjk = CJK_CHAR.test(form);
      const body = escapeRegExp(form).replace(/\s+/g, '\\s+');
      const source = cjk ? body : `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
      const re = compile(source, form.length < CASE_SENSITIVE_BELOW ? 'g' : 'gi', alphabet);
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          rule: 'org:watch-list',
          confidence: 1,
          priority: 10,
          entity: entry.name,
        });
      }
    }
  }
  return out;
}
