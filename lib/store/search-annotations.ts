/**
 * Full-text search over the `*words` index. Each query key is counted in
 * the index first (IndexedDB counts without reading records); the rarest
 * key's record ids are the candidates, narrowed by the next rarest while
 * that is cheaper than reading records, then the candidates are read in id
 * order and checked against the whole query (words, last word as prefix,
 * CJK runs as substrings). Results come a window at a time: `next` is the
 * last id examined, and the next call starts after it.
 */
import { searchableText } from '../library/searchable';
import { matchesTerms, parseQuery, type QueryKey, type QueryTerm } from '../library/tokenize';
import type { Annotation } from '../model';
import type { PressmarkDb } from './db';

/** Records read per round while checking candidates. */
const READ_CHUNK = 200;
/** Candidates few enough to read: one more key list would cost more than it saves. */
const FEW_CANDIDATES = 500;
/**
 * A key list is worth intersecting when it has at most this many ids per
 * candidate left: reading one record costs about as much as reading this
 * many index keys.
 */
const KEYS_PER_RECORD = 20;

const range = (db: PressmarkDb, key: QueryKey) =>
  key.prefix
    ? db.annotations.where('words').startsWith(key.value)
    : db.annotations.where('words').equals(key.value);

/** Record ids that may match, sorted; intersected from the rarest keys up. */
async function candidates(db: PressmarkDb, terms: QueryTerm[]): Promise<string[]> {
  const unique = new Map(terms.flatMap((t) => t.keys).map((k) => [`${k.prefix}${k.value}`, k]));
  const keys = [...unique.values()];
  const counts = await Promise.all(keys.map((k) => range(db, k).count()));
  const order = keys
    .map((key, i) => ({ key, count: counts[i]! }))
    .sort((a, b) => a.count - b.count);
  let ids: string[] | null = null;
  for (const { key, count } of order) {
    if (count === 0) return [];
    if (ids && (ids.length <= FEW_CANDIDATES || count > ids.length * KEYS_PER_RECORD)) break;
    // A prefix range lists ids per matching word: sort and de-duplicate.
    const found = [...new Set((await range(db, key).primaryKeys()) as string[])].sort();
    if (ids) {
      const keep = new Set(found);
      ids = ids.filter((id) => keep.has(id));
    } else ids = found;
  }
  return ids ?? [];
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
 * @return Matches in id order, the continuation, and the candidate count.
 */
export async function searchRecords(
  db: PressmarkDb,
  text: string,
  after: string | null,
  limit: number,
): Promise<SearchRecords> {
  const terms = parseQuery(text);
  if (terms.length === 0) return { annotations: [], next: null, candidates: 0 };
  return db.transaction('r', db.annotations, async () => {
    const ids = await candidates(db, terms);
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
