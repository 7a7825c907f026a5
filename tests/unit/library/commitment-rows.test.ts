import { describe, expect, it } from 'vitest';
import {
  type CommitmentFilter,
  filterRows,
  toCommitmentRow,
} from '../../../lib/library/commitment-rows';
import { sortRows } from '../../../lib/library/commitment-sort';
import { rows, sortCases } from './commitment-rows-cases';
import { commitment, release } from './records';

const indexed = rows.map(({ id, published, review, ...facts }) =>
  toCommitmentRow(
    commitment(id, `p-${id}`, facts, review ? { review } : {}),
    published ? release(`p-${id}`, { published }) : undefined,
  ),
);
const filter = (over: Partial<CommitmentFilter>): CommitmentFilter => ({
  text: '',
  actor: '',
  firmness: '',
  due: 'all',
  showDismissed: true,
  today: '2026-11-26',
  ...over,
});
const ids = (list: { row: { id: string } }[]) => list.map((r) => r.row.id);

describe('commitment rows', () => {
  for (const c of sortCases) {
    it(`sorts for case: ${c.name}`, () => {
      expect(ids(sortRows(indexed, { column: c.column, descending: c.descending }))).toEqual(
        c.order,
      );
    });
  }

  it('takes the release title and date from the release, else from the annotation', () => {
    expect(indexed[0]?.row).toMatchObject({
      release: 'Release p-a',
      published: '2022-06-22',
      deadlineEnd: '2026-09-30',
    });
    expect(indexed[2]?.row).toMatchObject({ release: 'Release p-c', published: null, url: 'p-c' });
  });

  it('filters by words anywhere in the row, actor (any case), firmness and deadline state', () => {
    expect(ids(filterRows(indexed, filter({ text: '120亿' })))).toEqual(['b']);
    expect(ids(filterRows(indexed, filter({ text: 'HIRE nordvolt' })))).toEqual(['c']);
    expect(ids(filterRows(indexed, filter({ actor: 'catl' })))).toEqual(['a', 'b']);
    expect(ids(filterRows(indexed, filter({ firmness: 'firm' })))).toEqual(['a', 'd']);
    expect(ids(filterRows(indexed, filter({ due: 'passed' })))).toEqual(['a', 'b']); // 2026-Q3 ended in September
    expect(ids(filterRows(indexed, filter({ due: 'upcoming' })))).toEqual(['c']);
    expect(ids(filterRows(indexed, filter({ due: 'none' })))).toEqual(['d']);
  });

  it('hides dismissed commitments unless asked', () => {
    expect(ids(filterRows(indexed, filter({ showDismissed: false })))).toEqual(['a', 'b', 'd']);
  });
});
