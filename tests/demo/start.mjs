#!/usr/bin/env node
// `npm start`: install if needed, build the extension, serve the bundled
// sample release (CATL's Henan release) on 127.0.0.1 and show Pressmark at
// work on it in Chromium. With a display, the browser stays open; without
// one (CI, SSH), it runs headless and saves screenshots to .output/demo/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const run = (command, args) => {
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
};

if (!existsSync(resolve(root, 'node_modules/.package-lock.json'))) {
  console.log('Installing packages (first run)…');
  run(
    'npm',
    existsSync(resolve(root, 'package-lock.json'))
      ? ['ci', '--no-audit', '--no-fund']
      : ['install'],
  );
}

const chromiumPath = process.env.PRESSMARK_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian’s chromium…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
  } else {
    console.error(
      `Chromium not found at ${chromiumPath}. Install it (Debian: sudo apt-get install chromium)\nor point PRESSMARK_CHROMIUM at a Chromium binary.`,
    );
    process.exit(1);
  }
}

console.log('Building the extension…');
run('npx', ['wxt', 'build', '--mode', 'e2e']);

const { launchChromium, waitForPressmark } = await import('../support/chromium.mjs');
const { startFixtureServer } = await import('../support/fixture-server.mjs');
const { clickShadowButton, selectText } = await import('../support/shadow.mjs');

const server = await startFixtureServer();
const pageUrl = server.url('/pages/catl-henan.html');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const browser = await launchChromium({ headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(pageUrl);
const state = await waitForPressmark(page);
console.log(`Sample release: ${pageUrl} (Pressmark: ${state})`);

// A first note, so the popup has something of the user's to show.
await selectText(page, 'CATL ist entschlossen');
await clickShadowButton(page, 'toolbar', 'Highlight with note');
await page.keyboard.type('Commitment without amount or deadline: follow up.');
await page.keyboard.press('Control+Enter');
await page.waitForFunction(() => (CSS.highlights.get('pressmark-note')?.size ?? 0) > 0);

const popup = await browser.context.newPage();
await popup.setViewportSize({ width: 460, height: 760 });
await page.setViewportSize({ width: 1280, height: 760 });
await popup.goto(browser.popupUrl(pageUrl));
await popup.locator('[data-annotation-id]').first().waitFor();

if (headless) {
  const out = resolve(root, '.output/demo');
  mkdirSync(out, { recursive: true });
  await page.bringToFront();
  await page.evaluate(() =>
    document.querySelector('.news-detail-body, article, main')?.scrollIntoView(),
  );
  await page.screenshot({ path: resolve(out, 'page.png') });
  await popup.screenshot({ path: resolve(out, 'popup.png') });
  // Both side by side, as in the README.
  const both = await browser.context.newPage();
  await both.setViewportSize({ width: 1280 + 460, height: 760 });
  const data = (file) =>
    `data:image/png;base64,${readFileSync(resolve(out, file)).toString('base64')}`;
  await both.setContent(
    `<body style="margin:0;display:flex"><img src="${data('page.png')}"><img src="${data('popup.png')}"></body>`,
  );
  await both.screenshot({ path: resolve(out, 'overview.png') });
  const files = ['page.png', 'popup.png', 'overview.png']
    .map((f) => `  ${resolve(out, f)}`)
    .join('\n');
  console.log(`No display: ran headless. Screenshots saved:\n${files}`);
  await browser.close();
  await server.close();
} else {
  console.log('Chromium is open with Pressmark loaded. Close the browser or press Ctrl+C to stop.');
  browser.context.on('close', () => server.close().then(() => process.exit(0)));
  process.on('SIGINT', () => browser.close().finally(() => process.exit(0)));
}
