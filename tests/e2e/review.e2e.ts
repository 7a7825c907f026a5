/**
 * Reviewing annotations in Chromium: the popup edits, deletes with undo and
 * jumps to highlights; clicking a highlight in the page opens its note;
 * the context-menu/shortcut path (background → content) highlights the
 * selection; the toolbar goes away once used.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, waitForPressmark } from '../support/chromium.mjs';
import { startFixtureServer } from '../support/fixture-server.mjs';
import {
  clickHighlight,
  clickShadowButton,
  highlightTexts,
  selectText,
} from '../support/shadow.mjs';

type Browser = Awaited<ReturnType<typeof launchChromium>>;
/** The bits of the `chrome` API the service worker is asked to run. */
declare const chrome: {
  tabs: {
    query(q: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: unknown): Promise<unknown>;
  };
};
type Server = Awaited<ReturnType<typeof startFixtureServer>>;

const FIRST = 'Provinzkomitees Henan der Kommunistischen Partei Chinas';
const SECOND = 'kohlenstofffreien Industrie-Hub';

let browser: Browser;
let server: Server;
let page: Page;
let popup: Page;
let pageUrl: string;

const toolbarHidden = (p: Page) =>
  p.evaluate(
    () => document.querySelector<HTMLElement>('pressmark-ui[data-pressmark-ui="toolbar"]')?.hidden,
  );

const noteEditorsOpen = (p: Page) =>
  p.evaluate(
    () => document.querySelectorAll('pressmark-ui[data-pressmark-ui="note-editor"]').length,
  );

const items = () => popup.locator('[data-annotation-id][data-kind="note"]');

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium();
  pageUrl = server.url('/pages/catl-henan.html');
  page = await browser.context.newPage();
  await page.goto(pageUrl);
  await waitForPressmark(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('reviewing annotations', () => {
  it('hides the toolbar once a highlight is made', async () => {
    await selectText(page, FIRST);
    expect(await toolbarHidden(page)).toBe(false);
    await clickShadowButton(page, 'toolbar', 'Highlight');
    await expect.poll(() => highlightTexts(page, 'pressmark-note')).toEqual([FIRST]);
    expect(await toolbarHidden(page)).toBe(true);
  });

  it('highlights the selection when the background asks (context menu and shortcut path)', async () => {
    await selectText(page, SECOND);
    const tabId = await browser.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return tab?.id;
    }, pageUrl);
    const answer = await browser.worker.evaluate(
      (id) =>
        chrome.tabs.sendMessage(id as number, {
          pressmark: 1,
          to: 'content',
          type: 'annotateSelection',
          args: [{ withNote: false }],
        }),
      tabId,
    );
    expect(answer).toEqual({ ok: true, value: true });
    await expect.poll(() => highlightTexts(page, 'pressmark-note')).toEqual([FIRST, SECOND]);
  });

  it('lists both in reading order in the popup', async () => {
    popup = await browser.context.newPage();
    await popup.goto(browser.popupUrl(pageUrl));
    await expect.poll(() => items().count()).toBe(2);
    expect(await items().locator('blockquote').allTextContents()).toEqual([FIRST, SECOND]);
  });

  it('edits a note and tags from the popup, and the page sees it', async () => {
    const first = items().first();
    await first.getByRole('button', { name: 'Edit' }).click();
    await first.getByLabel('Note').fill('The party committee, not the government.');
    await first.getByLabel('Tags (comma-separated)').fill('politics; henan');
    await first.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => first.locator('.note').textContent())
      .toBe('The party committee, not the government.');
    expect(await first.locator('.tags li').allTextContents()).toEqual(['politics', 'henan']);
    // The page opens the saved note when its highlight is clicked.
    await page.bringToFront();
    await clickHighlight(page, 'pressmark-note', FIRST, 0.1);
    await expect.poll(() => noteEditorsOpen(page)).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => noteEditorsOpen(page)).toBe(0);
  });

  it('jumps to a highlight from the popup', async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await popup.bringToFront();
    await items().nth(1).getByRole('button', { name: 'Show in page' }).click();
    await expect.poll(() => highlightTexts(page, 'pressmark-focus')).toEqual([SECOND]);
  });

  it('deletes from the popup, the page redraws, and Undo brings it back', async () => {
    await items().first().getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => items().count()).toBe(1);
    await expect.poll(() => highlightTexts(page, 'pressmark-note')).toEqual([SECOND]);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => items().count()).toBe(2);
    await expect.poll(() => highlightTexts(page, 'pressmark-note')).toEqual([FIRST, SECOND]);
    expect(await items().first().locator('.note').textContent()).toBe(
      'The party committee, not the government.',
    );
  });

  it('deletes from the page’s note editor, with Undo in a toast', async () => {
    await page.bringToFront();
    await clickHighlight(page, 'pressmark-note', SECOND, 0.1);
    await clickShadowButton(page, 'note-editor', 'Delete');
    await expect.poll(() => highlightTexts(page, 'pressmark-note')).toEqual([FIRST]);
    await clickShadowButton(page, 'toast', 'Undo');
    await expect.poll(() => highlightTexts(page, 'pressmark-note')).toEqual([FIRST, SECOND]);
  });
});
