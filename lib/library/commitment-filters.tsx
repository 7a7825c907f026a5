/**
 * The commitment tracker's filters: words, actor, firmness, deadline state,
 * and whether dismissed commitments are shown.
 */
import { type MessageKey, t } from '../i18n';
import type { Firmness } from '../model';
import type { CommitmentFilter } from './commitment-rows';
import type { Due } from './deadline';
import { FIRMNESS_LABEL } from './labels';
import type { CommitmentPage } from './protocol';

const DUE: [Due | 'all', MessageKey][] = [
  ['all', 'libraryDueAll'],
  ['passed', 'libraryDuePassed'],
  ['upcoming', 'libraryDueUpcoming'],
  ['none', 'libraryDueNone'],
];

/**
 * The filter bar.
 *
 * @param props - The filter (with the text as typed), its setter, and the actors and dismissed count offered.
 * @return The controls.
 */
export function CommitmentFilters({
  filter,
  onFilter,
  page,
}: {
  filter: CommitmentFilter;
  onFilter: (change: Partial<CommitmentFilter>) => void;
  page: Pick<CommitmentPage, 'actors' | 'dismissed'>;
}) {
  return (
    <div class="filters">
      <div class="field">
        <label for="filter-text">{t('libraryFilterText')}</label>
        <input
          id="filter-text"
          type="search"
          value={filter.text}
          onInput={(e) => onFilter({ text: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="filter-actor">{t('libraryFilterActor')}</label>
        <select
          id="filter-actor"
          value={filter.actor}
          onChange={(e) => onFilter({ actor: e.currentTarget.value })}
        >
          <option value="">{t('libraryFilterAnyActor')}</option>
          {page.actors.map((a) => (
            <option key={a.key} value={a.key}>
              {a.name} ({a.count})
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-firmness">{t('libraryFilterFirmness')}</label>
        <select
          id="filter-firmness"
          value={filter.firmness}
          onChange={(e) => onFilter({ firmness: e.currentTarget.value as Firmness | '' })}
        >
          <option value="">{t('libraryFilterAnyFirmness')}</option>
          {Object.entries(FIRMNESS_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-due">{t('libraryFilterDue')}</label>
        <select
          id="filter-due"
          value={filter.due}
          onChange={(e) => onFilter({ due: e.currentTarget.value as Due | 'all' })}
        >
          {DUE.map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={filter.showDismissed}
          onChange={(e) => onFilter({ showDismissed: e.currentTarget.checked })}
        />
        {t('libraryShowDismissed', page.dismissed)}
      </label>
    </div>
  );
}
