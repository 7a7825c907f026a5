// Launches Debian's firefox-esr with the built add-on through puppeteer-core
// over WebDriver BiDi (Playwright's Firefox needs its own patched build).
// See ../shared/TOOLCHAIN.md for why the flags below are needed.
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const FIREFOX = process.env.PRESSMARK_FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2-e2e');
/** Must match GECKO_ID in wxt.config.ts. */
const GECKO_ID = 'pressmark@pressmark.dev';
/** Pinned so the moz-extension:// address of the popup is known in advance. */
export const FIREFOX_UUID = '6f3c2b0e-5d1a-4c8e-9f7a-2b4d6e8a0c13';

/**
 * Starts Firefox with the add-on installed.
 * @param {{ extension?: string }} [options]
 */
export async function launchFirefox(options = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Keep Firefox off the (closed) network.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  await browser.installExtension(options.extension ?? FIREFOX_BUILD);
  return {
    browser,
    popupUrl: (pageUrl) =>
      `moz-extension://${FIREFOX_UUID}/popup.html?url=${encodeURIComponent(pageUrl)}`,
    close: () => browser.close(),
  };
}

/**
 * Opens an extension page without awaiting navigation (BiDi may never report
 * it complete for moz-extension:// pages); wait for a selector instead.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {string} selector
 */
export async function openExtensionPage(browser, url, selector) {
  const page = await browser.newPage();
  page.goto(url).catch(() => {});
  await waitForElement(page, selector);
  return page;
}

/**
 * Waits for an element by polling. Puppeteer's waitForSelector over BiDi can
 * hang on moz-extension:// pages, or fail outright while the page is still
 * committing ("right-hand side of 'in'…"); a plain poll survives both.
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 */
export async function waitForElement(page, selector, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const found = await page.$(selector);
      if (found) return found;
    } catch {
      // the realm was replaced mid-call; try again
    }
    if (Date.now() > deadline)
      throw new Error(`${page.url()}: no ${selector} within ${timeout / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Clicks the first button with exactly this text (Puppeteer has no role
 * queries over BiDi here).
 * @param {import('puppeteer-core').Page} page
 * @param {string} text
 */
export async function clickButton(page, text) {
  for (const button of await page.$$('button')) {
    if ((await button.evaluate((b) => b.textContent)) === text) return button.click();
  }
  throw new Error(`no button "${text}"`);
}

/**
 * Clicks an export button and returns the file's text. BiDi reports no
 * download events here, so the download link's click is intercepted and its
 * blob read instead.
 * @param {import('puppeteer-core').Page} page
 * @param {string} button
 * @returns {Promise<string>}
 */
export async function exportFrom(page, button) {
  await page.evaluate(() => {
    window.captured = new Promise((resolve) => {
      HTMLAnchorElement.prototype.click = function () {
        fetch(this.href)
          .then((r) => r.text())
          .then(resolve);
      };
    });
  });
  // A click can land while the page is still settling; click again once,
  // and if nothing comes, say what the page showed.
  for (let attempt = 1; ; attempt++) {
    await clickButton(page, button);
    const text = await page.evaluate(() =>
      Promise.race([
        window.captured,
        new Promise((resolve) => setTimeout(() => resolve(null), 10_000)),
      ]),
    );
    if (text !== null) return text;
    if (attempt === 2) {
      const shown = await page.evaluate(() => (document.body.textContent ?? '').slice(0, 500));
      throw new Error(`"${button}" produced no download; the page showed:\n${shown}`);
    }
  }
}
