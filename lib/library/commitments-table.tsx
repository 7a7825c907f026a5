/**
 * The commitment tracker's table: sortable column headers (buttons, with
 * `aria-sort`), and commitments whose deadline has passed flagged in words,
 * not only in colour.
 */
import { type MessageKey, t, uiLanguage } from '../i18n';
import type { CommitmentColumn, CommitmentQuery } from './commitment-rows';
import { formatAmount, formatDay } from './format';
import { FIRMNESS_LABEL, REVIEW_LABEL } from './labels';
import type { TrackedCommitment } from './protocol';

const COLUMNS: [CommitmentColumn, MessageKey][] = [
  ['actor', 'libraryColActor'],
  ['action', 'libraryColAction'],
  ['amount', 'libraryColAmount'],
  ['deadline', 'libraryColDeadline'],
  ['firmness', 'libraryColFirmness'],
  ['review', 'libraryColReview'],
  ['release', 'libraryColRelease'],
  ['published', 'libraryColPublished'],
];

/**
 * The table.
 *
 * @param props - Rows, the sort and its setter.
 * @return The table.
 */
export function CommitmentsTable({
  rows,
  sort,
  onSort,
}: {
  rows: TrackedCommitment[];
  sort: CommitmentQuery['sort'];
  onSort: (sort: CommitmentQuery['sort']) => void;
}) {
  const lang = uiLanguage();
  const toggle = (column: CommitmentColumn) =>
    onSort({ column, descending: sort.column === column ? !sort.descending : false });
  return (
    <table class="commitments">
      <thead>
        <tr>
          {COLUMNS.map(([column, label]) => (
            <th
              key={column}
              scope="col"
              aria-sort={
                sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'
              }
            >
              <button type="button" data-sort={column} onClick={() => toggle(column)}>
                {t(label)}
                <span class="sort-mark" aria-hidden="true">
                  {sort.column === column ? (sort.descending ? '▼' : '▲') : ''}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.id}
            data-commitment-id={r.id}
            data-due={r.due}
            data-review={r.review}
            class={`due-${r.due}`}
          >
            <td data-field="actor">{r.actor}</td>
            <td data-field="action">
              {r.action}
              <span class="quote-line" title={r.quote}>
                {r.quote}
              </span>
            </td>
            <td data-field="amount" title={r.amount?.text}>
              {formatAmount(r.amount, lang)}
            </td>
            <td data-field="deadline">
              {r.deadline ?? '—'}
              {r.due === 'passed' && <span class="flag">{t('libraryDeadlinePassed')}</span>}
            </td>
            <td data-field="firmness">{r.firmness ? t(FIRMNESS_LABEL[r.firmness]) : '—'}</td>
            <td data-field="review">{t(REVIEW_LABEL[r.review])}</td>
            <td data-field="release">
              <a href={r.url} target="_blank" rel="noopener noreferrer">
                {r.release}
              </a>
            </td>
            <td data-field="published">{formatDay(r.published, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
