/**
 * The popup: the current page's annotations in reading order, with edit,
 * delete (undoable), jump-to-highlight and export.
 */
import { useState } from 'preact/hooks';
import { callContent } from '../messaging';
import type { Annotation } from '../model';
import { AnnotationItem } from './annotation-item';
import { ExportBar } from './export-bar';
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
      <section aria-label="Annotations">
        <h2>
          {view.annotations.length} {view.annotations.length === 1 ? 'annotation' : 'annotations'}
        </h2>
        {view.annotations.length === 0 && state !== 'loading' && (
          <p class="empty">Select text in the article and choose “Highlight” to add one.</p>
        )}
        <ol class="list">
          {view.annotations.map((annotation) => (
            <AnnotationItem
              key={annotation.id}
              annotation={annotation}
              actions={{
                save: review.save,
                remove,
                jump: tabId === null ? undefined : (id) => void callContent(tabId, 'scrollTo', id),
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
      <ExportBar annotations={view.annotations} name={title || 'page'} />
    </main>
  );
}
