/**
 * Small builders for annotation and page records used across the bundle
 * and export tests: one realistic release, three kinds of annotation.
 */
import type { Annotation, PageRecord } from '../../../lib/model';

/** Minutes after 10:00 UTC on a fixed day, as the ISO string Pressmark stores. */
export const at = (minute: number): string =>
  new Date(Date.UTC(2026, 10, 26, 10, minute)).toISOString();

export const PAGE_URL = 'https://www.quantara.example/news/2026-11-26-plant';

/** Fixed UUIDs so expected output can be written out. */
export const ids = {
  note: '7d5c6a1e-0000-4000-8000-000000000001',
  org: '7d5c6a1e-0000-4000-8000-000000000002',
  commitment: '7d5c6a1e-0000-4000-8000-000000000003',
  other: '7d5c6a1e-0000-4000-8000-000000000004',
};

/**
 * A user highlight.
 *
 * @param over - Fields to change.
 * @return The record.
 */
export function note(over: Partial<Annotation> = {}): Annotation {
  return {
    id: ids.note,
    pageId: PAGE_URL,
    url: `${PAGE_URL}?utm_source=feed`,
    pageTitle: 'Quantara to build battery plant in Debrecen',
    kind: 'note',
    origin: 'user',
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: 'EUR 7.3 billion',
        prefix: 'will invest ',
        suffix: ' in',
      },
      { type: 'TextPositionSelector', start: 40, end: 55 },
    ],
    note: 'Largest figure in the release.',
    tags: ['capex'],
    created: at(0),
    updated: at(0),
    creator: 'Alice',
    ...over,
  };
}

/**
 * An automatic organization mention.
 *
 * @param over - Fields to change.
 * @return The record.
 */
export function organization(over: Partial<Annotation> = {}): Annotation {
  return {
    ...note(),
    id: ids.org,
    kind: 'organization',
    origin: 'auto',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'Quantara', prefix: '', suffix: ' Energy AG will' },
      { type: 'TextPositionSelector', start: 0, end: 8 },
    ],
    note: '',
    tags: [],
    detection: { rule: 'org:legal-form', confidence: 0.95, entity: 'Quantara Energy AG' },
    review: 'pending',
    ...over,
  };
}

/**
 * An automatic commitment.
 *
 * @param over - Fields to change.
 * @return The record.
 */
export function commitment(over: Partial<Annotation> = {}): Annotation {
  return {
    ...note(),
    id: ids.commitment,
    kind: 'commitment',
    origin: 'auto',
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: 'will invest EUR 7.3 billion in a plant by 2028',
        prefix: 'Energy AG ',
        suffix: '.',
      },
      { type: 'TextPositionSelector', start: 28, end: 74 },
    ],
    note: '',
    tags: [],
    detection: {
      rule: 'commitment:modal',
      confidence: 0.9,
      actor: 'Quantara',
      action: 'invest',
      amount: { value: 7_300_000_000, unit: 'EUR', text: 'EUR 7.3 billion' },
      deadline: '2028',
      firmness: 'firm',
    },
    review: 'accepted',
    ...over,
  };
}

/**
 * The release's page record.
 *
 * @param over - Fields to change.
 * @return The record.
 */
export function page(over: Partial<PageRecord> = {}): PageRecord {
  return {
    id: PAGE_URL,
    aliases: [PAGE_URL],
    title: 'Quantara to build battery plant in Debrecen',
    lang: 'en',
    siteName: 'Quantara',
    published: '2026-11-26T08:00:00+01:00',
    fingerprint: 'f1',
    firstSeen: at(0),
    lastSeen: at(0),
    ...over,
  };
}
