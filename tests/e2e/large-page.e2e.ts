/**
 * A long release (50,000 words, thousands of automatic findings) in
 * Chromium: the page reads and paints, and the popup opens with the first
 * findings and offers the rest on request instead of rendering all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsroomPage } from '../bench/pipeline.bench';
import { launchChromium, waitForPressmark } from '../support/chromium.mjs';
import { startFixtureServer } from '../support/fixture-server.mjs';

type Browser = Awaited<ReturnType<typeof launchChromium>>;
type Server = Awaited<ReturnType<typeof startFixtureServer>>;

let browser: Browser;
let server: Server;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('/long.html', newsroomPage(50_000));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a 50,000-word release', () => {
  it('paints its findings and pages them in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/long.html'));
    expect(await waitForPressmark(page, 60_000)).toBe('ready');
    const painted = await page.evaluate(
      () => CSS.highlights.get('pressmark-organization')?.size ?? 0,
    );
    expect(painted).toBeGreaterThan(1000);

    const popup = await browser.context.newPage();
    await popup.goto(browser.popupUrl(page.url()));
    const items = popup.locator('[data-annotation-id]');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(150);
    await popup.getByRole('button', { name: /^Show 150 more/ }).click();
    await expect.poll(() => items.count()).toBe(300);
  });
});
