import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../lib/model';
import {
  listAll,
  listForPage,
  patchAnnotation,
  saveAnnotation,
  setDeleted,
} from '../../../lib/store/annotations';
import { openDb, type PressmarkDb } from '../../../lib/store/db';
import { findPage, type PageVisit, pageIdOf, recordVisit } from '../../../lib/store/pages';

const T0 = '2026-11-26T10:00:00.000Z';
const T1 = '2026-11-26T11:00:00.000Z';

const visit = (over: Partial<PageVisit> = {}): PageVisit => ({
  url: 'https://www.catl.com/de/news/henan/?utm_source=newsletter#top',
  canonicalUrl: 'https://www.catl.com/de/news/henan/',
  title: 'CATL und Henan',
  lang: 'de',
  siteName: 'CATL',
  published: '2022-06-22',
  fingerprint: 'c53:abc:100',
  ...over,
});

const note = (
  id: string,
  pageId: string,
  start: number,
  over: Partial<Annotation> = {},
): Annotation => ({
  id,
  pageId,
  url: 'https://www.catl.com/de/news/henan/',
  pageTitle: 'CATL und Henan',
  kind: 'note',
  origin: 'user',
  selectors: [
    { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start, end: start + 5 },
  ],
  note: '',
  tags: [],
  created: T0,
  updated: T0,
  ...over,
});

let db: PressmarkDb;
beforeEach(() => {
  // A fresh IndexedDB per test: no state leaks between cases.
  db = openDb('pressmark-test', { indexedDB: new IDBFactory(), IDBKeyRange });
});

describe('pages', () => {
  it('keys a page by its canonical URL, without tracking parameters or fragment', async () => {
    const page = await recordVisit(db, visit(), T0);
    expect(page.id).toBe('https://www.catl.com/de/news/henan');
    expect(page.aliases).toContain('https://www.catl.com/de/news/henan');
  });

  it('finds the page by any address it was visited at', async () => {
    await recordVisit(db, visit(), T0);
    await recordVisit(db, visit({ url: 'https://catl.com/de/news/henan?fbclid=xyz' }), T1);
    expect((await findPage(db, 'https://catl.com/de/news/henan'))?.id).toBe(
      'https://www.catl.com/de/news/henan',
    );
    expect((await findPage(db, 'https://www.catl.com/de/news/henan/#share'))?.lastSeen).toBe(T1);
    expect(await findPage(db, 'https://www.catl.com/de/news/other')).toBeUndefined();
  });

  it('keeps firstSeen and refreshes lastSeen and fingerprint on revisit', async () => {
    await recordVisit(db, visit(), T0);
    const again = await recordVisit(db, visit({ fingerprint: 'c53:def:101' }), T1);
    expect(again).toMatchObject({ firstSeen: T0, lastSeen: T1, fingerprint: 'c53:def:101' });
  });

  it('ignores a canonical URL on another site (a page cannot claim another site’s identity)', () => {
    expect(
      pageIdOf({
        url: 'https://evil.example/x',
        canonicalUrl: 'https://www.catl.com/de/news/henan/',
      }),
    ).toBe('https://evil.example/x');
  });
});

describe('annotations', () => {
  it('lists a page’s annotations in reading order, without other pages’', async () => {
    await saveAnnotation(db, note('b', 'p1', 50));
    await saveAnnotation(db, note('a', 'p1', 10));
    await saveAnnotation(db, note('c', 'p2', 0));
    expect((await listForPage(db, 'p1')).map((a) => a.id)).toEqual(['a', 'b']);
    expect((await listAll(db)).map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });

  it('patches note and tags and stamps the update time', async () => {
    await saveAnnotation(db, note('a', 'p1', 0));
    const next = await patchAnnotation(db, 'a', { note: 'Check the amount', tags: ['capex'] }, T1);
    expect(next).toMatchObject({
      note: 'Check the amount',
      tags: ['capex'],
      created: T0,
      updated: T1,
    });
    expect(await patchAnnotation(db, 'missing', { note: 'x' }, T1)).toBeUndefined();
  });

  it('deletes as a tombstone and restores on undo', async () => {
    await saveAnnotation(db, note('a', 'p1', 0));
    const gone = await setDeleted(db, 'a', true, T1);
    expect(gone?.deleted).toBe(T1);
    expect(await listForPage(db, 'p1')).toEqual([]);
    expect(await db.annotations.get('a')).toBeDefined();
    const back = await setDeleted(db, 'a', false, T1);
    expect(back && 'deleted' in back).toBe(false);
    expect((await listForPage(db, 'p1')).map((a) => a.id)).toEqual(['a']);
  });

  it('finds annotations by tag through the multi-entry index', async () => {
    await saveAnnotation(db, note('a', 'p1', 0, { tags: ['capex', '2030'] }));
    await saveAnnotation(db, note('b', 'p1', 9, { tags: ['esg'] }));
    expect((await db.annotations.where('tags').equals('2030').toArray()).map((a) => a.id)).toEqual([
      'a',
    ]);
  });
});
