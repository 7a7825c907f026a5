import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../../../lib/background/handlers';
import type { Annotation } from '../../../lib/model';
import { openDb } from '../../../lib/store/db';

const NOW = '2026-11-26T12:00:00.000Z';
const tab = (id: number) => ({ tab: { id } }) as never;

let notified: { pageId: string; except?: number }[];
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
  });
});

const visit = {
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
    const view = await handlers.recordVisit(visit, tab(1));
    expect(view.page?.id).toBe('http://127.0.0.1:8080/pages/catl.html');
    expect(view.annotations).toEqual([]);
  });

  it('saves, shows and notifies other tabs (not the one that made the change)', async () => {
    const { page } = await handlers.recordVisit(visit, tab(1));
    await handlers.saveAnnotation(annotationFor(page?.id ?? ''), tab(1));
    expect(notified).toEqual([{ pageId: page?.id, except: 1 }]);
    const view = await handlers.getPageView('http://127.0.0.1:8080/pages/catl.html#x', tab(2));
    expect(view.annotations.map((a) => a.id)).toEqual(['a1']);
  });

  it('edits and deletes with undo', async () => {
    const { page } = await handlers.recordVisit(visit, tab(1));
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
