/**
 * Page merge table: our page record, the bundle's, and the merged record
 * (fields listed are checked; the rest must match `page()`'s defaults).
 */
import type { SharedPage } from '../../../lib/bundle';
import type { PageRecord } from '../../../lib/model';
import { at, PAGE_URL, page } from './records';

export interface PageMergeCase {
  local?: PageRecord;
  incoming: SharedPage;
  status: 'new' | 'updated' | 'unchanged';
  expected: Partial<PageRecord>;
}

const ALIAS_A = 'https://www.quantara.example/en/news/plant';
const ALIAS_B = 'https://quantara.example/n/4711';
const anchoring = { checked: at(3), fingerprint: 'f1', states: {}, changes: null };

export const pageMergeCases: Record<string, PageMergeCase> = {
  'a page we never saw is new, its id first among its aliases': {
    incoming: page({ aliases: [ALIAS_B, PAGE_URL, ALIAS_A] }),
    status: 'new',
    expected: { aliases: [PAGE_URL, ALIAS_B, ALIAS_A] },
  },
  'the same page again is unchanged': {
    local: page(),
    incoming: page(),
    status: 'unchanged',
    expected: page(),
  },
  'addresses are united, first sighting earliest, last sighting latest': {
    local: page({ aliases: [PAGE_URL, ALIAS_A], firstSeen: at(5), lastSeen: at(20) }),
    incoming: page({ aliases: [PAGE_URL, ALIAS_B], firstSeen: at(1), lastSeen: at(10) }),
    status: 'updated',
    expected: { aliases: [PAGE_URL, ALIAS_B, ALIAS_A], firstSeen: at(1), lastSeen: at(20) },
  },
  'the copy seen last describes the page': {
    local: page({ title: 'Old headline', fingerprint: 'f1', lastSeen: at(1) }),
    incoming: page({ title: 'New headline', fingerprint: 'f2', lastSeen: at(9) }),
    status: 'updated',
    expected: { title: 'New headline', fingerprint: 'f2', lastSeen: at(9) },
  },
  'a page known only from a W3C file does not blank our title': {
    local: page({ lastSeen: at(1) }),
    incoming: page({
      title: '',
      lang: '',
      siteName: null,
      published: null,
      fingerprint: '',
      lastSeen: at(30),
    }),
    status: 'updated',
    expected: {
      title: page().title,
      lang: 'en',
      siteName: 'Quantara',
      fingerprint: 'f1',
      lastSeen: at(30),
    },
  },
  'our anchoring report stays ours': {
    local: page({ anchoring }),
    incoming: page(),
    status: 'unchanged',
    expected: { anchoring },
  },
  'a snapshot travels with its fingerprint from the copy seen last': {
    local: page({ snapshot: 'b2xk', snapshotFingerprint: 'old', lastSeen: at(1) }),
    incoming: page({ snapshot: 'bmV3', snapshotFingerprint: 'new', lastSeen: at(2) }),
    status: 'updated',
    expected: { snapshot: 'bmV3', snapshotFingerprint: 'new', lastSeen: at(2) },
  },
  'a snapshot is kept when the fresher copy has none': {
    local: page({ snapshot: 'b2xk', snapshotFingerprint: 'old', lastSeen: at(1) }),
    incoming: page({ lastSeen: at(2) }),
    status: 'updated',
    expected: { snapshot: 'b2xk', snapshotFingerprint: 'old', lastSeen: at(2) },
  },
};
