/**
 * The commitment tracker's order: any column, either direction, rows
 * without a value last, ties by id so windows of the table never overlap.
 * Pure.
 */
import type { Firmness, Review } from '../model';
import type {
  CommitmentColumn,
  CommitmentQuery,
  CommitmentRow,
  IndexedRow,
} from './commitment-rows';
import { foldEntity } from './entity-groups';

const FIRMNESS_ORDER: Record<Firmness, number> = { firm: 0, intent: 1, conditional: 2 };
const REVIEW_ORDER: Record<Review, number> = {
  pending: 0,
  accepted: 1,
  corrected: 2,
  dismissed: 3,
};

/** Sort keys per column; null sorts last whichever the direction. */
type SortKey = string | number | readonly [string, number] | null;
const KEYS: Record<CommitmentColumn, (r: CommitmentRow) => SortKey> = {
  actor: (r) => foldEntity(r.actor) || null,
  action: (r) => r.action.toLowerCase() || null,
  // Different units do not compare: group by unit, then by value.
  amount: (r) => (r.amount ? [r.amount.unit, r.amount.value] : null),
  deadline: (r) => r.deadlineEnd,
  firmness: (r) => (r.firmness ? FIRMNESS_ORDER[r.firmness] : null),
  review: (r) => REVIEW_ORDER[r.review],
  release: (r) => r.release.toLowerCase() || null,
  published: (r) => r.published?.slice(0, 10) ?? null,
};

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const compareKeys = (a: NonNullable<SortKey>, b: NonNullable<SortKey>): number =>
  typeof a === 'object' && typeof b === 'object'
    ? cmp(a[0], b[0]) || cmp(a[1], b[1])
    : cmp(a as string | number, b as string | number);

/**
 * Sorts rows by a column; ties by id, so the order is total and pages of
 * results never overlap or skip a row.
 *
 * @param rows - Rows to sort (not modified).
 * @param sort - Column and direction.
 * @return A new sorted array.
 */
export function sortRows<T extends IndexedRow>(
  rows: readonly T[],
  sort: CommitmentQuery['sort'],
): T[] {
  const key = KEYS[sort.column];
  const sign = sort.descending ? -1 : 1;
  const keyed = rows.map((r) => ({ r, k: key(r.row) }));
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) {
      if (a.k !== b.k) return a.k === null ? 1 : -1;
    } else {
      const c = compareKeys(a.k, b.k);
      if (c !== 0) return c * sign;
    }
    return a.r.row.id < b.r.row.id ? -1 : a.r.row.id > b.r.row.id ? 1 : 0;
  });
  return keyed.map(({ r }) => r);
}
