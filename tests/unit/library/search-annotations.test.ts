/**
 * Full-text search against a brute-force scan of the benchmark's synthetic
 * library: windows followed to the end find exactly what checking every
 * record finds, for rare and common words, prefixes and Chinese.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchableText } from '../../../lib/library/searchable';
import { matchesTerms, parseQuery } from '../../../lib/library/tokenize';
import { openDb, type PressmarkDb } from '../../../lib/store/db';
import { seedLibrary } from '../../../lib/store/library-seed';
import {
  SEARCH_TUNING,
  type SearchTuning,
  searchRecords,
} from '../../../lib/store/search-annotations';

let db: PressmarkDb;
beforeAll(async () => {
  db = openDb('search-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedLibrary(db, { releases: 60, annotations: 6_000, seed: 3 });
}, 60_000);

const bruteForce = async (text: string) => {
  const terms = parseQuery(text);
  return (await db.annotations.toArray())
    .filter((a) => !a.deleted && a.review !== 'dismissed' && matchesTerms(searchableText(a), terms))
    .map((a) => a.id)
    .sort();
};

/** Small enough that common words here take the paths common words take in a big library. */
const TIGHT: SearchTuning = { sample: 50, manyCandidates: 100 };

const followed = async (text: string, limit: number, tuning: SearchTuning) => {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const page = await searchRecords(db, text, after, limit, tuning);
    expect(page.annotations.length).toBeLessThanOrEqual(limit);
    ids.push(...page.annotations.map((a) => a.id));
    after = page.next;
  } while (after !== null);
  return ids;
};

describe('full-text search at scale', () => {
  for (const query of ['the', 'the company', 'will pla', 'compan for', '产业', '项目 年', 'zzzz']) {
    it(`finds what a full scan finds for case: ${query}`, async () => {
      const expected = await bruteForce(query);
      expect(await followed(query, 250, SEARCH_TUNING)).toEqual(expected);
      expect(await followed(query, 40, TIGHT)).toEqual(expected);
    });
  }

  it('has common words among the cases (more ids than the tight tuning samples)', async () => {
    expect(await db.annotations.where('words').equals('the').count()).toBeGreaterThan(
      TIGHT.manyCandidates,
    );
  });
});
