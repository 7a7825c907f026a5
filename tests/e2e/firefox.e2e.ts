/**
 * The same core path in Firefox ESR with the built add-on (MV2), driven by
 * puppeteer-core over WebDriver BiDi: the content script reads the release,
 * a highlight made through the background → content message (the context
 * menu and shortcut path) is stored, survives a reload, shows in the popup,
 * and exports as CSV.
 */
import Papa from 'papaparse';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportFrom,
  FIREFOX_UUID,
  launchFirefox,
  openExtensionPage,
  waitForElement,
} from '../support/firefox.mjs';
import { startFixtureServer } from '../support/fixture-server.mjs';
import { selectInPage } from '../support/in-page.mjs';

type Firefox = Awaited<ReturnType<typeof launchFirefox>>;
type Server = Awaited<ReturnType<typeof startFixtureServer>>;

const QUOTE = 'Stadtverwaltung von Luoyang';

let firefox: Firefox;
let server: Server;
let page: Page;
let pageUrl: string;

const state = async (p: Page): Promise<string> => {
  const handle = await p.waitForFunction(
    () => {
      const s = document.documentElement.getAttribute('data-pressmark-state');
      return s === 'ready' || s === 'no-article' ? s : '';
    },
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as string;
};

const noteTexts = (p: Page) =>
  p.evaluate(() => {
    const h = CSS.highlights.get('pressmark-note');
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  });

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefox();
  pageUrl = server.url('/pages/catl-henan.html');
  page = await firefox.browser.newPage();
  await page.goto(pageUrl);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('annotating a release in Firefox', () => {
  it('reads the release and marks the page ready', async () => {
    expect(await state(page)).toBe('ready');
  });

  it('paints CATL, the Henan and Luoyang government bodies and CATL’s commitments', async () => {
    const texts = (name: string) =>
      page.evaluate(
        (n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()),
        name,
      );
    await expect
      .poll(() => texts('pressmark-organization'))
      .toEqual(
        expect.arrayContaining([
          'Contemporary Amperex Technology Co., Limited',
          'CATL',
          'Provinzregierung von Henan',
          'Stadtverwaltung von Luoyang',
        ]),
      );
    const commitments = await texts('pressmark-commitment');
    expect(commitments.some((t) => t.startsWith('CATL ist entschlossen'))).toBe(true);
    expect(commitments.some((t) => t.startsWith('Er hoffe'))).toBe(false);
  });

  it('highlights the selection when the background asks (context menu path)', async () => {
    await page.evaluate(selectInPage, { needle: QUOTE });
    // An extension page has the background's powers: message the tab as the
    // context-menu handler does.
    const ext = await openExtensionPage(firefox.browser, firefox.popupUrl('about:blank'), 'main');
    const answer = await ext.evaluate(async (url: string) => {
      const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') })
        .browser;
      // Match patterns cannot carry a port: find the tab by its address.
      const tab = (await api.tabs.query({})).find((t) => t.url === url);
      return api.tabs.sendMessage(tab?.id as number, {
        pressmark: 1,
        to: 'content',
        type: 'annotateSelection',
        args: [{ withNote: false }],
      });
    }, pageUrl);
    expect(answer).toEqual({ ok: true, value: true });
    await ext.close();
    await expect.poll(() => noteTexts(page)).toEqual([QUOTE]);
  });

  it('draws the highlight again after a reload', async () => {
    await page.reload();
    expect(await state(page)).toBe('ready');
    await expect.poll(() => noteTexts(page)).toEqual([QUOTE]);
  });

  it('lists it in the popup and exports it as CSV', async () => {
    const popup = await openExtensionPage(
      firefox.browser,
      firefox.popupUrl(pageUrl),
      '[data-kind="note"]',
    );
    const quote = await popup.$eval(
      '[data-kind="note"] blockquote',
      (el: Element) => el.textContent,
    );
    expect(quote).toBe(QUOTE);
    const csv = await exportFrom(popup, 'Export CSV');
    const { data } = Papa.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: true,
    });
    // Automatic findings are exported too; the user's highlight is one row.
    const notes = data.filter((row) => row.kind === 'note');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ url: pageUrl, quote: QUOTE });
    expect(data.some((row) => row.kind === 'organization' && row.quote === 'CATL')).toBe(true);
    await popup.close();
  });

  it('shows the release in the library, tracks its commitments and exports everything', async () => {
    const library = await openExtensionPage(
      firefox.browser,
      `moz-extension://${FIREFOX_UUID}/library.html`,
      `[data-release-id]`,
    );
    const release = await library.$eval('[data-release-id]', (el: Element) => el.textContent ?? '');
    expect(release).toContain('CATL und die Provinzregierung von Henan');
    const csv = await exportFrom(library, 'Export CSV');
    const rows = Papa.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.some((row) => row.kind === 'note' && row.quote === QUOTE)).toBe(true);
    await library.evaluate(() => {
      location.hash = '#commitments';
    });
    await waitForElement(library, '[data-commitment-id]');
    const actors = await library.$$eval('[data-commitment-id]', (rows: Element[]) =>
      rows.map((r) => r.textContent ?? ''),
    );
    expect(actors.some((text) => text.includes('CATL'))).toBe(true);
    await library.close();
  });

  it('says "no article" on a search results page', async () => {
    const search = await firefox.browser.newPage();
    await search.goto(server.url('/pages/search.html'));
    expect(await state(search)).toBe('no-article');
    await search.close();
  });
});
