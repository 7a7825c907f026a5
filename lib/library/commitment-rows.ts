/**
 * The commitment tracker's table: one row per commitment, and the filter
 * (order: commitment-sort.ts). Pure: the store builds rows from records and pages,
 * the page only ever receives one screenful of them.
 */
import type { Amount, Annotation, Firmness, PageRecord, Review } from '../model';
import { quoteOf } from '../stored-selectors';
import { type Due, deadlineEnd, dueState } from './deadline';
import { foldEntity } from './entity-groups';
import { foldText } from './tokenize';

/** One commitment as the tracker shows it. */
export interface CommitmentRow {
  id: string;
  pageId: string;
  quote: string;
  note: string;
  actor: string;
  action: string;
  amount: Amount | null;
  deadline: string | null;
  /** Last day of the deadline's period (ISO date). */
  deadlineEnd: string | null;
  firmness: Firmness | null;
  review: Review;
  /** The source release's title, publication date and address. */
  release: string;
  published: string | null;
  url: string;
}

/** Columns the table sorts by. */
export type CommitmentColumn =
  | 'actor'
  | 'action'
  | 'amount'
  | 'deadline'
  | 'firmness'
  | 'review'
  | 'release'
  | 'published';

/** What the user narrowed the table to. */
export interface CommitmentFilter {
  /** Words in the quote, note, actor, action, amount or release title. */
  text: string;
  /** A folded actor name (see {@link foldEntity}); empty for any. */
  actor: string;
  firmness: Firmness | '';
  due: Due | 'all';
  showDismissed: boolean;
  /** Today as "YYYY-MM-DD", in the user's calendar. */
  today: string;
}

/** Filter and order of the table. */
export interface CommitmentQuery {
  filter: CommitmentFilter;
  sort: { column: CommitmentColumn; descending: boolean };
}

/** A row with its search text, folded the first time a text filter needs it. */
export interface IndexedRow {
  row: CommitmentRow;
  haystack?: string;
}

/** The row's folded search text (memoised on the row: folding 30,000 rows costs a few hundred ms). */
function haystackOf(r: IndexedRow): string {
  if (r.haystack === undefined) {
    const { quote, note, actor, action, amount, release } = r.row;
    r.haystack = foldText(
      [quote, note, actor, action, amount?.text, release].filter(Boolean).join('\n'),
    );
  }
  return r.haystack;
}

/**
 * Builds a row.
 *
 * @param a - A commitment annotation.
 * @param page - Its release, when known.
 * @return The row (its search text is folded when first filtered by text).
 */
export function toCommitmentRow(a: Annotation, page: PageRecord | undefined): IndexedRow {
  const d = a.detection;
  const row: CommitmentRow = {
    id: a.id,
    pageId: a.pageId,
    quote: quoteOf(a),
    note: a.note,
    actor: d?.actor ?? d?.entity ?? '',
    action: d?.action ?? '',
    amount: d?.amount ?? null,
    deadline: d?.deadline ?? null,
    deadlineEnd: d?.deadline ? deadlineEnd(d.deadline) : null,
    firmness: d?.firmness ?? null,
    review: a.review ?? (a.origin === 'user' ? 'accepted' : 'pending'),
    release: page?.title ?? a.pageTitle,
    published: page?.published ?? null,
    url: page?.id ?? a.url,
  };
  return { row };
}

/**
 * Keeps the rows the filter lets through.
 *
 * @param rows - All rows.
 * @param filter - The user's filter.
 * @return Matching rows, in the input order.
 */
export function filterRows(rows: readonly IndexedRow[], filter: CommitmentFilter): IndexedRow[] {
  const needles = foldText(filter.text).split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    const { row } = r;
    if (!filter.showDismissed && row.review === 'dismissed') return false;
    if (filter.actor && foldEntity(row.actor) !== filter.actor) return false;
    if (filter.firmness && row.firmness !== filter.firmness) return false;
    if (filter.due !== 'all' && dueState(row.deadline ?? undefined, filter.today) !== filter.due)
      return false;
    return needles.length === 0 || needles.every((n) => haystackOf(r).includes(n));
  });
}
