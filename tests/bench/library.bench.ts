/**
 * The library page at 100,000 annotations over 2,000 releases, in real
 * Chromium with the e2e build: opening it, a full-text search, the
 * commitment tracker, the organizations view and a CSV export of
 * everything, each against a baseline measured in the same run and the same
 * browser (named in the row's note). The library is seeded through the e2e
 * build's `seedLibrary` request (lib/library/seed-library.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { seedReleases } from '../../lib/library/seed-library';
import { launchChromium } from '../support/chromium.mjs';
import type { BenchRow } from './anchor.bench';

const SPEC = { releases: 2_000, annotations: 100_000, seed: 7 };
/** Words in a large share of the synthetic English notes and quotes. */
const COMMON = 'the company';
/** Repeats of the cheap measurements; the median is reported. */
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;
const mb = (bytes: number) => round(bytes / 1024 / 1024);

/**
 * A request to the background straight from an extension page, timed in
 * the page (the page's own `chrome.runtime`, as the library's requests go).
 */
const send = (page: Page, type: string, args: unknown[]) =>
  page.evaluate(
    async ([type, args]) => {
      const { runtime } = (
        globalThis as unknown as { chrome: typeof import('webextension-polyfill') }
      ).chrome;
      const start = performance.now();
      const reply = (await runtime.sendMessage({ pressmark: 1, to: 'background', type, args })) as {
        ok: boolean;
        error?: string;
      };
      return { ms: performance.now() - start, ...reply };
    },
    [type, args] as const,
  );

/** Milliseconds from navigation start until the releases view is shown. */
async function openLibrary(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('pressmark:releases').length > 0,
    null,
    { timeout: 60_000 },
  );
  return page.evaluate(() => performance.getEntriesByName('pressmark:releases')[0]!.startTime);
}

/** What the benchmark does in the page: open a tab, or search. */
type Action = { tab: string } | { search: string };

/** Milliseconds from doing `action` in the page until the view sets `mark` again. */
async function timeToMark(page: Page, mark: string, action: Action): Promise<number> {
  return page.evaluate(
    ([mark, action]) =>
      new Promise<number>((done) => {
        const t0 = performance.now();
        const observer = new PerformanceObserver((list) => {
          const entry = list.getEntriesByName(mark).find((e) => e.startTime >= t0);
          if (!entry) return;
          observer.disconnect();
          done(entry.startTime - t0);
        });
        observer.observe({ type: 'mark' });
        if ('tab' in action) {
          document.getElementById(`tab-${action.tab}`)?.click();
          return;
        }
        const box = document.getElementById('search-text') as HTMLInputElement;
        box.value = action.search;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        // Submit once the input's state has rendered.
        setTimeout(() => box.form?.requestSubmit(), 0);
      }),
    [mark, action] as const,
  );
}

const search = (text: string): Action => ({ search: text });

/** Opens the library, then measures a tab until its first window is shown. */
async function openTab(page: Page, url: string, tab: 'commitments' | 'organizations') {
  await openLibrary(page, url);
  return timeToMark(page, `pressmark:${tab}`, { tab });
}

/** Queries taken from the seeded text: two words of a note (the last as a prefix), and a Chinese run. */
function queries(): { words: string; cjk: string } {
  let words = '';
  let cjk = '';
  let i = 0;
  for (const { annotations } of seedReleases(SPEC)) {
    for (const a of annotations) {
      const parts = a.note.split(/\s+/).filter((w) => w.length > 6);
      if (!words && i > 500 && parts.length >= 2) words = `${parts[0]} ${parts[1]!.slice(0, 4)}`;
      const quote = a.selectors[0]?.type === 'TextQuoteSelector' ? a.selectors[0].exact : '';
      if (!cjk && i > 700 && /^\p{Script=Han}{12}/u.test(quote)) cjk = quote.slice(3, 6);
    }
    if (words && cjk) break;
    i++;
  }
  return { words, cjk };
}

