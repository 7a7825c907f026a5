import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../lib/model';
import { applyFilters, facets, NO_FILTERS } from '../../../lib/popup/filters';

const make = (id: string, over: Partial<Annotation>): Annotation => ({
  id,
  pageId: 'p',
  url: 'u',
  pageTitle: 't',
  kind: 'note',
  origin: 'user',
  selectors: [{ type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' }],
  note: '',
  tags: [],
  created: '2026-01-01T00:00:00Z',
  updated: '2026-01-01T00:00:00Z',
  ...over,
});

const list = [
  make('n1', { note: 'Größe matters', tags: ['capex'] }),
  make('o1', {
    kind: 'organization',
    origin: 'auto',
    selectors: [{ type: 'TextQuoteSelector', exact: 'CATL', prefix: '', suffix: '' }],
    detection: {
      rule: 'org:alias',
      confidence: 0.9,
      entity: 'Contemporary Amperex Technology Co., Limited',
    },
  }),
  make('o2', {
    kind: 'organization',
    origin: 'auto',
    review: 'dismissed',
    detection: { rule: 'org:gov', confidence: 0.8, entity: 'Henan Provincial Government' },
  }),
  make('c1', {
    kind: 'commitment',
    origin: 'auto',
    tags: ['capex', '2030'],
    detection: {
      rule: 'commitment:modal',
      confidence: 0.8,
      actor: 'CATL',
      entity: 'Contemporary Amperex Technology Co., Limited',
    },
  }),
];
const states = {
  n1: { status: 'anchored' as const },
  c1: { status: 'fuzzy' as const, exact: 'x' },
};
const ids = (f: Partial<typeof NO_FILTERS>) =>
  applyFilters(list, { ...NO_FILTERS, ...f }, states).map((a) => a.id);

describe('popup filters', () => {
  it.each([
    ['hides dismissed findings by default', {}, ['n1', 'o1', 'c1']],
    ['shows them on request', { showDismissed: true }, ['n1', 'o1', 'o2', 'c1']],
    ['filters by kind', { kind: 'commitment' as const }, ['c1']],
    [
      'filters by organization: mentions and commitments by it',
      { entity: 'Contemporary Amperex Technology Co., Limited' },
      ['o1', 'c1'],
    ],
    ['filters by tag', { tag: '2030' }, ['c1']],
    ['filters by anchoring state', { status: 'fuzzy' as const }, ['c1']],
    ['searches case-insensitively', { query: 'MATTERS' }, ['n1']],
    ['searches notes in any script', { query: 'größe' }, ['n1']],
    ['searches quotes', { query: 'quote c1' }, ['c1']],
    ['searches tags', { query: 'capex' }, ['n1', 'c1']],
  ])('%s', (_, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it('offers the page’s organizations and tags, most frequent first', () => {
    expect(facets(list)).toEqual({
      entities: ['Contemporary Amperex Technology Co., Limited', 'Henan Provincial Government'],
      tags: ['capex', '2030'],
    });
  });
});
