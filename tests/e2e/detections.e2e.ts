/**
 * Automatic highlighting in Chromium on the seed release (CATL and the
 * Henan government): organizations and commitments are painted, their cards
 * accept, correct and dismiss them, a dismissal survives revisits, and the
 * options page turns detectors off and adds watch-list names.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, waitForPressmark } from '../support/chromium.mjs';
import { startFixtureServer } from '../support/fixture-server.mjs';
import { clickHighlight, clickShadowButton, highlightTexts } from '../support/shadow.mjs';

type Browser = Awaited<ReturnType<typeof launchChromium>>;
type Server = Awaited<ReturnType<typeof startFixtureServer>>;

const COMMITMENT_START = 'CATL ist entschlossen, erstklassige Lösungen';

let browser: Browser;
let server: Server;
let page: Page;
let pageUrl: string;

const popupItems = async (kind: string) => {
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl(pageUrl));
  await popup.locator('[data-annotation-id]').first().waitFor();
  // Only offered once something was dismissed.
  const showDismissed = popup.getByLabel('Show dismissed', { exact: false });
  if (await showDismissed.count()) await showDismissed.check();
  return { popup, items: popup.locator(`[data-kind="${kind}"]`) };
};

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

describe('automatic highlights on the seed release', () => {
  it('paints CATL, the Henan and Luoyang government bodies as organizations', async () => {
    const orgs = await highlightTexts(page, 'pressmark-organization');
    expect(orgs).toEqual(
      expect.arrayContaining([
        'Contemporary Amperex Technology Co., Limited',
        'CATL',
        'Provinzregierung von Henan',
        'Stadtverwaltung von Luoyang',
        'Stadtregierung von Luoyang',
      ]),
    );
    expect(orgs.filter((t) => t === 'CATL').length).toBeGreaterThanOrEqual(6);
  });

  it('paints CATL’s commitments, and not the third party’s hope', async () => {
    const commitments = await highlightTexts(page, 'pressmark-commitment');
    expect(commitments.some((t) => t.startsWith(COMMITMENT_START))).toBe(true);
    expect(commitments.some((t) => t.startsWith('Er hoffe'))).toBe(false);
  });

  it('shows a commitment’s fields on its card and accepts it', async () => {
    // Past "CATL", which is an organization inside the commitment.
    await clickHighlight(page, 'pressmark-commitment', COMMITMENT_START, 0.6);
    await clickShadowButton(page, 'detection-card', 'Accept');
    const { popup, items } = await popupItems('commitment');
    const item = items.filter({ hasText: COMMITMENT_START });
    await expect.poll(() => item.getAttribute('data-review')).toBe('accepted');
    expect(await item.locator('[data-field="actor"]').textContent()).toBe('CATL');
    await popup.close();
  });

  it('dismisses an organization; it stays dismissed after a reload', async () => {
    const before = (await highlightTexts(page, 'pressmark-organization')).filter(
      (t) => t === 'Stadtregierung von Luoyang',
    );
    expect(before).toHaveLength(1);
    await clickHighlight(page, 'pressmark-organization', 'Stadtregierung von Luoyang');
    await clickShadowButton(page, 'detection-card', 'Dismiss');
    await expect
      .poll(async () =>
        (await highlightTexts(page, 'pressmark-organization')).includes(
          'Stadtregierung von Luoyang',
        ),
      )
      .toBe(false);
    await page.reload();
    await waitForPressmark(page);
    expect(await highlightTexts(page, 'pressmark-organization')).not.toContain(
      'Stadtregierung von Luoyang',
    );
    const { popup, items } = await popupItems('organization');
    await expect
      .poll(() =>
        items.filter({ hasText: 'Stadtregierung von Luoyang' }).getAttribute('data-review'),
      )
      .toBe('dismissed');
    await popup.close();
  });

  it('corrects an organization’s canonical name from its card', async () => {
    await clickHighlight(page, 'pressmark-organization', 'Provinzregierung von Henan');
    await clickShadowButton(page, 'detection-card', 'Correct…');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Volksregierung der Provinz Henan');
    await page.keyboard.press('Enter');
    const { popup, items } = await popupItems('organization');
    const item = items.filter({ hasText: 'Provinzregierung von Henan' }).first();
    await expect.poll(() => item.getAttribute('data-review')).toBe('corrected');
    expect(await item.locator('[data-field="organization"]').textContent()).toBe(
      'Volksregierung der Provinz Henan',
    );
    await popup.close();
  });

  it('exports detections with their fields as CSV columns', async () => {
    const { popup } = await popupItems('commitment');
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export CSV', exact: true }).click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    const Papa = (await import('papaparse')).default;
    const { data } = Papa.parse<Record<string, string>>(
      await readFile((await download.path()) as string, 'utf8'),
      {
        header: true,
        skipEmptyLines: true,
      },
    );
    const commitment = data.find(
      (r) => r.kind === 'commitment' && r.quote?.startsWith(COMMITMENT_START),
    );
    expect(commitment).toMatchObject({ origin: 'auto', actor: 'CATL', review: 'accepted' });
    expect(Number(commitment?.confidence)).toBeGreaterThan(0);
    expect(data.find((r) => r.quote === 'Stadtregierung von Luoyang')?.review).toBe('dismissed');
    await popup.close();
  });
});

describe('options', () => {
  it('turns organization highlighting off and adds watch-list names', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Organizations').uncheck();
    await options
      .getByLabel('Watch-list', { exact: false })
      .fill('Peak Carbon Alliance; Peak Carbon');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toContain('1 watched');
    await page.reload();
    await waitForPressmark(page);
    // Detector off: the watch-list name is painted, and the findings the user
    // reviewed stay (they are the user's now); nothing else.
    await expect
      .poll(async () => (await highlightTexts(page, 'pressmark-organization')).sort())
      .toEqual(['Peak Carbon', 'Provinzregierung von Henan']);
    expect((await highlightTexts(page, 'pressmark-commitment')).length).toBeGreaterThan(0);
    await options.close();
  });

  it('shows storage health and backs up everything, and stops reminding', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect
      .poll(() => options.locator('[data-persisted]').getAttribute('data-persisted'))
      .toMatch(/true|false/);
    await expect.poll(() => options.getByText(/Using .* MB of/).count()).toBe(1);
    const popup = await browser.context.newPage();
    await popup.goto(browser.popupUrl(pageUrl));
    await expect
      .poll(() => popup.getByText('No backup for a while', { exact: false }).count())
      .toBe(1);
    const [file] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export bundle', exact: true }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^pressmark-backup-.*\.pressmark\.json$/);
    const { readFile } = await import('node:fs/promises');
    const { parseBundle } = await import('../../lib/bundle');
    const backup = parseBundle(await readFile((await file.path()) as string, 'utf8'));
    expect(backup.ok && backup.value.annotations.some((a) => a.review === 'dismissed')).toBe(true);
    await popup.reload();
    await popup.locator('[data-annotation-id]').first().waitFor();
    expect(await popup.getByText('No backup for a while', { exact: false }).count()).toBe(0);
    await popup.close();
    await options.close();
  });
});
