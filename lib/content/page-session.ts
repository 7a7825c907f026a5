/**
 * The content script's life on one tab: read the release, register the
 * visit, hand over to an article session, and start over when the page
 * navigates without reloading (pushState) or re-renders the article. The
 * `<html>` element carries the state for anyone waiting on it (test
 * contract): data-pressmark-state = "loading" | "ready" | "no-article".
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readArticle } from '../extract/read-article';
import { supportsHighlights } from '../highlight/highlighter';
import { type ContentProtocol, type ContentStatus, callBackground, serve } from '../messaging';
import { fingerprint } from '../page/fingerprint';
import { timed } from '../timed';
import { type ArticleSession, startArticleSession } from './article-session';
import { watchArticle, watchForArticle } from './article-watch';
import { createScope, type Scope } from './scope';

/** The attribute other checks wait for (test contract). */
export const STATE_ATTRIBUTE = 'data-pressmark-state';
/** A page with no article is re-read at most this many times as content arrives. */
const MAX_NO_ARTICLE_RETRIES = 20;
/** Why the page is read (again). */
type Reason = 'load' | 'navigation' | 'mutation';
/** After a pushState navigation, wait this long for the app to render the new page. */
const NAVIGATION_SETTLE_MS = 300;

/**
 * Runs Pressmark on the current tab until the context is invalidated.
 *
 * @param ctx - WXT's content script context.
 */
export async function runPageSession(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const root = createScope(ctx.signal);
  let status: ContentStatus = { state: 'loading', url: location.href, pageId: null };
  const setStatus = (next: ContentStatus) => {
    status = next;
    doc.documentElement.setAttribute(STATE_ATTRIBUTE, next.state);
  };

  let session: ArticleSession | null = null;
  let sessionScope: Scope | null = null;
  let starting: Promise<void> | null = null;
  let retries = 0;

  /** Reads the page afresh and starts a new article session. */
  const start = async (reason: Reason) => {
    const begun = performance.now();
    sessionScope?.dispose();
    session = null;
    const scope = root.child();
    sessionScope = scope;
    // A re-render keeps the page's state; a navigation is a new page.
    if (reason !== 'mutation') {
      retries = 0;
      setStatus({ state: 'loading', url: location.href, pageId: null });
    }
    const extracted = supportsHighlights()
      ? timed('extract', () => readArticle(doc, { url: location.href }))
      : null;
    if (!extracted) {
      setStatus({ state: 'no-article', url: location.href, pageId: null });
      if (retries++ < MAX_NO_ARTICLE_RETRIES)
        watchForArticle(scope, (why) => requestRestart(why, 0));
      return;
    }
    const { article, canonicalUrl } = extracted;
    // Detection runs in the background: its patterns stay compiled from page
    // to page there, and the page's main thread never pays for them.
    const opened = await callBackground('openPage', {
      url: location.href,
      canonicalUrl,
      title: article.title,
      lang: article.lang,
      siteName: article.siteName,
      published: article.published,
      fingerprint: fingerprint(article.text),
      text: article.text,
    });
    if (!opened.ok) {
      console.warn('Pressmark: could not open the page record:', opened.error);
      setStatus({ state: 'no-article', url: location.href, pageId: null });
      return;
    }
    const view = opened.value;
    const page = view.page;
    // A save that finishes after a re-read reloads the current session.
    const started = await startArticleSession(
      scope,
      extracted,
      view,
      () => void session?.refresh(),
    );
    if (scope.signal.aborted) return; // superseded while anchoring
    session = started;
    // Read by the benchmarks: from reading the page to every highlight drawn.
    performance.measure('pressmark:total', { start: begun, end: performance.now() });
    setStatus({ state: 'ready', url: location.href, pageId: page.id });
    watchArticle(scope, extracted, (why) => requestRestart(why, 0));
  };

  const restart = (reason: Reason) => {
    starting = (starting ?? Promise.resolve())
      .then(() => start(reason))
      .catch((error) => {
        console.error('Pressmark:', error);
      });
    return starting;
  };

  // Re-reads are coalesced: a navigation usually comes with DOM mutations,
  // and one fresh read (as a navigation) must win over several.
  let pendingReason: Reason | null = null;
  let cancelPending: (() => void) | null = null;
  const requestRestart = (reason: Reason, delay: number) => {
    pendingReason = pendingReason === 'navigation' ? pendingReason : reason;
    cancelPending?.();
    cancelPending = root.setTimeout(() => {
      const why = pendingReason ?? reason;
      pendingReason = null;
      void restart(why);
    }, delay);
  };

  // Answer status requests from the start: the background polls after injecting.
  root.onDispose(
    serve<ContentProtocol>('content', {
      getStatus: () => status,
      scrollTo: (id) => session?.scrollTo(id) ?? false,
      refresh: async () => {
        await session?.refresh();
        return status;
      },
      annotateSelection: ({ withNote }) => session?.annotateSelection(withNote) ?? false,
      acceptAnchor: async (id) => (await session?.acceptAnchor(id)) ?? false,
      reattach: async (id) => (await session?.reattach(id)) ?? false,
    }),
  );

  // Single-page sites change the address without a load: a new page. The
  // app usually renders it just after the address changes, so let it settle.
  ctx.addEventListener(window, 'wxt:locationchange', () =>
    requestRestart('navigation', NAVIGATION_SETTLE_MS),
  );

  setStatus(status);
  await restart('load');
}
