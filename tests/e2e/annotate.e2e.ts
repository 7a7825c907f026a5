/**
 * The foundation path in real Chromium with the built extension: select
 * text, highlight with a note, reload, the highlight is back, the popup
 * shows it, the CSV download holds the right row. Real IndexedDB, no fakes.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, waitForPressmark } from '../support/chromium.mjs';
import { startFixtureServer } from '../support/fixture-server.mjs';
import { clickShadowButton, highlightTexts, selectText } from '../support/shadow.mjs';

type Browser = Awaited<ReturnType<typeof launchChromium>>;
type Server = Awaited<ReturnType<typeof startFixtureServer>>;

const QUOTE = 'Rahmenabkommen über strategische Zusammenarbeit mit der Provinzregierung von Henan';
const NOTE = 'Framework only: no amounts, no dates. =HYPERLINK("x")';

let browser: Browser;
let server: Server;
let page: Page;
let pageUrl: string;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium();
  pageUrl = server.url('/pages/catl-henan.html');
  page = await browser.context.newPage();
  await page.goto(pageUrl);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('annotating a release in Chromium', () => {
  it('reads the release and marks the page ready', async () => {
    expect(await waitForPressmark(page)).toBe('ready');
  });

  it('highlights a selection with a note and tags from the toolbar', async () => {
    await selectText(page, QUOTE);
    await clickShadowButton(page, 'toolbar', 'Highlight with note');
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Tab');
    await page.keyboard.type('henan, framework');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => highlightTexts(page, 'pressmark-note')).toEqual([QUOTE]);
  });

  it('draws the highlight again after a reload', async () => {
    await page.reload();
    expect(await waitForPressmark(page)).toBe('ready');
    await expect.poll(() => highlightTexts(page, 'pressmark-note')).toEqual([QUOTE]);
  });

  it('lists the annotation in the popup with its quote, note and tags', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.popupUrl(pageUrl));
    const item = popup.locator('[data-annotation-id][data-kind="note"]');
    await expect.poll(() => item.count()).toBe(1);
    await expect.poll(() => item.textContent()).toContain(QUOTE);
    expect(await item.textContent()).toContain(NOTE);
    expect(await item.locator('.tags li').allTextContents()).toEqual(['henan', 'framework']);
    await popup.close();
  });

  it('downloads a CSV with the annotation as one well-formed row', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.popupUrl(pageUrl));
    await popup.locator('[data-annotation-id][data-kind="note"]').first().waitFor();
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile((await download.path()) as string, 'utf8');
    const { data, errors } = Papa.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: true,
    });
    expect(errors).toEqual([]);
    // Automatic findings are exported too; the user's highlight is one row.
    const notes = data.filter((r) => r.kind === 'note');
    expect(notes).toHaveLength(1);
    const [row] = notes;
    expect(row).toMatchObject({
      url: pageUrl,
      kind: 'note',
      origin: 'user',
      quote: QUOTE,
      // The note starts with "F", so it is not defused; a formula inside is harmless.
      note: NOTE,
      tags: 'henan; framework',
      page_title:
        'CATL und die Provinzregierung von Henan unterzeichnen Rahmenvereinbarung über strategische Zusammenarbeit',
    });
    expect(row?.annotation_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(row?.created ?? '')).not.toBeNaN();
    await popup.close();
  });

  it('keeps annotations out of reach of the page’s own scripts', async () => {
    const seen = await page.evaluate(async () => {
      const names = (await indexedDB.databases()).map((d) => d.name);
      const local = Object.keys(localStorage);
      const runtime = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime
        ?.id;
      const body = document.body.innerHTML;
      return { names, local, runtime: runtime ?? null, inDom: body.includes('Framework only') };
    });
    expect(seen).toEqual({ names: [], local: [], runtime: null, inDom: false });
  });

  it('says "no article" on a search results page and draws nothing', async () => {
    const search = await browser.context.newPage();
    await search.goto(server.url('/pages/search.html'));
    expect(await waitForPressmark(search)).toBe('no-article');
    expect(await highlightTexts(search, 'pressmark-note')).toEqual([]);
    const popup = await browser.context.newPage();
    await popup.goto(browser.popupUrl(search.url()));
    await expect
      .poll(() => popup.locator('main').getAttribute('data-page-state'))
      .toBe('no-article');
    expect(await popup.getByRole('status').first().textContent()).toContain('No article found');
    await search.close();
    await popup.close();
  });
});
