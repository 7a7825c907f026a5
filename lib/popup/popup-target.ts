/**
 * Which page the popup is about: the active tab when opened from the
 * toolbar, or `?url=<page URL>` when opened as a tab (test contract; also
 * handy for bookmarking a page's review).
 */
import browser from 'webextension-polyfill';
import { normalizeUrl } from '../page/normalize-url';

/** The page under review and the tab showing it, if any. */
export interface PopupTarget {
  url: string;
  tabId: number | null;
  /** Opened from the toolbar button: the page may be annotated on demand. */
  fromToolbar: boolean;
}

/**
 * Works out the popup's target page.
 *
 * @param search - `location.search`.
 * @return The target, or null when there is no page (e.g. no active tab).
 */
export async function findTarget(search: string): Promise<PopupTarget | null> {
  const asked = new URLSearchParams(search).get('url');
  if (asked) {
    // A tab showing that page, so "jump to" works; needs host access to read tab URLs.
    const key = normalizeUrl(asked);
    const tabs = await browser.tabs.query({});
    const tab = tabs.find((t) => t.url && normalizeUrl(t.url) === key);
    return { url: asked, tabId: tab?.id ?? null, fromToolbar: false };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url || tab.id === undefined) return null;
  return { url: tab.url, tabId: tab.id, fromToolbar: true };
}
