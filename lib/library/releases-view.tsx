/**
 * Releases: every annotated release, most recently read first, with its
 * site, publication date, language and what it holds per kind.
 */
import { t, uiLanguage } from '../i18n';
import { ask } from './ask';
import { formatDay, hostOf } from './format';
import { ListFoot } from './list-foot';
import { useWindow } from './use-window';

/**
 * The releases table.
 *
 * @param props - `revision` changes after an import, to reload.
 * @return The view.
 */
export function ReleasesView({ revision }: { revision: number }) {
  const lang = uiLanguage();
  const list = useWindow(
    (offset, limit) => ask('listReleases', { offset, limit }),
    [revision],
    'pressmark:releases',
  );
  if (!list.loading && !list.error && list.total === 0)
    return <p class="empty">{t('libraryNoReleases')}</p>;
  return (
    <>
      <table class="releases" data-view="releases" data-ready={!list.loading}>
        <thead>
          <tr>
            <th scope="col">{t('libraryColRelease')}</th>
            <th scope="col">{t('libraryColSite')}</th>
            <th scope="col">{t('libraryColPublished')}</th>
            <th scope="col">{t('libraryColLanguage')}</th>
            <th scope="col" class="num">
              {t('kindNote')}
            </th>
            <th scope="col" class="num">
              {t('kindOrganization')}
            </th>
            <th scope="col" class="num">
              {t('kindCommitment')}
            </th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((r) => (
            <tr key={r.id} data-release-id={r.id}>
              <td>
                <a href={r.url} target="_blank" rel="noopener noreferrer" lang={r.lang}>
                  {r.title || r.url}
                </a>
              </td>
              <td>{r.siteName ?? hostOf(r.url)}</td>
              <td>{formatDay(r.published, lang)}</td>
              <td>{r.lang}</td>
              <td class="num" data-count="note">
                {r.counts.note}
              </td>
              <td class="num" data-count="organization">
                {r.counts.organization}
              </td>
              <td class="num" data-count="commitment">
                {r.counts.commitment}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ListFoot list={list} />
    </>
  );
}
