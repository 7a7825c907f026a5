/**
 * The library page in Chromium with the built extension: after annotating
 * the seed release (German) and the Luoyang release (Chinese), it lists
 * both with counts, groups CATL's mentions, tracks commitments and flags a
 * past deadline, finds a note by a word and a quote by a CJK substring,
 * exports CSV (all and the tracker's selection), bundles and a backup, and
 * imports a bundle made in another browser profile, idempotently.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, waitForPressmark } from '../support/chromium.mjs';
import { startFixtureServer } from '../support/fixture-server.mjs';
import { clickShadowButton, selectText } from '../support/shadow.mjs';

type Browser = Awaited<ReturnType<typeof launchChromium>>;
type Server = Awaited<ReturnType<typeof startFixtureServer>>;

const HENAN = '/pages/catl-henan.html';
const LUOYANG = '/dev-corpus/zh-catl-luoyang/source.html';
const NORDVOLT = '/dev-corpus/en-nordvolt-gigafactory/source.html';
const QUOTE = 'Rahmenabkommen über strategische Zusammenarbeit mit der Provinzregierung von Henan';
const NOTE = 'Framework only: no amounts, no deadlines given.';

let browser: Browser;
let server: Server;
let library: Page;

/** Highlights `quote` with `note` in a page of `b`. */
async function annotate(b: Browser, path: string, quote: string, note: string): Promise<void> {
  const page = await b.context.newPage();
  await page.goto(server.url(path));
  await waitForPressmark(page);
  // The toolbar is clicked with the mouse: bring the quote into the viewport first.
  await page.getByText(quote).first().scrollIntoViewIfNeeded();
  await selectText(page, quote);
  await clickShadowButton(page, 'toolbar', 'Highlight with note');
  await page.keyboard.type(note);
  await page.keyboard.press('Control+Enter');
  // Runs in beforeAll too, where expect.poll is not available.
  await page.waitForFunction(() => (CSS.highlights.get('pressmark-note')?.size ?? 0) > 0);
  await page.close();
}

