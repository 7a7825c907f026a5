/**
 * The popup's filters: kind (with counts), organization, tag, anchoring
 * state, text search, and whether dismissed findings show. Plain form
 * controls, so the keyboard and screen readers work as everywhere.
 */
import { t } from '../i18n';
import type { Annotation } from '../model';
import { type Filters, facets } from './filters';

const KINDS: [
  Filters['kind'],
  'filterAll' | 'filterNotes' | 'filterCommitments' | 'filterOrganizations',
][] = [
  ['all', 'filterAll'],
  ['note', 'filterNotes'],
  ['commitment', 'filterCommitments'],
  ['organization', 'filterOrganizations'],
];

/**
 * The filter controls.
 *
 * @param props - All annotations (for counts and choices), the filters and their setter.
 * @return The bar.
 */
export function FilterBar({
  annotations,
  filters,
  onChange,
}: {
  annotations: Annotation[];
  filters: Filters;
  onChange: (next: Filters) => void;
}) {
  const live = annotations.filter((a) => a.review !== 'dismissed');
  const dismissed = annotations.length - live.length;
  const { entities, tags } = facets(annotations);
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <div class="filters">
      <div class="kind-filter" role="radiogroup" aria-label={t('filterKind')}>
        {KINDS.map(([value, label]) => (
          <label key={value} class={filters.kind === value ? 'chosen' : ''}>
            <input
              type="radio"
              name="kind"
              value={value}
              checked={filters.kind === value}
              onChange={() => set({ kind: value })}
            />
            {t(label)}{' '}
            <span class="count">
              {value === 'all' ? live.length : live.filter((a) => a.kind === value).length}
            </span>
          </label>
        ))}
      </div>
      <div class="filter-row">
        <input
          type="search"
          aria-label={t('filterSearch')}
          placeholder={t('filterSearch')}
          value={filters.query}
          onInput={(e) => set({ query: e.currentTarget.value })}
        />
        {entities.length > 0 && (
          <select
            aria-label={t('filterOrganization')}
            value={filters.entity}
            onChange={(e) => set({ entity: e.currentTarget.value })}
          >
            <option value="">{t('filterAnyOrganization')}</option>
            {entities.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        )}
        {tags.length > 0 && (
          <select
            aria-label={t('filterTag')}
            value={filters.tag}
            onChange={(e) => set({ tag: e.currentTarget.value })}
          >
            <option value="">{t('filterAnyTag')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        )}
        <select
          aria-label={t('filterState')}
          value={filters.status}
          onChange={(e) => set({ status: e.currentTarget.value as Filters['status'] })}
        >
          <option value="">{t('filterAnyState')}</option>
          <option value="anchored">{t('statusAnchored')}</option>
          <option value="fuzzy">{t('statusFuzzy')}</option>
          <option value="orphaned">{t('statusOrphaned')}</option>
        </select>
      </div>
      {dismissed > 0 && (
        <label class="show-dismissed">
          <input
            type="checkbox"
            checked={filters.showDismissed}
            onChange={(e) => set({ showDismissed: e.currentTarget.checked })}
          />
          {t('filterShowDismissed', dismissed)}
        </label>
      )}
    </div>
  );
}
