// Launches Debian's Chromium with a built extension loaded, through
// playwright-core (never a downloaded browser). See ../shared/TOOLCHAIN.md.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.PRESSMARK_CHROMIUM ?? '/usr/bin/chromium';
export const CHROME_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

/** Flags that keep Chromium quiet on a closed network and working as root. */
const QUIET = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/**
 * Starts Chromium with the extension.
 * @param {{ extension?: string, headless?: boolean, userDataDir?: string, downloads?: string }} [options]
 */
export async function launchChromium(options = {}) {
  const extension = options.extension ?? CHROME_BUILD;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'pressmark-chromium-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    acceptDownloads: true,
    args: [...QUIET, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    viewport: { width: 1280, height: 900 },
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    /** The popup page for a page URL, opened as a tab (test contract). */
    popupUrl: (pageUrl) =>
      `chrome-extension://${extensionId}/popup.html?url=${encodeURIComponent(pageUrl)}`,
    async close() {
      await context.close();
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the content script has finished with a page.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string>} "ready" or "no-article"
 */
export async function waitForPressmark(page, timeout = 20_000) {
  const handle = await page.waitForFunction(
    () => {
      const state = document.documentElement.getAttribute('data-pressmark-state');
      return state === 'ready' || state === 'no-article' ? state : null;
    },
    null,
    { timeout },
  );
  return handle.jsonValue();
}
