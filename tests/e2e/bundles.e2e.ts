/**
 * Exports and team bundles across browsers: the popup exports a page as
 * CSV, JSON-LD, Markdown and bundle; a bundle made in one Chromium profile
 * imports into another (preview, then merge; importing again changes
 * nothing), and into Firefox, whose own export of it round-trips exactly.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBundle } from '../../lib/bundle';
import type { Annotation } from '../../lib/model';
import { launchChromium, waitForPressmark } from '../support/chromium.mjs';
import {
  exportFrom,
  launchFirefox,
  openExtensionPage,
  waitForElement,
} from '../support/firefox.mjs';
import { startFixtureServer } from '../support/fixture-server.mjs';
import { clickShadowButton, highlightTexts, selectText } from '../support/shadow.mjs';

type Server = Awaited<ReturnType<typeof startFixtureServer>>;

const QUOTE = 'Rahmenabkommen über strategische Zusammenarbeit';
const NOTE = 'Signed framework, no money yet.';

let server: Server;
let pageUrl: string;
let dir: string;
const files: Record<string, string> = {};

/** Clicks an export button in a popup and returns the downloaded file's text. */
async function download(popup: Page, name: string): Promise<{ filename: string; text: string }> {
  const [file] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name, exact: true }).click(),
  ]);
  return {
    filename: file.suggestedFilename(),
    text: await readFile((await file.path()) as string, 'utf8'),
  };
}

const notesOf = (annotations: Annotation[]) => annotations.filter((a) => a.kind === 'note');

beforeAll(async () => {
  server = await startFixtureServer();
  pageUrl = server.url('/pages/catl-henan.html');
  dir = await mkdtemp(join(tmpdir(), 'pressmark-bundles-'));
});

afterAll(async () => {
  await server?.close();
});

describe('exports from the popup (Chromium, profile A)', () => {
  it('annotates, then exports the page in all four formats', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(pageUrl);
      await waitForPressmark(page);
      await selectText(page, QUOTE);
      await clickShadowButton(page, 'toolbar', 'Highlight with note');
      await page.keyboard.type(NOTE);
      await page.keyboard.press('Tab');
      await page.keyboard.type('framework');
      await page.keyboard.press('Control+Enter');
      const popup = await browser.context.newPage();
      await popup.goto(browser.popupUrl(pageUrl));
      await popup.locator('[data-kind="note"]').waitFor();

      const csv = await download(popup, 'Export CSV');
      expect(csv.filename).toMatch(/\.csv$/);
      const rows = Papa.parse<Record<string, string>>(csv.text, {
        header: true,
        skipEmptyLines: true,
      }).data;
      expect(rows.find((r) => r.kind === 'note')).toMatchObject({
        quote: QUOTE,
        note: NOTE,
        tags: 'framework',
      });

      const jsonld = await download(popup, 'Export JSON-LD');
      expect(jsonld.filename).toMatch(/\.jsonld$/);
      const collection = JSON.parse(jsonld.text);
      expect(collection).toMatchObject({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection',
      });
      const note = collection.first.items.find(
        (i: { motivation: string }) => i.motivation === 'commenting',
      );
      expect(note.target.source).toBe(pageUrl);
      expect(note.target.selector.map((s: { type: string }) => s.type)).toEqual([
        'TextQuoteSelector',
        'TextPositionSelector',
      ]);
      expect(note.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'TextualBody', purpose: 'commenting', value: NOTE }),
          expect.objectContaining({ type: 'TextualBody', purpose: 'tagging', value: 'framework' }),
        ]),
      );
      expect(collection.total).toBe(collection.first.items.length);

      const markdown = await download(popup, 'Export Markdown');
      expect(markdown.filename).toMatch(/\.md$/);
      expect(markdown.text).toContain('## CATL und die Provinzregierung von Henan');
      expect(markdown.text).toContain(`> ${QUOTE}`);
      expect(markdown.text).toContain(NOTE);

      const bundle = await download(popup, 'Export bundle');
      expect(bundle.filename).toMatch(/\.pressmark\.json$/);
      const parsed = parseBundle(bundle.text);
      expect(parsed.ok && parsed.value.source).toBe('pressmark-bundle');
      files.bundle = join(dir, 'a.pressmark.json');
      await writeFile(files.bundle, bundle.text);
    } finally {
      await browser.close();
    }
  });
});

