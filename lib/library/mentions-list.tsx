/**
 * One organization's mentions: the words quoted, the release and its date.
 */
import { t, uiLanguage } from '../i18n';
import { ask } from './ask';
import type { EntityGroup } from './entity-groups';
import { formatDay } from './format';
import { ListFoot } from './list-foot';
import { useWindow } from './use-window';

/**
 * The mentions of a group.
 *
 * @param props - The chosen group.
 * @return A heading and the windowed list.
 */
export function MentionsList({ group }: { group: EntityGroup }) {
  const lang = uiLanguage();
  const list = useWindow(
    (offset, limit) => ask('listMentions', { folds: group.folds, offset, limit }),
    [group.key],
  );
  return (
    <>
      <h2>{t('libraryMentionsOf', group.name)}</h2>
      <ol class="mention-list" data-mentions-of={group.key}>
        {list.items.map((m) => (
          <li key={m.id} class="item" data-annotation-id={m.id}>
            <blockquote class="quote">{m.quote}</blockquote>
            <p class="meta">
              <a href={m.url} target="_blank" rel="noopener noreferrer">
                {m.release}
              </a>
              <span>{formatDay(m.published, lang)}</span>
            </p>
          </li>
        ))}
      </ol>
      <ListFoot list={list} />
    </>
  );
}
