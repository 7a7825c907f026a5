/**
 * Dynamic pages: content that arrives after load and frameworks that
 * re-render the article must not lose highlights. A debounced
 * MutationObserver notices when the article's text nodes are replaced or
 * its text changes and asks for a fresh read. Pressmark's own UI hangs off
 * `<html>`, outside `<body>`, and the state is an attribute: neither is
 * observed, so Pressmark never triggers itself.
 */
import type { ExtractedArticle } from '../extract/read-article';
import type { Scope } from './scope';

/** Wait for the page to be quiet this long before re-reading it. */
const SETTLE_MS = 400;

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

function debounced(scope: Scope, fn: () => void): () => void {
  let cancel: (() => void) | null = null;
  return () => {
    cancel?.();
    cancel = scope.setTimeout(fn, SETTLE_MS);
  };
}

/**
 * Watches the article for replacement or change.
 *
 * @param scope - Lifetime of the watch.
 * @param extracted - The article as read.
 * @param onChange - Called (debounced) when the article should be re-read.
 */
export function watchArticle(
  scope: Scope,
  extracted: ExtractedArticle,
  onChange: (why: 'mutation') => void,
): void {
  const { container, model } = extracted;
  const check = debounced(scope, () => {
    const stale = !container.isConnected || model.nodes.some((n) => !n.isConnected);
    if (stale || changed) onChange('mutation');
    changed = false;
  });
  let changed = false;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const inArticle = container.contains(record.target);
      const lostArticle = [...record.removedNodes].some(
        (n) => n === container || n.contains(container),
      );
      if (inArticle || lostArticle) {
        changed = true;
        check();
        return;
      }
    }
  });
  observer.observe(document.body ?? document.documentElement, OBSERVE);
  scope.onDispose(() => observer.disconnect());
}

/**
 * On a page without an article yet, asks once for a re-read when content
 * arrives (client-rendered releases). The caller bounds how often.
 *
 * @param scope - Lifetime of the watch.
 * @param onChange - Called once, debounced, after the page changed.
 */
export function watchForArticle(scope: Scope, onChange: (why: 'mutation') => void): void {
  const observer = new MutationObserver(
    debounced(scope, () => {
      observer.disconnect();
      onChange('mutation');
    }),
  );
  observer.observe(document.body ?? document.documentElement, OBSERVE);
  scope.onDispose(() => observer.disconnect());
}
