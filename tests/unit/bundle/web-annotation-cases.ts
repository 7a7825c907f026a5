/**
 * W3C Web Annotation files from other tools, and the Pressmark notes each
 * must become. Shapes follow what Hypothesis and Recogito write: targets
 * as lists, extra selector kinds, bodies without purpose, bare IRIs.
 */
import type { Annotation } from '../../../lib/model';
import { PAGE_URL } from './records';

export interface ImportCase {
  file: unknown;
  annotations: Annotation[];
  label?: string | null;
}

const base = {
  pageTitle: '',
  kind: 'note',
  origin: 'user',
} as const;

export const importCases: Record<string, ImportCase> = {
  'a Hypothesis-style collection with extra selectors, comment and tag': {
    file: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://tool.example/collections/7',
      type: 'AnnotationCollection',
      label: 'Battery plants',
      total: 1,
      first: {
        id: 'https://tool.example/collections/7?page=0',
        type: 'AnnotationPage',
        items: [
          {
            id: 'https://hypothes.is/a/AbC123',
            type: 'Annotation',
            created: '2026-11-26T10:00:00.123456+00:00',
            modified: '2026-11-26T11:30:00+01:00',
            creator: { type: 'Person', name: 'Bea', nickname: 'bea' },
            motivation: 'commenting',
            body: [
              { type: 'TextualBody', value: 'Check this figure.', purpose: 'commenting' },
              { type: 'TextualBody', value: ' capex ', purpose: 'tagging' },
              { type: 'TextualBody', value: 'capex', purpose: 'tagging' },
              'https://tool.example/linked-body',
            ],
            target: [
              {
                source: `${PAGE_URL}/?utm_source=feed#section-2`,
                selector: [
                  {
                    type: 'RangeSelector',
                    startSelector: { type: 'XPathSelector', value: '/p[2]' },
                  },
                  { type: 'TextPositionSelector', start: 40, end: 55 },
                  { type: 'TextQuoteSelector', exact: 'EUR 7.3 billion', prefix: 'will invest ' },
                ],
              },
            ],
          },
        ],
      },
    },
    label: 'Battery plants',
    annotations: [
      {
        ...base,
        id: 'https://hypothes.is/a/AbC123',
        pageId: PAGE_URL,
        url: `${PAGE_URL}/?utm_source=feed#section-2`,
        selectors: [
          {
            type: 'TextQuoteSelector',
            exact: 'EUR 7.3 billion',
            prefix: 'will invest ',
            suffix: '',
          },
          { type: 'TextPositionSelector', start: 40, end: 55 },
        ],
        note: 'Check this figure.',
        tags: ['capex'],
        created: '2026-11-26T10:00:00.123Z',
        updated: '2026-11-26T10:30:00.000Z',
        creator: 'Bea',
      },
    ],
  },
  'an array of annotations with urn:uuid ids and a bare target': {
    file: [
      {
        id: 'urn:uuid:0B8F6C1A-0000-4000-8000-000000000009',
        type: 'Annotation',
        bodyValue: 'Whole-page remark.',
        target: 'https://a.example/news/1',
      },
    ],
    label: null,
    annotations: [
      {
        ...base,
        id: '0B8F6C1A-0000-4000-8000-000000000009',
        pageId: 'https://a.example/news/1',
        url: 'https://a.example/news/1',
        selectors: [],
        note: 'Whole-page remark.',
        tags: [],
        created: '1970-01-01T00:00:00.000Z',
        updated: '1970-01-01T00:00:00.000Z',
      },
    ],
  },
  'a single annotation whose tags rely on the tagging motivation': {
    file: {
      id: 'urn:uuid:1',
      type: 'Annotation',
      motivation: 'tagging',
      created: '2026-11-26T10:00:00Z',
      creator: 'acct:bea@tool.example',
      body: [{ type: 'TextualBody', value: 'esg' }, { value: 'supply chain' }],
      target: {
        source: 'https://a.example/news/2',
        selector: { type: 'TextQuoteSelector', exact: 'cobalt' },
      },
    },
    annotations: [
      {
        ...base,
        id: '1',
        pageId: 'https://a.example/news/2',
        url: 'https://a.example/news/2',
        selectors: [{ type: 'TextQuoteSelector', exact: 'cobalt', prefix: '', suffix: '' }],
        note: '',
        tags: ['esg', 'supply chain'],
        created: '2026-11-26T10:00:00.000Z',
        updated: '2026-11-26T10:00:00.000Z',
        creator: 'acct:bea@tool.example',
      },
    ],
  },
  'an annotation page, with the next page embedded': {
    file: {
      type: 'AnnotationPage',
      items: [{ id: 'a', target: 'https://a.example/3' }],
      next: { type: 'AnnotationPage', items: [{ id: 'b', target: { id: 'https://a.example/4' } }] },
    },
    annotations: ['a', 'b'].map((id, i) => ({
      ...base,
      id,
      pageId: `https://a.example/${i + 3}`,
      url: `https://a.example/${i + 3}`,
      selectors: [],
      note: '',
      tags: [],
      created: '1970-01-01T00:00:00.000Z',
      updated: '1970-01-01T00:00:00.000Z',
    })),
  },
  'an empty collection': {
    file: { type: ['AnnotationCollection'], label: 'Nothing yet', total: 0 },
    label: 'Nothing yet',
    annotations: [],
  },
};
