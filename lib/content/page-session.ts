/**
 * The content script's life on one page: read the release, register the
 * visit with the background, then hand over to the article session. The
 * `<html>` element carries the state for anyone waiting on it (test
 * contract): data-pressmark-state = "loading" | "ready" | "no-article".
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readArticle } from '../extract/read-article';
import { supportsHighlights } from '../highlight/highlighter';
import { type ContentProtocol, type ContentStatus, callBackground, serve } from '../messaging';
import { fingerprint } from '../page/fingerprint';
import { type ArticleSession, startArticleSession } from './article-session';

/** The attribute other checks wait for (test contract). */
export const STATE_ATTRIBUTE = 'data-pressmark-state';

/**
 * Runs Pressmark on the current page until the context is invalidated.
 *
 * @param ctx - WXT's content script context.
 */
export async function runPageSession(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  let status: ContentStatus = { state: 'loading', url: location.href, pageId: null };
  const setStatus = (next: ContentStatus) => {
    status = next;
    doc.documentElement.setAttribute(STATE_ATTRIBUTE, next.state);
  };
  setStatus(status);

  let session: ArticleSession | null = null;
  // Answer status requests from the start: the background polls them after injecting.
  ctx.onInvalidated(
    serve<ContentProtocol>('content', {
      getStatus: () => status,
      scrollTo: (id) => session?.scrollTo(id) ?? false,
      refresh: async () => {
        await session?.refresh();
        return status;
      },
      annotateSelection: ({ withNote }) => session?.annotateSelection(withNote) ?? false,
    }),
  );

  const extracted = supportsHighlights() ? readArticle(doc, { url: location.href }) : null;
  if (!extracted) {
    setStatus({ ...status, state: 'no-article' });
    return;
  }
  const { article, canonicalUrl } = extracted;
  const visit = await callBackground('recordVisit', {
    url: location.href,
    canonicalUrl,
    title: article.title,
    lang: article.lang,
    siteName: article.siteName,
    published: article.published,
    fingerprint: fingerprint(article.text),
  });
  const page = visit.ok ? visit.value.page : null;
  if (!visit.ok || !page) {
    console.warn('Pressmark: could not register the page:', visit.ok ? 'no record' : visit.error);
    setStatus({ ...status, state: 'no-article' });
    return;
  }
  session = startArticleSession(ctx, extracted, { ...visit.value, page });
  setStatus({ state: 'ready', url: location.href, pageId: page.id });
}
