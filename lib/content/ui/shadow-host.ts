/**
 * Pressmark's in-page UI lives in a closed shadow root on a host element
 * outside the article: page CSS cannot restyle it, page scripts cannot
 * reach into it, and the article's DOM stays untouched.
 */
import { UI_STYLES } from './ui-styles';

/** A mounted shadow UI. */
export interface ShadowUi {
  host: HTMLElement;
  root: ShadowRoot;
  /** Removes the host and everything in it. */
  remove: () => void;
}

/**
 * Mounts an empty shadow UI at the end of `<html>`.
 *
 * @param doc - The page.
 * @param name - Shown in the host's `data-pressmark-ui` attribute.
 * @return The host and its closed root.
 */
export function mountShadowUi(doc: Document, name: string): ShadowUi {
  const host = doc.createElement('pressmark-ui');
  host.dataset.pressmarkUi = name;
  // Reset whatever the page says about unknown elements; stay above page UI.
  host.setAttribute(
    'style',
    'all: initial; position: absolute; top: 0; left: 0; z-index: 2147483647;',
  );
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = UI_STYLES;
  root.append(style);
  doc.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
}

/**
 * Creates an element with attributes and children (a tiny hyperscript, to
 * keep the content script free of a UI library).
 *
 * @param doc - Owner document.
 * @param tag - Tag name.
 * @param attrs - Attributes; `text` sets textContent.
 * @param children - Child nodes.
 * @return The element.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'text') el.textContent = value;
    else el.setAttribute(key, value);
  }
  el.append(...children);
  return el;
}
