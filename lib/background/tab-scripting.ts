/**
 * Running the content script on demand. Clicking the toolbar button, the
 * context menu or a shortcut grants `activeTab` for that tab, which is all
 * the permission injection needs.
 */
import browser from 'webextension-polyfill';
import { type ContentStatus, callContent } from '../messaging';
import { CONTENT_SCRIPT } from './site-access';

/** How long to wait for a freshly injected script to read its page. */
const READY_TIMEOUT_MS = 15_000;
const POLL_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Makes sure the content script runs in a tab and has read the page.
 *
 * @param tabId - The tab.
 * @return The content script's status; rejects when the page cannot be
 *   scripted (browser pages, the web store, no permission).
 */
export async function annotateTab(tabId: number): Promise<ContentStatus> {
  let status = await callContent(tabId, 'getStatus');
  if (!status.ok) {
    await browser.scripting.insertCSS({ target: { tabId }, files: CONTENT_SCRIPT.css });
    await browser.scripting.executeScript({ target: { tabId }, files: CONTENT_SCRIPT.js });
  }
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    status = await callContent(tabId, 'getStatus');
    if (status.ok && status.value.state !== 'loading') return status.value;
    await sleep(POLL_MS);
  }
  throw new Error('the page did not finish loading in time');
}

/**
 * Tells every other tab's content script that a page's annotations changed.
 *
 * @param exceptTabId - The tab the change came from (it knows already).
 */
export async function broadcastRefresh(exceptTabId?: number): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && tab.id !== exceptTabId)
      .map((tab) => callContent(tab.id as number, 'refresh')),
  );
}
