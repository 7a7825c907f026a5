/**
 * The popup's data: the target page, the content script's state there, and
 * the page's annotations, with the mutations the popup offers. All storage
 * goes through the background.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { callBackground, callContent, type PageView } from '../messaging';
import type { Annotation } from '../model';
import type { AnnotationPatch } from '../store/annotations';
import { findTarget, type PopupTarget } from './popup-target';

/** What the popup knows about the page. */
export type PageState = 'loading' | 'ready' | 'no-article' | 'unavailable' | 'stored-only';

/** The popup's model. */
export interface PageReview {
  target: PopupTarget | null | undefined;
  state: PageState;
  view: PageView;
  error: string | null;
  reload(): Promise<void>;
  /** Shows a problem to the user. */
  fail(message: string): void;
  save(id: string, patch: AnnotationPatch): Promise<void>;
  setDeleted(id: string, deleted: boolean): Promise<Annotation | null>;
}

const EMPTY: PageView = { page: null, annotations: [] };

/**
 * Loads and manages the popup's page.
 *
 * @param search - `location.search` of the popup.
 * @return The review model.
 */
export function usePageReview(search: string): PageReview {
  const [target, setTarget] = useState<PopupTarget | null | undefined>(undefined);
  const [state, setState] = useState<PageState>('loading');
  const [view, setView] = useState<PageView>(EMPTY);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    if (!target) return;
    const result = await callBackground('getPageView', target.url);
    if (result.ok) setView(result.value);
    else setError(result.error);
  }, [target]);

  useEffect(() => {
    findTarget(search).then(setTarget, (e) => setError(String(e)));
  }, [search]);

  useEffect(() => {
    if (target === undefined) return;
    if (target === null) {
      setState('unavailable');
      return;
    }
    (async () => {
      if (target.tabId !== null) {
        // From the toolbar: annotate the page now (activeTab). As a tab: just ask.
        const status = target.fromToolbar
          ? await callBackground('annotateTab', target.tabId)
          : await callContent(target.tabId, 'getStatus');
        setState(
          status.ok ? status.value.state : target.fromToolbar ? 'unavailable' : 'stored-only',
        );
      } else {
        setState('stored-only');
      }
      await reload();
    })().catch((e) => setError(String(e)));
  }, [target, reload]);

  const save = async (id: string, patch: AnnotationPatch) => {
    const result = await callBackground('patchAnnotation', { id, patch });
    if (!result.ok) return setError(result.error);
    setView((v) => ({
      ...v,
      annotations: v.annotations.map((a) => (a.id === id ? result.value : a)),
    }));
  };

  const setDeleted = async (id: string, deleted: boolean) => {
    const result = await callBackground('setDeleted', { id, deleted });
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    await reload();
    return result.value;
  };

  return { target, state, view, error, reload, fail: setError, save, setDeleted };
}
