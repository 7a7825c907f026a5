/**
 * Permissions a store reviewer would approve: nothing runs on a site until
 * the user asks. On an origin the e2e build may script but does not annotate
 * (127.0.0.2, standing in for "user clicked the toolbar button"), the
 * background injects the content script on demand, and "always annotate on
 * this site" registers a content script for that origin only.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, waitForPressmark } from '../support/chromium.mjs';
import { startFixtureServer } from '../support/fixture-server.mjs';

type Browser = Awaited<ReturnType<typeof launchChromium>>;
type Server = Awaited<ReturnType<typeof startFixtureServer>>;
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};

let browser: Browser;
let server: Server;
let page: Page;

/** Sends a BackgroundProtocol request the way the popup does. */
const ask = (type: string, ...args: unknown[]) =>
  browser.context.newPage().then(async (ext) => {
    await ext.goto(`chrome-extension://${browser.extensionId}/popup.html?url=about:blank`);
    const reply = await ext.evaluate(
      ([t, a]) => chrome.runtime.sendMessage({ pressmark: 1, to: 'background', type: t, args: a }),
      [type, args] as const,
    );
    await ext.close();
    return reply as { ok: boolean; value?: unknown; error?: string };
  });

const tabIdOf = (url: string) =>
  browser.worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  );

beforeAll(async () => {
  server = await startFixtureServer({ host: '127.0.0.2' });
  browser = await launchChromium();
  page = await browser.context.newPage();
  await page.goto(server.url('/pages/catl-henan.html'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('running only where the user asks', () => {
  it('does not touch a page on an origin the user has not opted into', async () => {
    await page.waitForTimeout(500);
    expect(
      await page.evaluate(() => document.documentElement.getAttribute('data-pressmark-state')),
    ).toBeNull();
  });

  it('annotates the page on demand (toolbar button)', async () => {
    const reply = await ask('annotateTab', await tabIdOf(page.url()));
    expect(reply).toMatchObject({ ok: true, value: { state: 'ready' } });
    expect(await waitForPressmark(page)).toBe('ready');
  });

  it('does not inject twice when asked again', async () => {
    const reply = await ask('annotateTab', await tabIdOf(page.url()));
    expect(reply).toMatchObject({ ok: true, value: { state: 'ready' } });
    expect(await page.evaluate(() => document.querySelectorAll('pressmark-ui').length)).toBe(1);
  });

  it('registers a content script for exactly that origin with "always annotate"', async () => {
    const origin = server.origin;
    expect(await ask('getSiteAccess', origin)).toEqual({
      ok: true,
      value: { origin, always: false },
    });
    expect(await ask('setSiteAccess', { origin, always: true })).toEqual({
      ok: true,
      value: { origin, always: true },
    });
    const scripts = await browser.worker.evaluate(() =>
      chrome.scripting.getRegisteredContentScripts(),
    );
    expect(scripts.map((s) => s.matches)).toEqual([[`${origin}/*`]]);
    const fresh = await browser.context.newPage();
    await fresh.goto(server.url('/pages/catl-henan.html'));
    expect(await waitForPressmark(fresh)).toBe('ready');
    await fresh.close();
  });

  it('stops annotating the site when the user unticks it', async () => {
    const origin = server.origin;
    const reply = await ask('setSiteAccess', { origin, always: false });
    expect(reply).toMatchObject({ ok: true, value: { always: false } });
    expect(
      await browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts()),
    ).toEqual([]);
    const fresh = await browser.context.newPage();
    await fresh.goto(server.url('/pages/catl-henan.html'));
    await fresh.waitForTimeout(500);
    expect(
      await fresh.evaluate(() => document.documentElement.getAttribute('data-pressmark-state')),
    ).toBeNull();
    await fresh.close();
  });
});
