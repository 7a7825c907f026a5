/**
 * Detection cost on long releases in English and German, built by
 * concatenating dev-corpus article texts, against a baseline measured in the
 * same run over the same text: one `text.split(/\s+/)` plus one scan with a
 * simple capitalised-word regex.
 *
 * Two kinds of rows:
 * - cold: the FIRST detect() call in a fresh Node process, which is what the
 *   content script pays on every page load (patterns are built on demand and
 *   V8 compiles each regular expression on its first run). Each sample is a
 *   child process; the baseline is the first run of the baseline in that same
 *   child. Medians over {@link COLD_RUNS} children.
 * - warm: the same call repeated in this process, medians after a warm-up.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detect } from '../../lib/detect/index';
import { commitmentCases } from '../unit/detect/commitments-cases';

export type BenchRow = {
  name: string;
  value: number;
  baseline: number;
  unit: string;
  note?: string;
};

/** Words per benchmark text: a long release, and a very long page. */
const SIZES = [
  { lang: 'en', words: 5000 },
  { lang: 'de', words: 5000 },
  { lang: 'en', words: 50000 },
];
/** Timed runs per warm measurement; the median damps noise on shared machines. */
const RUNS = 31;
const WARMUP = 5;
/** Fresh processes per cold measurement: each costs a Node start and a tsx import. */
const COLD_RUNS = 7;

const BASELINE_NOTE =
  'baseline: text.split(/\\s+/) + one /\\b[A-Z][a-z]+\\b/g scan of the same text';

function corpusTexts(lang: string): string[] {
  const dir = join(import.meta.dirname, '../../../shared/corpus/dev');
  const fromCorpus = existsSync(dir)
    ? readdirSync(dir)
        .filter((d) => d.startsWith(`${lang}-`) && existsSync(join(dir, d, 'gold.json')))
        .sort()
        .map(
          (d) =>
            (
              JSON.parse(readFileSync(join(dir, d, 'gold.json'), 'utf8')) as {
                article_text: string;
              }
            ).article_text,
        )
    : [];
  // Without the shared corpus, the unit-test releases stand in.
  return fromCorpus.length > 0
    ? fromCorpus
    : commitmentCases.filter((c) => c.lang === lang).map((c) => c.text);
}

function release(lang: string, target: number): string {
  const parts = corpusTexts(lang);
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < target; i++) {
    const part = parts[i % parts.length] as string;
    out.push(part);
    words += part.split(/\s+/).length;
  }
  return out.join('\n\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function warmMedian(run: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function baseline(text: string): number {
  const words = text.split(/\s+/).length;
  const capitalised = text.match(/\b[A-Z][a-z]+\b/g)?.length ?? 0;
  return words + capitalised;
}

/**
 * The child: import the detector (not timed: tsx transpiles on import, a
 * bundle does not), then time the baseline's first run and detect()'s first
 * and second calls. The baseline runs first so that it, not detect(), pays
 * for anything the regex engine sets up once per process.
 */
const CHILD = `
import { readFileSync } from 'node:fs';
const [file, lang, url] = process.argv.slice(1);
const text = readFileSync(file, 'utf8');
const { detect } = await import(url);
let t0 = performance.now();
const words = text.split(/\\s+/).length;
const capitalised = text.match(/\\b[A-Z][a-z]+\\b/g)?.length ?? 0;
const base = performance.now() - t0;
t0 = performance.now();
const found = detect({ text, lang }).length;
const first = performance.now() - t0;
t0 = performance.now();
detect({ text, lang });
const second = performance.now() - t0;
console.log(JSON.stringify({ base, first, second, found, words, capitalised }));
`;

function coldSamples(file: string, lang: string): { base: number; first: number }[] {
  const url = pathToFileURL(resolve(import.meta.dirname, '../../lib/detect/index.ts')).href;
  const out: { base: number; first: number }[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const stdout = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', CHILD, file, lang, url],
      { cwd: resolve(import.meta.dirname, '../..'), encoding: 'utf8' },
    );
    out.push(JSON.parse(stdout.trim().split('\n').pop() as string));
  }
  return out;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

export default async function (): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'pressmark-detect-bench-'));
  try {
    for (const { lang, words: target } of SIZES) {
      const text = release(lang, target);
      const words = text.split(/\s+/).length;
      const file = join(dir, `${lang}-${target}.txt`);
      writeFileSync(file, text);
      const samples = coldSamples(file, lang);
      const first = median(samples.map((s) => s.first));
      const base = median(samples.map((s) => s.base));
      rows.push({
        name: `detect ${lang} ${words} words, first call (cold)`,
        value: first,
        baseline: base,
        unit: 'ms',
        note: `first detect() ${fmt(first)}, baseline ${fmt(base)}, in a fresh process, median of ${COLD_RUNS}; ${BASELINE_NOTE}`,
      });
      const warm = warmMedian(() => detect({ text, lang }));
      const warmBase = warmMedian(() => baseline(text));
      rows.push({
        name: `detect ${lang} ${words} words, warm`,
        value: warm,
        baseline: warmBase,
        unit: 'ms',
        note: `detect() ${fmt(warm)}, baseline ${fmt(warmBase)}; ${BASELINE_NOTE}`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
