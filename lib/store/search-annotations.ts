/**
 * Full-text search over the `*words` index. Each query key's record ids are
 * sampled from the index (keys only, never a count: IndexedDB counts by
 * walking the index, so counting "the" costs as much as reading its ids);
 * the rarest key's ids are the candidates, narrowed by every other key
 * whose ids are already in hand, then read in id order and checked against
 * the whole query (words, last word as prefix, CJK runs as substrings).
 * Results come a window at a time: `next` is the last id examined, and the
 * next call starts after it.
 */
import { searchableText } from '../library/searchable';
import { matchesTerms, parseQuery, type QueryKey, type QueryTerm } from '../library/tokenize';
import type { Annotation } from '../model';
import type { PressmarkDb } from './db';

/** Records read per round while checking candidates. */
const READ_CHUNK = 200;

/** How the search trades index reads against record reads. */
export interface SearchTuning {
  /**
   * Ids sampled per key: enough to tell a rare word from a common one (and
   * to hold all ids of a rare one), a few milliseconds for any word.
   */
  sample: number;
  /**
   * Candidates worth narrowing with a common word's whole id list: reading
   * a record costs about as much as reading twenty index keys, so past this
   * many candidates the list pays for itself.
   */
  manyCandidates: number;
}

/** The tuning for real libraries (tests pass smaller numbers to reach every path). */
export const SEARCH_TUNING: SearchTuning = { sample: 2_000, manyCandidates: 5_000 };

const range = (db: PressmarkDb, key: QueryKey) =>
  key.prefix
    ? db.annotations.where('words').startsWith(key.value)
    : db.annotations.where('words').equals(key.value);

/** A key's record ids, sorted; `complete` unless the limit cut them short. */
async function idsOf(db: PressmarkDb, key: QueryKey, limit = Number.POSITIVE_INFINITY) {
  const r = range(db, key);
  const found = (await (Number.isFinite(limit) ? r.limit(limit) : r).primaryKeys()) as string[];
  // A prefix range lists ids word by word: sort and de-duplicate.
  const ids = key.prefix ? [...new Set(found)].sort() : found;
  return { key, ids, complete: found.length < limit };
}

const intersect = (ids: string[], other: readonly string[]) => {
  const keep = new Set(other);
  return ids.filter((id) => keep.has(id));
};

/** Record ids that may match, sorted. */
async function candidates(
  db: PressmarkDb,
  terms: QueryTerm[],
  tuning: SearchTuning,
): Promise<string[]> {
  const unique = new Map(terms.flatMap((t) => t.keys).map((k) => [`${k.prefix}${k.value}`, k]));
  const sampled = await Promise.all(
    [...unique.values()].map((k) => idsOf(db, k, tuning.sample + 1)),
  );
  const ranked = sampled.sort(
    (a, b) => Number(b.complete) - Number(a.complete) || a.ids.length - b.ids.length,
  );
  const [rarest, ...others] = ranked;
  if (!rarest || rarest.ids.length === 0) return [];
  let ids = rarest.complete ? rarest.ids : (await idsOf(db, rarest.key)).ids;
  for (const other of others) {
    if (other.complete) ids = intersect(ids, other.ids);
    else if (ids.length > tuning.manyCandidates)
      ids = intersect(ids, (await idsOf(db, other.key)).ids);
  }
  return ids;
}

/** First index in sorted `ids` greater than `after`. */
function startAfter(ids: readonly string[], after: string | null): number {
  if (after === null) return 0;
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One window of matching records. */
export interface SearchRecords {
  annotations: Annotation[];
  /** Last id examined when more candidates remain; null at the end. */
  next: string | null;
  candidates: number;
}

/**
 * Finds annotations whose quote, note or tags contain every term of a query.
 * Deleted and dismissed annotations are not found.
 *
 * @param db - The database.
 * @param text - The query as typed.
 * @param after - Continue after this record id (null: from the start).
 * @param limit - Results wanted.
 * @param tuning - Index versus record reads.
 * @return Matches in id order, the continuation, and the candidate count.
 */
export async function searchRecords(
  db: PressmarkDb,
  text: string,
  after: string | null,
  limit: number,
  tuning: SearchTuning = SEARCH_TUNING,
): Promise<SearchRecords> {
  const terms = parseQuery(text);
  if (terms.length === 0) return { annotations: [], next: null, candidates: 0 };
  return db.transaction('r', db.annotations, async () => {
    const ids = await candidates(db, terms, tuning);
    const found: Annotation[] = [];
    let at = startAfter(ids, after);
    while (at < ids.length && found.length < limit) {
      const chunk = ids.slice(at, at + READ_CHUNK);
      const records = await db.annotations.bulkGet(chunk);
      for (const a of records) {
        at++;
        if (!a || a.deleted || a.review === 'dismissed') continue;
        if (!matchesTerms(searchableText(a), terms)) continue;
        found.push(a);
        if (found.length === limit) break;
      }
    }
    const next = at < ids.length && at > 0 ? ids[at - 1]! : null;
    return { annotations: found, next, candidates: ids.length };
  });
}