describe('importing the bundle into another Chromium profile (B)', () => {
  it('previews, imports, and changes nothing the second time', async () => {
    const browser = await launchChromium();
    try {
      const popup = await browser.context.newPage();
      await popup.goto(browser.popupUrl(pageUrl));
      await popup.locator('main[data-page-state]').waitFor();
      expect(await popup.locator('[data-kind="note"]').count()).toBe(0);
      const parsed = parseBundle(await readFile(files.bundle as string, 'utf8'));
      const total = parsed.ok ? parsed.value.annotations.length : -1;

      await popup.getByLabel('Import bundle').setInputFiles(files.bundle as string);
      const preview = popup.locator('[data-import-preview]');
      await expect
        .poll(() => preview.locator('[data-count="new"]').textContent())
        .toBe(`${total} new`);
      await preview.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => popup.locator('[data-kind="note"] .note').textContent()).toBe(NOTE);

      await popup.getByLabel('Import bundle').setInputFiles(files.bundle as string);
      await expect
        .poll(() => preview.locator('[data-count="unchanged"]').textContent())
        .toBe(`${total} unchanged`);
      expect(await preview.locator('[data-count="new"]').textContent()).toBe('0 new');
      await preview.getByRole('button', { name: 'Import', exact: true }).click();
      await expect
        .poll(() => popup.getByRole('status').allTextContents())
        .toContain(
          `Imported: 0 new, 0 updated, 0 conflicting (both versions kept), ${total} unchanged.`,
        );
      expect(await popup.locator('[data-kind="note"]').count()).toBe(1);

      // Opening the page re-anchors what was imported and reports its state.
      const page = await browser.context.newPage();
      await page.goto(pageUrl);
      await waitForPressmark(page);
      await expect.poll(() => highlightTexts(page, 'pressmark-note')).toEqual([QUOTE]);
      await popup.reload();
      await expect
        .poll(() => popup.locator('[data-kind="note"]').getAttribute('data-status'))
        .toBe('anchored');
    } finally {
      await browser.close();
    }
  });
});

describe('the bundle in Firefox', () => {
  it('imports, exports JSON-LD and Markdown, and the same records again (exact round trip)', async () => {
    const firefox = await launchFirefox();
    try {
      const popup = await openExtensionPage(
        firefox.browser,
        firefox.popupUrl(pageUrl),
        'main[data-page-state]',
      );
      const input = (await popup.$('input[type="file"]')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(files.bundle as string);
      await waitForElement(popup, '[data-import-preview]');
      const importButton = (await popup.$$('[data-import-preview] button')).at(-1);
      await importButton?.click();
      await waitForElement(popup, '[data-kind="note"] .note');
      expect(await popup.$eval('[data-kind="note"] .note', (el) => el.textContent)).toBe(NOTE);

      const jsonld = JSON.parse(await exportFrom(popup, 'Export JSON-LD'));
      expect(jsonld.type).toBe('AnnotationCollection');
      expect(
        jsonld.first.items.some((i: { motivation: string }) => i.motivation === 'commenting'),
      ).toBe(true);
      expect(await exportFrom(popup, 'Export Markdown')).toContain(`> ${QUOTE}`);
      const text = await exportFrom(popup, 'Export bundle');
      const original = parseBundle(await readFile(files.bundle as string, 'utf8'));
      const again = parseBundle(text);
      if (!original.ok || !again.ok) throw new Error('bundles did not parse');
      const byId = (list: Annotation[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(again.value.annotations)).toEqual(byId(original.value.annotations));
      expect(notesOf(again.value.annotations)).toHaveLength(1);
    } finally {
      await firefox.close();
    }
  });
});
