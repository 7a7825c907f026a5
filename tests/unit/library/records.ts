/** Records for the library's store tests. */
import type { Annotation, PageRecord } from '../../../lib/model';

export const T0 = '2026-11-26T10:00:00.000Z';

/** A release record. */
export const release = (id: string, over: Partial<PageRecord> = {}): PageRecord => ({
  id,
  aliases: [id],
  title: `Release ${id}`,
  lang: 'en',
  siteName: 'Newsroom',
  published: '2024-03-01',
  fingerprint: 'f',
  firstSeen: T0,
  lastSeen: T0,
  ...over,
});

/** An annotation of any kind on a release. */
export const record = (id: string, pageId: string, over: Partial<Annotation> = {}): Annotation => ({
  id,
  pageId,
  url: pageId,
  pageTitle: `Release ${pageId}`,
  kind: 'note',
  origin: 'user',
  selectors: [
    { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start: 0, end: 5 },
  ],
  note: '',
  tags: [],
  created: T0,
  updated: T0,
  ...over,
});

/** An automatic organization mention. */
export const organization = (
  id: string,
  pageId: string,
  entity: string,
  over: Partial<Annotation> = {},
) =>
  record(id, pageId, {
    kind: 'organization',
    origin: 'auto',
    review: 'pending',
    selectors: [{ type: 'TextQuoteSelector', exact: entity, prefix: '', suffix: '' }],
    detection: { rule: 'test', confidence: 0.9, entity },
    ...over,
  });

/** An automatic commitment. */
export const commitment = (
  id: string,
  pageId: string,
  detection: Partial<NonNullable<Annotation['detection']>>,
  over: Partial<Annotation> = {},
) =>
  record(id, pageId, {
    kind: 'commitment',
    origin: 'auto',
    review: 'pending',
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: `${detection.actor} will ${detection.action}`,
        prefix: '',
        suffix: '',
      },
    ],
    detection: { rule: 'test', confidence: 0.8, ...detection },
    ...over,
  });
