/**
 * The foot of a windowed list: how much is shown, "More", and the state.
 */
import { t, uiLanguage } from '../i18n';
import { formatCount } from './format';
import type { WindowState } from './use-window';

/**
 * Shown below every long list.
 *
 * @param props - The list state.
 * @return Count, "More" while rows remain, loading and error messages.
 */
export function ListFoot<T>({ list }: { list: WindowState<T> }) {
  const lang = uiLanguage();
  return (
    <div class="list-foot">
      {list.total > 0 && (
        <p class="shown" data-shown={list.items.length} data-total={list.total}>
          {t('libraryShown', formatCount(list.items.length, lang), formatCount(list.total, lang))}
        </p>
      )}
      {list.items.length < list.total && !list.loading && (
        <button type="button" onClick={list.more}>
          {t('libraryMore')}
        </button>
      )}
      {list.loading && (
        <p class="state" role="status">
          {t('libraryLoading')}
        </p>
      )}
      {list.error && (
        <p class="problem" role="alert">
          {t('libraryFailed', list.error)}
        </p>
      )}
    </div>
  );
}
