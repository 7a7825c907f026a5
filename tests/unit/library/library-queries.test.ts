/**
 * The library's requests against a store with a few releases: counts,
 * organizations, the commitment tracker, search and exports, all through
 * the handlers the background serves.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WatchListEntry } from '../../../lib/detect';
import type { CommitmentFilter, CommitmentQuery } from '../../../lib/library/commitment-rows';
import { libraryHandlers } from '../../../lib/library/handlers';
import { patchAnnotation } from '../../../lib/store/annotations';
import { openDb, type PressmarkDb } from '../../../lib/store/db';
import { commitment, organization, record, release } from './records';

const sender = {} as never;
let db: PressmarkDb;
let watchList: WatchListEntry[];
let library: ReturnType<typeof libraryHandlers>;

beforeEach(async () => {
  db = openDb('library-queries-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  watchList = [];
  library = libraryHandlers(db, { watchList: async () => watchList });
  await db.pages.bulkPut([
    release('https://a.example/henan', {
      title: 'CATL und Henan',
      lastSeen: '2026-11-20T00:00:00Z',
      published: '2022-06-22',
    }),
    release('https://b.example/luoyang', {
      title: '宁德时代与洛阳',
      lang: 'zh',
      lastSeen: '2026-11-25T00:00:00Z',
      published: '2023-03-16',
    }),
    release('https://c.example/empty', { title: 'Nothing here', lastSeen: '2026-01-01T00:00:00Z' }),
  ]);
  const [a, b] = ['https://a.example/henan', 'https://b.example/luoyang'];
  await db.annotations.bulkPut([
    record('n1', a, { note: 'Framework only: no amounts', tags: ['henan'] }),
    record('n2', a, { note: 'deleted note', deleted: '2026-11-26T00:00:00Z' }),
    organization('o1', a, 'Contemporary Amperex Technology Co., Limited'),
    organization('o2', a, 'Contemporary Amperex Technology Co., Limited'),
    organization('o3', a, 'Stadtregierung von Luoyang', { review: 'dismissed' }),
    organization('o4', b, '宁德时代新能源科技股份有限公司'),
    commitment('c1', a, { actor: 'CATL', action: 'anzubieten', firmness: 'firm' }),
    commitment('c2', b, {
      actor: '宁德时代',
      action: '建成投产',
      deadline: '2024-06',
      firmness: 'intent',
    }),
    commitment(
      'c3',
      b,
      { actor: '宁德时代', action: '全面达产', deadline: '2026-12-31', firmness: 'intent' },
      {
        selectors: [
          {
            type: 'TextQuoteSelector',
            exact: '二期工程力争到2026年底全面达产',
            prefix: '',
            suffix: '',
          },
        ],
      },
    ),
    commitment(
      'c4',
      b,
      { actor: '洛阳市人民政府', action: '提供土地', firmness: 'firm' },
      { review: 'dismissed' },
    ),
  ]);
});

const filter = (over: Partial<CommitmentFilter> = {}): CommitmentFilter => ({
  text: '',
  actor: '',
  firmness: '',
  due: 'all',
  showDismissed: false,
  today: '2026-11-26',
  ...over,
});
const tracker = async (
  over: Partial<CommitmentFilter> = {},
  sort: CommitmentQuery['sort'] = { column: 'deadline', descending: false },
) =>
  (
    await library.listCommitments({ filter: filter(over), sort, offset: 0, limit: 50 }, sender)
  ).items.map((r) => r.id);

describe('library queries', () => {
  it('lists releases, most recently read first, with live counts per kind', async () => {
    const page = await library.listReleases({ offset: 0, limit: 2 }, sender);
    expect(page.total).toBe(3);
    expect(page.items.map((r) => [r.title, r.counts])).toEqual([
      ['宁德时代与洛阳', { note: 0, organization: 1, commitment: 2 }],
      ['CATL und Henan', { note: 1, organization: 2, commitment: 1 }],
    ]);
    expect((await library.listReleases({ offset: 2, limit: 2 }, sender)).items[0]?.counts).toEqual({
      note: 0,
      organization: 0,
      commitment: 0,
    });
    expect(await library.libraryCounts(sender)).toEqual({
      releases: 3,
      annotations: 7,
      records: 10,
    });
  });

  it('groups organizations, merging what the watch-list maps together', async () => {
    let groups = (await library.listOrganizations({ text: '', offset: 0, limit: 10 }, sender))
      .items;
    expect(groups.map((g) => [g.name, g.mentions, g.releases])).toEqual([
      ['Contemporary Amperex Technology Co., Limited', 2, 1],
      ['宁德时代新能源科技股份有限公司', 1, 1],
    ]);
    watchList = [
      {
        name: 'CATL',
        aliases: ['Contemporary Amperex Technology Co., Limited', '宁德时代新能源科技股份有限公司'],
      },
    ];
    groups = (await library.listOrganizations({ text: 'catl', offset: 0, limit: 10 }, sender))
      .items;
    expect(groups.map((g) => [g.name, g.mentions, g.releases])).toEqual([['CATL', 3, 2]]);
    const mentions = await library.listMentions(
      { folds: groups[0]!.folds, offset: 0, limit: 2 },
      sender,
    );
    expect(mentions.total).toBe(3);
    expect(mentions.items.map((m) => [m.quote, m.release, m.published])).toEqual([
      ['Contemporary Amperex Technology Co., Limited', 'CATL und Henan', '2022-06-22'],
      ['Contemporary Amperex Technology Co., Limited', 'CATL und Henan', '2022-06-22'],
    ]);
    const rest = await library.listMentions(
      { folds: groups[0]!.folds, offset: 2, limit: 2 },
      sender,
    );
    expect(rest.items.map((m) => m.release)).toEqual(['宁德时代与洛阳']);
  });

  it('tracks commitments: deadline states, filters, dismissed hidden unless asked', async () => {
    const page = await library.listCommitments(
      { filter: filter(), sort: { column: 'deadline', descending: false }, offset: 0, limit: 50 },
      sender,
    );
    expect(page.items.map((r) => [r.id, r.due, r.release])).toEqual([
      ['c2', 'passed', '宁德时代与洛阳'],
      ['c3', 'upcoming', '宁德时代与洛阳'],
      ['c1', 'none', 'CATL und Henan'],
    ]);
    expect(page.dismissed).toBe(1);
    expect(page.actors.map((a) => [a.name, a.count])).toEqual([
      ['宁德时代', 2],
      ['CATL', 1],
      ['洛阳市人民政府', 1],
    ]);
    expect(await tracker({ due: 'passed' })).toEqual(['c2']);
    expect(await tracker({ firmness: 'firm' })).toEqual(['c1']);
    expect(await tracker({ actor: 'catl' })).toEqual(['c1']);
    expect(await tracker({ text: '二期' })).toEqual(['c3']);
    expect(await tracker({ showDismissed: true, firmness: 'firm' })).toEqual(['c1', 'c4']);
    expect(await tracker({}, { column: 'deadline', descending: true })).toEqual(['c3', 'c2', 'c1']);
    expect(await tracker({}, { column: 'published', descending: true })).toEqual([
      'c2',
      'c3',
      'c1',
    ]);
  });

  it('sees a write at the next request (the tracker’s cache is dropped)', async () => {
    expect(await tracker()).toContain('c3');
    await patchAnnotation(db, 'c3', { review: 'dismissed' }, '2026-11-26T12:00:00Z');
    expect(await tracker()).not.toContain('c3');
  });

  it('searches notes, tags and quotes, in windows', async () => {
    const search = async (text: string, after: string | null = null, limit = 50) =>
      library.searchAnnotations({ text, after, limit }, sender);
    expect((await search('framework')).hits.map((h) => [h.id, h.release])).toEqual([
      ['n1', 'CATL und Henan'],
    ]);
    expect((await search('HENAN')).hits.map((h) => h.id)).toEqual(['n1']);
    expect((await search('2026年底')).hits.map((h) => h.id)).toEqual(['c3']);
    expect((await search('deleted')).hits).toEqual([]);
    expect((await search('luoyang')).hits).toEqual([]); // dismissed
    const first = await search('contemporary amp', null, 1);
    expect(first.hits.map((h) => h.id)).toEqual(['o1']);
    const second = await search('contemporary amp', first.next, 1);
    expect(second.hits.map((h) => h.id)).toEqual(['o2']);
    expect(second.next).toBeNull();
  });

  it('exports everything release by release, and the filtered sets', async () => {
    // An annotation whose release record is missing still travels.
    await db.annotations.put(record('lost', 'https://0.example/gone'));
    const all = [];
    let after: string | null = null;
    do {
      const batch = await library.exportAll({ after, limit: 1, withDeleted: false }, sender);
      all.push(batch);
      after = batch.next;
    } while (after !== null);
    expect(all.map((b) => b.annotations.length)).toEqual([6, 4, 0, 0]);
    expect(all.flatMap((b) => b.pages.map((p) => p.id))).toEqual([
      'https://a.example/henan',
      'https://b.example/luoyang',
      'https://c.example/empty',
    ]);
    const withDeleted = await library.exportAll(
      { after: null, limit: 5, withDeleted: true },
      sender,
    );
    expect([withDeleted.annotations.length, withDeleted.next]).toEqual([11, null]);
    const tracked = await library.exportCommitments(
      {
        filter: filter(),
        sort: { column: 'deadline', descending: false },
        cursor: { after: null, limit: 2, withDeleted: false },
      },
      sender,
    );
    expect([tracked.annotations.map((a) => a.id), tracked.next]).toEqual([['c2', 'c3'], 2]);
    const found = await library.exportSearch(
      { text: 'framework', cursor: { after: null, limit: 50, withDeleted: false } },
      sender,
    );
    expect([found.annotations.map((a) => a.id), found.pages.map((p) => p.id), found.next]).toEqual([
      ['n1'],
      ['https://a.example/henan'],
      null,
    ]);
  });

  it('refuses to seed outside the e2e build', async () => {
    expect(() => library.seedLibrary({ releases: 1, annotations: 1, seed: 1 }, sender)).toThrow(
      /e2e build/,
    );
  });
});