const openLibrary = async (b: Browser, hash = '') => {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/library.html${hash}`);
  return page;
};

const download = async (page: Page, area: Locator, button: string): Promise<Download> => {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    area.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return file;
};

const csvRows = async (file: Download) => {
  const { data, errors } = Papa.parse<Record<string, string>>(
    await readFile((await file.path()) as string, 'utf8'),
    { header: true, skipEmptyLines: true },
  );
  expect(errors).toEqual([]);
  return data;
};

const allExports = () => library.getByRole('region', { name: 'All annotations' });
const tab = (name: string) => library.getByRole('tab', { name });

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium();
  await annotate(browser, HENAN, QUOTE, NOTE);
  const page = await browser.context.newPage();
  await page.goto(server.url(LUOYANG));
  await waitForPressmark(page);
  await page.close();
  library = await openLibrary(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the library page', () => {
  it('lists the annotated releases with counts per kind', async () => {
    const rows = library.locator('[data-release-id]');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await library.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
    const henan = rows.filter({ hasText: 'CATL und die Provinzregierung von Henan' });
    expect(await henan.locator('[data-count="note"]').textContent()).toBe('1');
    expect(
      Number(await henan.locator('[data-count="organization"]').textContent()),
    ).toBeGreaterThan(5);
    expect(Number(await henan.locator('[data-count="commitment"]').textContent())).toBeGreaterThan(
      0,
    );
    const luoyang = rows.filter({ hasText: '零碳产业园' });
    expect(
      Number(await luoyang.locator('[data-count="commitment"]').textContent()),
    ).toBeGreaterThan(2);
    expect(await henan.getByRole('link').getAttribute('href')).toBe(server.url(HENAN));
  });

  it('moves between views with the arrow keys', async () => {
    await tab('Releases').focus();
    await library.keyboard.press('ArrowRight');
    await expect.poll(() => tab('Organizations').getAttribute('aria-selected')).toBe('true');
    expect(await library.evaluate(() => document.activeElement?.id)).toBe('tab-organizations');
    expect(new URL(library.url()).hash).toBe('#organizations');
  });

  it('shows CATL among the organizations, with its mentions', async () => {
    const catl = library.locator('[data-entity]').filter({ hasText: 'Contemporary Amperex' });
    await expect.poll(() => catl.textContent()).toContain('CATL');
    await catl.getByRole('button').click();
    const mentions = library.locator('.mention-list [data-annotation-id]');
    await expect.poll(() => mentions.count()).toBeGreaterThan(5);
    expect(await mentions.locator('.quote').allTextContents()).toContain('CATL');
    expect(await mentions.first().textContent()).toContain('Jun 22, 2022');
  });

  it('tracks CATL’s commitments with their actor', async () => {
    await tab('Commitment tracker').click();
    const rows = library.locator('[data-commitment-id]');
    await expect.poll(() => rows.count()).toBeGreaterThan(3);
    const catl = rows.filter({ hasText: 'CATL ist entschlossen' });
    expect(await catl.locator('[data-field="actor"]').textContent()).toBe('CATL');
    expect(await catl.locator('[data-field="release"]').textContent()).toContain(
      'CATL und die Provinzregierung',
    );
  });

  it('flags a commitment whose deadline has passed, and filters on it', async () => {
    const past = library.locator('[data-commitment-id]').filter({ hasText: '2024-06' });
    expect(await past.getAttribute('data-due')).toBe('passed');
    expect(await past.textContent()).toContain('Deadline passed');
    const later = library.locator('[data-commitment-id]').filter({ hasText: '2026-12-31' });
    expect(await later.getAttribute('data-due')).toBe('upcoming');
    await library.getByLabel('Deadline', { exact: true }).selectOption('passed');
    await expect.poll(() => library.locator('[data-commitment-id]').count()).toBe(1);
    await library.getByRole('button', { name: 'Deadline' }).click();
  });

  it('exports the tracker’s selection as CSV', async () => {
    const area = library.getByRole('region', { name: 'Export this selection' });
    const rows = await csvRows(await download(library, area, 'Export CSV'));
    expect(rows.map((r) => [r.kind, r.deadline])).toEqual([['commitment', '2024-06']]);
    await library.getByLabel('Deadline', { exact: true }).selectOption('all');
  });

  it('finds a note by a word in it, and a quote by a CJK substring', async () => {
    await tab('Search').click();
    const box = library.getByLabel('Search quotes, notes and tags');
    const hits = library.locator('.results [data-annotation-id]');
    await box.fill('deadlines');
    await box.press('Enter');
    await expect.poll(() => hits.count()).toBe(1);
    expect(await hits.locator('.note').textContent()).toBe(NOTE);
    expect(await hits.locator('.quote').textContent()).toBe(QUOTE);
    await box.fill('零碳产业');
    await box.press('Enter');
    // Wait for the new results to replace the old ones, then check every hit.
    await expect
      .poll(async () => {
        const quotes = await hits.locator('.quote').allTextContents();
        return quotes.length > 0 && quotes.every((quote) => quote.includes('零碳产业'));
      })
      .toBe(true);
  });

  it('exports every annotation as CSV', async () => {
    const file = await download(library, allExports(), 'Export CSV');
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const rows = await csvRows(file);
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.find((r) => r.kind === 'note')).toMatchObject({ quote: QUOTE, note: NOTE });
    expect(rows.some((r) => r.quote?.includes('洛阳'))).toBe(true);
  });

  it('exports a bundle and backs up everything', async () => {
    const file = await download(library, allExports(), 'Export bundle');
    expect(file.suggestedFilename()).toMatch(/\.pressmark\.json$/);
    const bundle = JSON.parse(await readFile((await file.path()) as string, 'utf8'));
    expect(bundle.pressmark.pages).toHaveLength(2);
    const backup = await download(library, library.locator('.backup'), 'Back up everything');
    expect(backup.suggestedFilename()).toMatch(/backup.*\.pressmark\.json$/);
    const everything = JSON.parse(await readFile((await backup.path()) as string, 'utf8'));
    expect(everything.pressmark.annotations).toHaveLength(bundle.pressmark.annotations.length);
  });

  it('imports a bundle made in another browser profile; importing it again changes nothing', async () => {
    const other = await launchChromium();
    let text: string;
    try {
      await annotate(
        other,
        NORDVOLT,
        'the Swedish manufacturer of low-carbon lithium-ion battery cells',
        'Check the financing.',
      );
      const theirs = await openLibrary(other);
      await theirs.locator('[data-release-id]').first().waitFor();
      const file = await download(
        theirs,
        theirs.getByRole('region', { name: 'All annotations' }),
        'Export bundle',
      );
      text = await readFile((await file.path()) as string, 'utf8');
    } finally {
      await other.close();
    }
    const sent = JSON.parse(text).pressmark.annotations.length;
    const count = (name: string) => library.locator(`[data-import-preview] [data-count="${name}"]`);
    const choose = () =>
      library.locator('.import-bundle input[type="file"]').setInputFiles({
        name: 'colleague.pressmark.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
    await choose();
    await expect.poll(() => count('new').textContent()).toBe(`${sent} new`);
    expect(await count('unchanged').textContent()).toBe('0 unchanged');
    await library.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => library.locator('.import-bundle [role="status"]').textContent())
      .toContain(`Imported: ${sent} new`);
    await tab('Releases').click();
    await expect.poll(() => library.locator('[data-release-id]').count()).toBe(3);
    await choose();
    await expect.poll(() => count('unchanged').textContent()).toBe(`${sent} unchanged`);
    expect(await count('new').textContent()).toBe('0 new');
    await library.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => library.locator('.import-bundle [role="status"]').textContent())
      .toBe(`Imported: 0 new, 0 updated, 0 conflicting (both versions kept), ${sent} unchanged.`);
  });
});
