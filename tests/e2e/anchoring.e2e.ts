/**
 * Anchoring that never lies, in Chromium: a release edited after it was
 * annotated shows each annotation's honest state (anchored, fuzzy,
 * orphaned) and what changed; fuzzy text can be accepted and orphans
 * re-attached; highlights survive client-side navigation, re-renders and
 * content that arrives after load.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, waitForPressmark } from '../support/chromium.mjs';
import { startFixtureServer } from '../support/fixture-server.mjs';
import { selectInPage } from '../support/in-page.mjs';
import { clickShadowButton, highlightTexts, selectText } from '../support/shadow.mjs';

type Browser = Awaited<ReturnType<typeof launchChromium>>;
type Server = Awaited<ReturnType<typeof startFixtureServer>>;

const ORIGINAL = readFileSync(
  new URL('../fixtures/pages/catl-henan.html', import.meta.url),
  'utf8',
);
const KEPT = 'Stadtverwaltung von Luoyang';
const EDITED =
  'CATL ist entschlossen, erstklassige Lösungen und Dienstleistungen für neue Energieanwendungen anzubieten';
const EDITED_NOW =
  'CATL ist entschlossen, hochwertige Lösungen und Dienstleistungen für neue Energieanwendungen anzubieten';
const DELETED = 'technologischen und talentierten Vorteile';
const INSERTED = 'Die Vereinbarung hat eine Laufzeit von zehn Jahren und kann verlängert werden.';

/** The release as CATL later edited it: a word changed, a sentence deleted, a paragraph inserted. */
const EDITED_PAGE = ORIGINAL.replace('erstklassige Lösungen', 'hochwertige Lösungen')
  .replace(/Er hoffe, dass CATL seine technologischen[^.]*\.\s*/, '')
  .replace('<p>Laut Robin Zeng', `<p>${INSERTED}</p>\n<p>Laut Robin Zeng`);

let browser: Browser;
let server: Server;

const highlight = async (page: Page, text: string) => {
  await selectText(page, text);
  await clickShadowButton(page, 'toolbar', 'Highlight');
  await expect.poll(() => highlightTexts(page, 'pressmark-note')).toContain(text);
};

const notes = (popup: Page, quote?: string) =>
  popup.locator('[data-annotation-id][data-kind="note"]', quote ? { hasText: quote } : {});
const statusOf = (popup: Page, quote: string) =>
  notes(popup, quote).first().getAttribute('data-status');

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a release edited after it was annotated', () => {
  let page: Page;
  let popup: Page;
  let pageUrl: string;

  it('anchors all three annotations on the original', async () => {
    pageUrl = server.url('/releases/henan');
    server.route('/releases/henan', ORIGINAL);
    page = await browser.context.newPage();
    await page.goto(pageUrl);
    expect(await waitForPressmark(page)).toBe('ready');
    for (const text of [KEPT, EDITED, DELETED]) await highlight(page, text);
    popup = await browser.context.newPage();
    await popup.goto(browser.popupUrl(pageUrl));
    await expect
      .poll(() => notes(popup).and(popup.locator('[data-status="anchored"]')).count())
      .toBe(3);
    expect(await popup.locator('[data-pressmark-changed]').count()).toBe(0);
  });

  it('shows anchored, fuzzy and orphaned honestly after the edit', async () => {
    server.route('/releases/henan', EDITED_PAGE);
    await page.reload();
    expect(await waitForPressmark(page)).toBe('ready');
    await expect.poll(() => highlightTexts(page, 'pressmark-note')).toEqual([KEPT, EDITED_NOW]);
    await popup.reload();
    await expect.poll(() => statusOf(popup, KEPT)).toBe('anchored');
    expect(await statusOf(popup, EDITED)).toBe('fuzzy');
    expect(await statusOf(popup, DELETED)).toBe('orphaned');
    expect(await notes(popup, EDITED).textContent()).toContain(EDITED_NOW);
    expect(await popup.locator('[data-count="orphaned"]').textContent()).toBe('1 not found');
  });

  it('marks the page as changed, in the page and in the popup, with a sentence diff', async () => {
    expect(await page.locator('pressmark-ui[data-pressmark-changed]').count()).toBe(1);
    const changed = popup.locator('[data-pressmark-changed]');
    await expect.poll(() => changed.count()).toBe(1);
    const text = (await changed.textContent()) ?? '';
    expect(text).toContain('Edited');
    expect(text).toContain('hochwertige');
    expect(text).toContain('Removed');
    expect(text).toContain('Er hoffe');
    expect(text).toContain(INSERTED);
  });

  it('accepts the new text of a fuzzy annotation in one click', async () => {
    const item = notes(popup, EDITED);
    await item.getByRole('button', { name: 'Accept new text' }).click();
    await expect.poll(() => statusOf(popup, EDITED_NOW)).toBe('anchored');
    expect(await notes(popup).locator('blockquote').allTextContents()).toContain(EDITED_NOW);
  });

  it('re-attaches an orphan to newly selected text', async () => {
    await page.bringToFront();
    await page.evaluate(selectInPage, { needle: 'Laufzeit von zehn Jahren' });
    await popup.bringToFront();
    await notes(popup, DELETED).getByRole('button', { name: 'Re-attach to selection' }).click();
    await expect
      .poll(() => notes(popup).and(popup.locator('[data-status="orphaned"]')).count())
      .toBe(0);
    await expect
      .poll(() => highlightTexts(page, 'pressmark-note'))
      .toContain('Laufzeit von zehn Jahren');
  });

  it('detaches a fuzzy annotation on request, keeping it as an orphan', async () => {
    server.route(
      '/releases/henan',
      EDITED_PAGE.replace('hochwertige Lösungen', 'erstklassige Lösungen'),
    );
    await page.reload();
    expect(await waitForPressmark(page)).toBe('ready');
    await popup.reload();
    const item = notes(popup, EDITED_NOW);
    await expect.poll(() => item.getAttribute('data-status')).toBe('fuzzy');
    await item.getByRole('button', { name: 'Detach' }).click();
    await expect.poll(() => item.getAttribute('data-status')).toBe('orphaned');
    await expect.poll(() => highlightTexts(page, 'pressmark-note')).not.toContain(EDITED);
  });
});

