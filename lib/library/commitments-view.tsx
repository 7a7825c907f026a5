/**
 * Commitment tracker: every commitment across releases with actor, action,
 * amount, deadline, firmness, review state and source release; sortable,
 * filterable, past deadlines flagged; the current selection exports as is.
 */
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { ExportButtons } from '../ui/export-buttons';
import { ask } from './ask';
import { CommitmentFilters } from './commitment-filters';
import type { CommitmentFilter, CommitmentQuery } from './commitment-rows';
import { CommitmentsTable } from './commitments-table';
import { localDay } from './deadline';
import { commitmentsSource } from './export-sources';
import { ListFoot } from './list-foot';
import type { CommitmentPage } from './protocol';
import { useDebounced } from './use-debounced';
import { useWindow } from './use-window';

/**
 * The tracker.
 *
 * @param props - `revision` changes after an import, to reload.
 * @return Filters, exports of the selection, the table.
 */
export function CommitmentsView({ revision }: { revision: number }) {
  const [filter, setFilter] = useState<CommitmentFilter>(() => ({
    text: '',
    actor: '',
    firmness: '',
    due: 'all',
    showDismissed: false,
    today: localDay(),
  }));
  const [sort, setSort] = useState<CommitmentQuery['sort']>({
    column: 'deadline',
    descending: false,
  });
  const [offered, setOffered] = useState<Pick<CommitmentPage, 'actors' | 'dismissed'>>({
    actors: [],
    dismissed: 0,
  });
  const text = useDebounced(filter.text);
  const query: CommitmentQuery = { filter: { ...filter, text }, sort };
  const list = useWindow(
    async (offset, limit) => {
      const page = await ask('listCommitments', { ...query, offset, limit });
      setOffered({ actors: page.actors, dismissed: page.dismissed });
      return page;
    },
    [JSON.stringify(query), revision],
    'pressmark:commitments',
  );
  return (
    <div data-view="commitments" data-ready={!list.loading}>
      <CommitmentFilters
        filter={filter}
        onFilter={(change) => setFilter((f) => ({ ...f, ...change }))}
        page={offered}
      />
      <section class="selection-exports" aria-label={t('libraryExportSelection')}>
        <h3>{t('libraryExportSelection')}</h3>
        <ExportButtons
          source={commitmentsSource(t('libraryCommitmentsLabel'), query, list.total)}
          disabled={list.total === 0}
        />
      </section>
      {!list.loading && list.total === 0 ? (
        <p class="empty">{t('libraryNoCommitments')}</p>
      ) : (
        <CommitmentsTable rows={list.items} sort={sort} onSort={setSort} />
      )}
      <ListFoot list={list} />
    </div>
  );
}
