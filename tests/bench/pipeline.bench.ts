/**
 * The content-script pipeline in real Chromium with the built extension,
 * against Readability alone on the same page in the same run.
 *
 * Baseline: `document.cloneNode(true)` + `new Readability(clone).parse()`,
 * run once in the page's main world after each load (a first call, as the
 * content script's is). Pressmark's phases come from its own
 * `performance.measure` entries on the page:
 * - in-page: extract (clone + Readability + text model) + anchor and paint,
 *   the main-thread work a page pays;
 * - until drawn: from reading the page to every highlight painted, with
 *   detection in the (warm) background and the messages in between.
 * Pages: a real newsroom template with a ~5,000- and a ~50,000-word release.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, waitForPressmark } from '../support/chromium.mjs';
import { startFixtureServer } from '../support/fixture-server.mjs';

type BenchRow = { name: string; value: number; baseline: number; unit: string; note?: string };

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOADS = 11;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A real newsroom template (a wire-service release page from the labelled
 * corpus, with its navigation, share bar, sidebar, related releases and
 * footer) whose release body is replaced by about `words` words of release
 * prose, so the boilerplate around the article is what newsrooms serve.
 */
export function newsroomPage(words: number): string {
  const id = 'en-helix-electrolyte-louisiana';
  const html = readFileSync(`${ROOT}tests/fixtures/dev-corpus/${id}/source.html`, 'utf8');
  const prose = [
    'en-nordvolt-gigafactory',
    'en-helix-electrolyte-louisiana',
    'en-quantara-dresden-fab',
  ].map(
    (name) =>
      JSON.parse(readFileSync(`${ROOT}tests/fixtures/dev-corpus/${name}/gold.json`, 'utf8'))
        .article_text as string,
  );
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    for (const p of (prose[i % prose.length] as string).split('\n\n')) {
      paragraphs.push(`<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`);
      count += p.split(/\s+/).length;
    }
  }
  // Replace the release body: from its first paragraph to its last.
  const gold = (prose[1] as string).split('\n\n');
  const first = html.lastIndexOf('<p', html.indexOf(escapeHtml((gold[0] as string).slice(0, 40))));
  const lastText = html.indexOf(escapeHtml((gold[gold.length - 1] as string).slice(0, 30)));
  const last = html.indexOf('</p>', lastText) + '</p>'.length;
  if (first < 0 || lastText < 0) throw new Error('release body not found in the template');
  return `${html.slice(0, first)}${paragraphs.join('\n')}${html.slice(last)}`;
}

export default async function (): Promise<BenchRow[]> {
  spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'ignore' });
  const readability = readFileSync(
    `${ROOT}node_modules/@mozilla/readability/Readability.js`,
    'utf8',
  );
  const server = await startFixtureServer();
  const browser = await launchChromium();
  const rows: BenchRow[] = [];
  try {
    for (const words of [5_000, 50_000]) {
      const path = `/bench-${words}.html`;
      server.route(path, newsroomPage(words));
      const page = await browser.context.newPage();
      const inPage: number[] = [];
      const drawn: number[] = [];
      const baseline: number[] = [];
      let highlights = 0;
      // The first load warms the background's detector: later ones measure a warm one.
      for (let load = 0; load <= LOADS; load++) {
        await page.goto(server.url(path));
        await waitForPressmark(page, 120_000);
        const measures = await page.evaluate(() =>
          Object.fromEntries(
            performance.getEntriesByType('measure').map((m) => [m.name, m.duration]),
          ),
        );
        await page.addScriptTag({ content: readability });
        const base = await page.evaluate(() => {
          const started = performance.now();
          const clone = document.cloneNode(true) as Document;
          new (
            window as unknown as { Readability: new (d: Document) => { parse(): unknown } }
          ).Readability(clone).parse();
          return performance.now() - started;
        });
        highlights = await page.evaluate(() =>
          ['pressmark-organization', 'pressmark-commitment'].reduce(
            (n, name) => n + (CSS.highlights.get(name)?.size ?? 0),
            0,
          ),
        );
        if (load === 0) continue;
        inPage.push((measures['pressmark:extract'] ?? 0) + (measures['pressmark:anchor'] ?? 0));
        drawn.push(measures['pressmark:total'] ?? 0);
        baseline.push(base);
      }
      await page.close();
      const note = `median of ${LOADS} loads, ${highlights} automatic highlights; baseline: clone + Readability first parse in the page`;
      rows.push(
        {
          name: `pipeline ${words / 1000}k words: in-page work`,
          value: median(inPage),
          baseline: median(baseline),
          unit: 'ms',
          note,
        },
        {
          name: `pipeline ${words / 1000}k words: until all drawn`,
          value: median(drawn),
          baseline: median(baseline),
          unit: 'ms',
          note: 'includes background detection (warm) and messages',
        },
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
