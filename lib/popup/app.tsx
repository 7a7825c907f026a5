/**
 * The popup: the current page's annotations in reading order, filtered by
 * kind, organization, tag, state and text; edit, delete (undoable),
 * jump-to-highlight, review of automatic findings (one by one or in bulk),
 * anchoring states and changes of the release, export and import.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t, uiLanguage } from '../i18n';
import { callBackground, callContent } from '../messaging';
import type { AnchorStatus, Annotation } from '../model';
import { backupDue, settingsItem } from '../settings';
import { AnnotationItem } from './annotation-item';
import { BulkReview } from './bulk-review';
import { ChangesPanel } from './changes-panel';
import { ExportBar } from './export-bar';
import { FilterBar } from './filter-bar';
import { applyFilters, type Filters, NO_FILTERS } from './filters';
import { SiteToggle } from './site-toggle';
import { type PageState, usePageReview } from './use-page-review';

const STATE_TEXT: Record<PageState, 'stateLoading' | 'stateNoArticle' | 'stateUnavailable' | null> =
  {
    loading: 'stateLoading',
    ready: null,
    'no-article': 'stateNoArticle',
    unavailable: 'stateUnavailable',
    'stored-only': null,
  };

/**
 * Annotations rendered at first; more on request. A long release carries
 * thousands of automatic findings, and the popup must open at once.
 */
const PAGE_SIZE = 150;

const webOrigin = (url: string): string | null => {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
};

/**
 * The popup application.
 *
 * @return The popup's content.
 */
export function App() {
  const review = usePageReview(location.search);
  const [undo, setUndo] = useState<Annotation | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [remindBackup, setRemindBackup] = useState(false);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const { target, state, view } = review;
  const tabId = target?.tabId ?? null;
  const origin = target ? webOrigin(target.url) : null;
  const title = view.page?.title ?? target?.url ?? '';
  const states = view.page?.anchoring?.states ?? {};
  const changes = view.page?.anchoring?.changes ?? null;
  const shown = applyFilters(view.annotations, filters, states);
  const annotated = view.annotations.length;
  useEffect(() => {
    settingsItem
      .getValue()
      .then((settings) => setRemindBackup(backupDue(settings, annotated, Date.now())));
  }, [annotated]);
  const counts: Record<AnchorStatus, number> = { anchored: 0, fuzzy: 0, orphaned: 0 };
  for (const a of view.annotations) {
    const status = states[a.id]?.status;
    if (status) counts[status]++;
  }

  /** Asks the page to act, then re-reads what it reported. */
  const inPage = async (type: 'acceptAnchor' | 'reattach', id: string) => {
    if (tabId === null) return;
    const done = await callContent(tabId, type, id);
    if (!done.ok || !done.value)
      review.fail(t(type === 'reattach' ? 'reattachNeedsSelection' : 'acceptFailed'));
    await review.reload();
  };
  const detach = async (id: string) => {
    await review.save(id, { detached: new Date().toISOString() });
    if (tabId !== null) await callContent(tabId, 'refresh');
    await review.reload();
  };
  const reviewMany = async (ids: string[], verdict: 'accepted' | 'dismissed') => {
    const done = await callBackground('reviewMany', { ids, review: verdict });
    if (!done.ok) review.fail(done.error);
    if (tabId !== null) await callContent(tabId, 'refresh');
    await review.reload();
  };
  const remove = async (annotation: Annotation) => {
    if (await review.setDeleted(annotation.id, true)) setUndo(annotation);
  };
  const restore = async () => {
    if (undo && (await review.setDeleted(undo.id, false))) setUndo(null);
  };

  return (
    <main data-page-state={state} lang={uiLanguage()}>
      <header>
        <h1>Pressmark</h1>
        <div class="header-links">
          <button
            type="button"
            onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}
          >
            {t('openLibrary')}
          </button>
          <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
            {t('openOptions')}
          </button>
        </div>
        {title && <p class="page-title">{title}</p>}
      </header>
      {STATE_TEXT[state] && (
        <p class="state" role="status">
          {t(STATE_TEXT[state])}
        </p>
      )}
      {review.error && (
        <p class="problem" role="alert">
          {review.error}
        </p>
      )}
      {remindBackup && (
        <p class="reminder" role="status">
          {t('backupDue')}
        </p>
      )}
      {origin && target?.fromToolbar && <SiteToggle origin={origin} />}
      {changes && <ChangesPanel changes={changes} />}
      <section aria-label={t('annotationsLabel')}>
        <h2>{t('annotationCount', view.annotations.length)}</h2>
        {view.page?.anchoring && view.annotations.length > 0 && (
          <p class="counts" data-counts>
            <span data-count="anchored">{t('countAnchored', counts.anchored)}</span> ·{' '}
            <span data-count="fuzzy">{t('countFuzzy', counts.fuzzy)}</span> ·{' '}
            <span data-count="orphaned">{t('countOrphaned', counts.orphaned)}</span>
          </p>
        )}
        {view.annotations.length > 0 && (
          <FilterBar annotations={view.annotations} filters={filters} onChange={setFilters} />
        )}
        <BulkReview shown={shown} onReview={reviewMany} />
        {view.annotations.length === 0 && state !== 'loading' && (
          <p class="empty">{t('emptyHint')}</p>
        )}
        <ol class="list">
          {shown.slice(0, limit).map((annotation) => (
            <AnnotationItem
              key={annotation.id}
              annotation={annotation}
              state={states[annotation.id]}
              actions={{
                save: review.save,
                remove,
                detach,
                jump: tabId === null ? undefined : (id) => void callContent(tabId, 'scrollTo', id),
                accept: tabId === null ? undefined : (id) => void inPage('acceptAnchor', id),
                reattach: tabId === null ? undefined : (id) => void inPage('reattach', id),
              }}
            />
          ))}
        </ol>
        {shown.length > limit && (
          <button type="button" class="more" onClick={() => setLimit(limit + PAGE_SIZE)}>
            {t('showMore', Math.min(PAGE_SIZE, shown.length - limit), shown.length - limit)}
          </button>
        )}
      </section>
      {undo && (
        <div class="toast" role="status">
          {t('deleted')}
          <button type="button" onClick={restore}>
            {t('undo')}
          </button>
        </div>
      )}
      <ExportBar page={view.page} name={title || 'page'} onImported={() => void review.reload()} />
    </main>
  );
}
