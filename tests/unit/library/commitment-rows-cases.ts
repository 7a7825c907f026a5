import type { CommitmentColumn } from '../../../lib/library/commitment-rows';
import type { Amount, Firmness, Review } from '../../../lib/model';

/** A row's sortable facts. */
export interface RowFacts {
  id: string;
  actor?: string;
  action?: string;
  amount?: Amount;
  deadline?: string;
  firmness?: Firmness;
  review?: Review;
  published?: string;
}

export const rows: RowFacts[] = [
  {
    id: 'a',
    actor: 'CATL',
    action: 'build',
    amount: { value: 7.3e9, unit: 'EUR', text: '7,3 Mrd. Euro' },
    deadline: '2026-Q3',
    firmness: 'firm',
    review: 'accepted',
    published: '2022-06-22',
  },
  {
    id: 'b',
    actor: 'catl',
    action: 'invest',
    amount: { value: 1.2e10, unit: 'CNY', text: '120亿元' },
    deadline: '2024-06',
    firmness: 'intent',
    published: '2023-03-16T18:00:00+08:00',
  },
  {
    id: 'c',
    actor: 'Nordvolt',
    action: 'hire',
    amount: { value: 3e3, unit: 'jobs', text: '3,000 people' },
    deadline: '2026',
    firmness: 'conditional',
    review: 'dismissed',
  },
  {
    id: 'd',
    actor: 'Henan',
    amount: { value: 6e8, unit: 'EUR', text: '600 Mio. Euro' },
    firmness: 'firm',
    published: '2026-03-12',
  },
];

/** Sort cases: column, direction, expected order of ids. */
export const sortCases: {
  name: string;
  column: CommitmentColumn;
  descending: boolean;
  order: string[];
}[] = [
  {
    name: 'deadline by the end of its period, none last',
    column: 'deadline',
    descending: false,
    order: ['b', 'a', 'c', 'd'],
  },
  {
    name: 'deadline descending, none still last',
    column: 'deadline',
    descending: true,
    order: ['c', 'a', 'b', 'd'],
  },
  {
    name: 'actor ignores case, ties by id',
    column: 'actor',
    descending: false,
    order: ['a', 'b', 'd', 'c'],
  },
  {
    name: 'amount by unit, then value',
    column: 'amount',
    descending: false,
    order: ['b', 'd', 'a', 'c'],
  },
  {
    name: 'firmness from firm to conditional',
    column: 'firmness',
    descending: false,
    order: ['a', 'd', 'b', 'c'],
  },
  {
    name: 'published day, unknown last',
    column: 'published',
    descending: true,
    order: ['d', 'b', 'a', 'c'],
  },
  {
    name: 'review from pending to dismissed',
    column: 'review',
    descending: false,
    order: ['b', 'd', 'a', 'c'],
  },
  { name: 'action, none last', column: 'action', descending: false, order: ['a', 'c', 'b', 'd'] },
];
