import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../../../lib/background/handlers';
import type { Annotation } from '../../../lib/model';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { openDb } from '../../../lib/store/db';

const NOW = '2026-11-26T12:00:00.000Z';
const tab = (id: number) => ({ tab: { id } }) as never;

let notified: { pageId: string; except?: number }[];
let settings = DEFAULT_SETTINGS;
let handlers: ReturnType<typeof backgroundHandlers>;

beforeEach(() => {
  notified = [];
  handlers = backgroundHandlers({
    db: openDb('handlers-test', { indexedDB: new IDBFactory(), IDBKeyRange }),
    now: () => NOW,
    notifyChanged: (pageId, except) => notified.push({ pageId, except }),
    sites: {
      get: async (origin) => ({ origin, always: false }),
      set: async (access) => access,
    },
    annotateTab: async () => ({ state: 'ready', url: 'u', pageId: 'p' }),
    settings: async () => settings,
  });
});

const visit = {
  text: 'Ein kurzer Text ohne Organisationen.',
  url: 'http://127.0.0.1:8080/pages/catl.html?utm_medium=email',
  canonicalUrl: null,
  title: 'CATL',
  lang: 'de',
  siteName: null,
  published: null,
  fingerprint: 'c53:1:1',
};

const annotationFor = (pageId: string): Annotation => ({
  id: 'a1',
  pageId,
  url: visit.url,
  pageTitle: 'CATL',
  kind: 'note',
  origin: 'user',
  selectors: [{ type: 'TextPositionSelector', start: 0, end: 4 }],
  note: '',
  tags: [],
  created: NOW,
  updated: NOW,
});

describe('background handlers', () => {
  it('records a visit and returns the page with its annotations', async () => {
    const view = await handlers.openPage(visit, tab(1));
    expect(view.page?.id).toBe('http://127.0.0.1:8080/pages/catl.html');
    expect(view.annotations).toEqual([]);
  });

  it('saves, shows and notifies other tabs (not the one that made the change)', async () => {
    const { page } = await handlers.openPage(visit, tab(1));
    await handlers.saveAnnotation(annotationFor(page?.id ?? ''), tab(1));
    expect(notified).toEqual([{ pageId: page?.id, except: 1 }]);
    const view = await handlers.getPageView('http://127.0.0.1:8080/pages/catl.html#x', tab(2));
    expect(view.annotations.map((a) => a.id)).toEqual(['a1']);
  });

  it('edits and deletes with undo', async () => {
    const { page } = await handlers.openPage(visit, tab(1));
    await handlers.saveAnnotation(annotationFor(page?.id ?? ''), tab(1));
    expect((await handlers.patchAnnotation({ id: 'a1', patch: { note: 'n' } }, tab(1))).note).toBe(
      'n',
    );
    await handlers.setDeleted({ id: 'a1', deleted: true }, tab(1));
    expect((await handlers.getPageView(visit.url, tab(1))).annotations).toEqual([]);
    await handlers.setDeleted({ id: 'a1', deleted: false }, tab(1));
    expect((await handlers.getPageView(visit.url, tab(1))).annotations).toHaveLength(1);
  });

  it('fails clearly for an unknown annotation', async () => {
    await expect(handlers.patchAnnotation({ id: 'nope', patch: {} }, tab(1))).rejects.toThrow(
      'annotation not found',
    );
  });

  it('returns an empty view for a page never seen', async () => {
    expect(await handlers.getPageView('https://never.example/', tab(1))).toEqual({
      page: null,
      annotations: [],
    });
  });
});

describe('automatic findings', () => {
  const TEXT =
    'Am 22. Juni unterzeichnete Contemporary Amperex Technology Co., Limited (CATL) ein Rahmenabkommen mit der Provinzregierung von Henan. CATL wird bis 2026 ein Werk bauen.';
  const withText = { ...visit, text: TEXT };
  const autos = (list: Annotation[]) => list.filter((a) => a.origin === 'auto');

  it('records the visit, detects, stores findings as pending annotations, and returns the page', async () => {
    const view = await handlers.openPage(withText, tab(1));
    const found = autos(view.annotations);
    expect(
      found.map((a) => [a.kind, a.selectors.find((s) => s.type === 'TextQuoteSelector')?.exact]),
    ).toEqual(
      expect.arrayContaining([
        ['organization', 'Contemporary Amperex Technology Co., Limited'],
        ['organization', 'Provinzregierung von Henan'],
        ['commitment', expect.stringContaining('CATL wird bis 2026 ein Werk bauen')],
      ]),
    );
    expect(found.every((a) => a.review === 'pending' && a.detection?.rule)).toBe(true);
  });

  it('keeps a dismissal and does not duplicate on the next visit', async () => {
    const first = autos((await handlers.openPage(withText, tab(1))).annotations);
    const henan = first.find(
      (a) => a.detection?.entity === 'Provinzregierung von Henan',
    ) as Annotation;
    await handlers.patchAnnotation({ id: henan.id, patch: { review: 'dismissed' } }, tab(1));
    const again = autos((await handlers.openPage(withText, tab(1))).annotations);
    expect(again.map((a) => a.id).sort()).toEqual(first.map((a) => a.id).sort());
    expect(again.find((a) => a.id === henan.id)?.review).toBe('dismissed');
  });

  it('drops unreviewed findings when a detector is turned off, keeps reviewed ones', async () => {
    const first = autos((await handlers.openPage(withText, tab(1))).annotations);
    const kept = first.find((a) => a.kind === 'organization') as Annotation;
    await handlers.patchAnnotation({ id: kept.id, patch: { review: 'accepted' } }, tab(1));
    settings = { ...DEFAULT_SETTINGS, detectors: { organizations: false, commitments: true } };
    const after = autos((await handlers.openPage(withText, tab(1))).annotations);
    settings = DEFAULT_SETTINGS;
    expect(after.filter((a) => a.kind === 'organization').map((a) => a.id)).toEqual([kept.id]);
    expect(after.some((a) => a.kind === 'commitment')).toBe(true);
  });
});