describe('dynamic pages', () => {
  let page: Page;
  const PARIS = 'battery storage park with a capacity of 2 GWh';
  const HAMBURG = 'electrify all container cranes';

  it('finds an article rendered after load and highlights in it', async () => {
    page = await browser.context.newPage();
    await page.goto(server.url('/pages/spa.html'));
    await page.waitForFunction(
      () => document.documentElement.dataset.pressmarkState === 'ready',
      null,
      {
        timeout: 20_000,
      },
    );
    await highlight(page, PARIS);
  });

  it('keeps the highlight when the framework re-renders the article', async () => {
    await page.evaluate(() => (window as unknown as { rerender: () => void }).rerender());
    await expect
      .poll(() => highlightTexts(page, 'pressmark-note'), { timeout: 10_000 })
      .toEqual([PARIS]);
    const connected = await page.evaluate(() =>
      [...(CSS.highlights.get('pressmark-note') ?? [])].every(
        (r) => (r as Range).startContainer.isConnected,
      ),
    );
    expect(connected).toBe(true);
  });

  it('keeps highlights when content is appended to the article', async () => {
    await page.evaluate(() =>
      (window as unknown as { addParagraph: (t: string) => void }).addParagraph(
        'Nordlicht also plans a second park in Saxony.',
      ),
    );
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...(CSS.highlights.get('pressmark-note') ?? [])].every(
            (r) => (r as Range).startContainer.isConnected,
          ),
        ),
      )
      .toBe(true);
    expect(await highlightTexts(page, 'pressmark-note')).toEqual([PARIS]);
  });

  it('treats a pushState navigation as a new page, and back again', async () => {
    await page.evaluate(() => (window as unknown as { go: (id: string) => void }).go('harbour'));
    await expect
      .poll(() => highlightTexts(page, 'pressmark-note'), { timeout: 10_000 })
      .toEqual([]);
    await highlight(page, HAMBURG);
    await page.goBack();
    await expect
      .poll(() => highlightTexts(page, 'pressmark-note'), { timeout: 10_000 })
      .toEqual([PARIS]);
    const popup = await browser.context.newPage();
    await popup.goto(browser.popupUrl(server.url('/pages/spa.html?release=harbour')));
    await expect
      .poll(() => notes(popup).allTextContents())
      .toEqual([expect.stringContaining(HAMBURG)]);
    await popup.close();
  });
});
