/**
 * Organizations: every organization named across releases, grouped by
 * canonical entity (aliases merged), most mentioned first; choosing one
 * lists its mentions with their release and date.
 */
import { useState } from 'preact/hooks';
import { t, uiLanguage } from '../i18n';
import { ask } from './ask';
import type { EntityGroup } from './entity-groups';
import { formatCount } from './format';
import { ListFoot } from './list-foot';
import { MentionsList } from './mentions-list';
import { useDebounced } from './use-debounced';
import { useWindow } from './use-window';

/**
 * The organizations view.
 *
 * @param props - `revision` changes after an import, to reload.
 * @return Groups on one side, the chosen group's mentions on the other.
 */
export function OrganizationsView({ revision }: { revision: number }) {
  const lang = uiLanguage();
  const [text, setText] = useState('');
  const filter = useDebounced(text);
  const [chosen, setChosen] = useState<EntityGroup | null>(null);
  const list = useWindow(
    (offset, limit) => ask('listOrganizations', { text: filter, offset, limit }),
    [filter, revision],
    'pressmark:organizations',
  );
  return (
    <div class="split" data-view="organizations">
      <div class="groups">
        <div class="field">
          <label for="org-filter">{t('libraryOrgFilter')}</label>
          <input
            id="org-filter"
            type="search"
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        {!list.loading && list.total === 0 && <p class="empty">{t('libraryOrgNone')}</p>}
        <ul class="group-list">
          {list.items.map((g) => (
            <li key={g.key} data-entity={g.key}>
              <button
                type="button"
                aria-pressed={chosen?.key === g.key}
                onClick={() => setChosen(g)}
              >
                <span class="name">{g.name}</span>
                <span class="counts">
                  <span data-count="mentions">
                    {t('libraryOrgMentions', formatCount(g.mentions, lang))}
                  </span>
                  {' · '}
                  <span data-count="releases">
                    {t('libraryOrgReleases', formatCount(g.releases, lang))}
                  </span>
                </span>
                {g.names.length > 1 && (
                  <span class="aliases">
                    {t('libraryOrgAlsoAs', g.names.filter((n) => n !== g.name).join(' · '))}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
        <ListFoot list={list} />
      </div>
      <div class="mentions" aria-live="polite">
        {chosen ? (
          <MentionsList key={`${chosen.key} ${revision}`} group={chosen} />
        ) : (
          <p class="empty">{t('libraryChooseOrg')}</p>
        )}
      </div>
    </div>
  );
}
