/**
 * The popup: the current page's annotations in reading order, with edit,
 * delete (undoable), jump-to-highlight and export.
 */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { callContent } from '../messaging';
import type { Annotation } from '../model';
import { AnnotationItem } from './annotation-item';
import { ChangesPanel } from './changes-panel';
import { ExportBar } from './export-bar';
import { type KindChoice, KindFilter } from './kind-filter';
import { SiteToggle } from './site-toggle';
import { type PageState, usePageReview } from './use-page-review';

const STATE_TEXT: Record<PageState, string | null> = {
  loading: 'Reading the page…',
  ready: null,
  'no-article': 'No article found on this page. Pressmark reads press releases and news articles.',
  unavailable: 'Pressmark cannot run on this page (browser pages and web stores are off limits).',
  'stored-only': null,
};

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
  const { target, state, view } = review;
  const tabId = target?.tabId ?? null;
  const origin = target ? webOrigin(target.url) : null;
  const title = view.page?.title ?? target?.url ?? '';

  const states = view.page?.anchoring?.states ?? {};
  const changes = view.page?.anchoring?.changes ?? null;
  const counts = { anchored: 0, fuzzy: 0, orphaned: 0 };
  for (const a of view.annotations) {
    const status = states[a.id]?.status;
    if (status) counts[status]++;
  }
  /** Asks the page to act, then re-reads what it reported. */
  const inPage = async (type: 'acceptAnchor' | 'reattach', id: string) => {
    if (tabId === null) return;
    const done = await callContent(tabId, type, id);
    if (!done.ok || !done.value)
      review.fail(
        type === 'reattach'
          ? 'Select the text in the page first.'
          : 'The page could not take the new text.',
      );
    await review.reload();
  };
  const detach = async (id: string) => {
    await review.save(id, { detached: new Date().toISOString() });
    if (tabId !== null) await callContent(tabId, 'refresh');
    await review.reload();
  };

  const [kind, setKind] = useState<KindChoice>('all');
  const [showDismissed, setShowDismissed] = useState(false);
  const dismissedCount = view.annotations.filter((a) => a.review === 'dismissed').length;
  const visible = view.annotations.filter(
    (a) => (kind === 'all' || a.kind === kind) && (showDismissed || a.review !== 'dismissed'),
  );

  const remove = async (annotation: Annotation) => {
    if (await review.setDeleted(annotation.id, true)) setUndo(annotation);
  };
  const restore = async () => {
    if (undo && (await review.setDeleted(undo.id, false))) setUndo(null);
  };

  return (
    <main data-page-state={state}>
      <header>
        <h1>Pressmark</h1>
        <button type="button" class="options-link" onClick={() => browser.runtime.openOptionsPage()}>
          Options
        </button>
        {title && <p class="page-title">{title}</p>}
      </header>
      {STATE_TEXT[state] && (
        <p class="state" role="status">
          {STATE_TEXT[state]}
        </p>
      )}
      {review.error && (
        <p class="problem" role="alert">
          {review.error}
        </p>
      )}
      {origin && target?.fromToolbar && <SiteToggle origin={origin} />}
      {changes && <ChangesPanel changes={changes} />}
      <section aria-label="Annotations">
        <h2>
          {view.annotations.length} {view.annotations.length === 1 ? 'annotation' : 'annotations'}
        </h2>
        <KindFilter annotations={view.annotations} kind={kind} onKind={setKind} />
        {dismissedCount > 0 && (
          <label class="show-dismissed">
            <input
              type="checkbox"
              checked={showDismissed}
              onChange={(e) => setShowDismissed(e.currentTarget.checked)}
            />
            Show dismissed ({dismissedCount})
          </label>
        )}
        {view.page?.anchoring && view.annotations.length > 0 && (
          <p class="counts" data-counts>
            <span data-count="anchored">{counts.anchored} anchored</span> ·{' '}
            <span data-count="fuzzy">{counts.fuzzy} changed</span> ·{' '}
            <span data-count="orphaned">{counts.orphaned} not found</span>
          </p>
        )}
        {view.annotations.length === 0 && state !== 'loading' && (
          <p class="empty">Select text in the article and choose “Highlight” to add one.</p>
        )}
        <ol class="list">
          {visible.map((annotation) => (
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
      </section>
      {undo && (
        <div class="toast" role="status">
          Annotation deleted.
          <button type="button" onClick={restore}>
            Undo
          </button>
        </div>
      )}
      <ExportBar page={view.page} name={title || 'page'} onImported={() => void review.reload()} />
    </main>
  );
}