/** Runs the library benchmark. */
export default async function (): Promise<BenchRow[]> {
  if (!process.env.PRESSMARK_BENCH_NO_BUILD)
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], {
      cwd: resolve(import.meta.dirname, '../..'),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  const browser = await launchChromium();
  try {
    const url = `chrome-extension://${browser.extensionId}/library.html`;
    const page = await browser.context.newPage();

    // Baselines on the empty library, same page, same paths.
    const emptyOpen = median(await series(() => openLibrary(page, url)));
    const emptyTracker = median(await series(() => openTab(page, url, 'commitments')));
    const emptyOrganizations = median(await series(() => openTab(page, url, 'organizations')));

    const seeded = await send(page, 'seedLibrary', [SPEC]);
    if (!seeded.ok) throw new Error(`seeding failed: ${seeded.error}`);
    const seedSeconds = round(seeded.ms / 1000);

    // One indexed lookup through the message channel: the floor under every library request.
    const lookup = median(
      await series(
        async () =>
          (await send(page, 'getPageView', ['https://newsroom3.example/de/release-1234'])).ms,
        20,
      ),
    );

    const open = await series(() => openLibrary(page, url));
    const { words, cjk } = queries();
    await openLibrary(page, url);
    await page.locator('#tab-search').click();
    await page.locator('#search-text').waitFor();
    const wordSearch = await series(() => timeToMark(page, 'pressmark:search', search(words)));
    const wordHits = await page.locator('[data-results]').getAttribute('data-results');
    const cjkSearch = await series(() => timeToMark(page, 'pressmark:search', search(cjk)));
    const cjkHits = await page.locator('[data-results]').getAttribute('data-results');
    // Two of the commonest words: every candidate list is long.
    const commonSearch = await series(() => timeToMark(page, 'pressmark:search', search(COMMON)));
    const commonHits = await page.locator('[data-results]').getAttribute('data-results');

    const trackerCold = await openTab(page, url, 'commitments');
    const trackerRows = await page.locator('[data-shown]').getAttribute('data-total');
    const trackerWarm = median(await series(() => openTab(page, url, 'commitments')));
    const orgCold = await openTab(page, url, 'organizations');
    const groups = await page.locator('.groups [data-shown]').getAttribute('data-total');

    // CSV of everything, until the file has arrived.
    await openLibrary(page, url);
    const cdp = await page.context().newCDPSession(page);
    const heapBefore = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const started = performance.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 600_000 }),
      page
        .getByRole('region', { name: 'All annotations' })
        .getByRole('button', { name: 'Export CSV', exact: true })
        .click(),
    ]);
    const csvPath = (await download.path()) as string;
    const exportMs = performance.now() - started;
    const heapAfter = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await cdp.send('HeapProfiler.collectGarbage');
    const heapRetained = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const csv = await readFile(csvPath, 'utf8');
    const csvRows = csv.split('\r\n').length - 2;
    const stringify = median(
      await series(
        () =>
          page.evaluate((n) => {
            const rows = Array.from({ length: n }, (_, i) => ({
              id: `00000000-0000-4000-a000-${String(i).padStart(12, '0')}`,
              pageId: `https://newsroom${i % 40}.example/en/release-${i % 2000}`,
              kind: 'commitment',
              quote:
                'Kalomer will build a plant in Debrecen with 40 GWh of annual capacity by 2028.',
              note: 'Check the financing against the last annual report.',
              tags: ['capex'],
              created: '2026-11-26T10:00:00.000Z',
            }));
            const start = performance.now();
            JSON.stringify(rows);
            return performance.now() - start;
          }, SPEC.annotations),
        3,
      ),
    );

    const size = `${SPEC.annotations.toLocaleString('en')} annotations, ${SPEC.releases.toLocaleString('en')} releases (seeded in ${seedSeconds} s)`;
    return [
      {
        name: 'library: open until releases shown',
        value: round(median(open)),
        baseline: round(emptyOpen),
        unit: 'ms',
        note: `${size}; baseline: the same page on an empty library; median of ${RUNS}`,
      },
      {
        name: 'library: full-text search, two words',
        value: round(median(wordSearch)),
        baseline: round(lookup),
        unit: 'ms',
        note: `"${words}" -> ${wordHits} shown; baseline: one indexed lookup round trip (getPageView); median of ${RUNS}`,
      },
      {
        name: 'library: full-text search, Chinese',
        value: round(median(cjkSearch)),
        baseline: round(lookup),
        unit: 'ms',
        note: `"${cjk}" -> ${cjkHits} shown; baseline as above`,
      },
      {
        name: 'library: full-text search, two common words',
        value: round(median(commonSearch)),
        baseline: round(lookup),
        unit: 'ms',
        note: `"${COMMON}" -> first ${commonHits} shown; baseline as above`,
      },
      {
        name: 'library: commitment tracker, first load',
        value: round(trackerCold),
        baseline: round(emptyTracker),
        unit: 'ms',
        note: `${trackerRows} commitments; reads and caches rows; baseline: the tracker on an empty library`,
      },
      {
        name: 'library: commitment tracker, again',
        value: round(trackerWarm),
        baseline: round(emptyTracker),
        unit: 'ms',
        note: `rows cached in the background until the next write; median of ${RUNS}`,
      },
      {
        name: 'library: organizations, first load',
        value: round(orgCold),
        baseline: round(emptyOrganizations),
        unit: 'ms',
        note: `${groups} organization groups from org index keys; baseline: the view on an empty library`,
      },
      {
        name: 'library: CSV export of everything',
        value: round(exportMs),
        baseline: round(stringify),
        unit: 'ms',
        note: `${csvRows.toLocaleString('en')} rows, ${mb(csv.length)} M chars, until the download arrived; baseline: JSON.stringify of ${SPEC.annotations.toLocaleString('en')} annotation-like rows in the page`,
      },
      {
        name: 'library: page JS heap after CSV export',
        value: mb(heapAfter),
        baseline: mb(heapBefore),
        unit: 'MB',
        note: `CDP Runtime.getHeapUsage; ${mb(heapRetained)} MB after a GC; baseline: the page before the export`,
      },
    ];
  } finally {
    await browser.close();
  }
}

async function series(measure: () => Promise<number>, runs = RUNS): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(await measure());
  return out;
}
