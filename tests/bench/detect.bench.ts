/**
 * Detection cost on a ~5,000-word release in English and in German, built by
 * concatenating dev-corpus article texts, against a baseline measured in the
 * same run over the same text: one `text.split(/\s+/)` plus one scan with a
 * simple capitalised-word regex. Reports medians; value / baseline is the ratio.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from '../../lib/detect/index';
import { commitmentCases } from '../unit/detect/commitments-cases';

export type BenchRow = {
  name: string;
  value: number;
  baseline: number;
  unit: string;
  note?: string;
};

/** Words per benchmark text: a long release. */
const TARGET_WORDS = 5000;
/** Timed runs per measurement; the median damps noise on shared machines. */
const RUNS = 31;
const WARMUP = 5;

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

function release(lang: string): string {
  const parts = corpusTexts(lang);
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < TARGET_WORDS; i++) {
    const part = parts[i % parts.length] as string;
    out.push(part);
    words += part.split(/\s+/).length;
  }
  return out.join('\n\n');
}

function median(run: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

function baseline(text: string): number {
  const words = text.split(/\s+/).length;
  const capitalised = text.match(/\b[A-Z][a-z]+\b/g)?.length ?? 0;
  return words + capitalised;
}

export default async function (): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const lang of ['en', 'de']) {
    const text = release(lang);
    const words = text.split(/\s+/).length;
    const value = median(() => detect({ text, lang }));
    const base = median(() => baseline(text));
    rows.push({
      name: `detect ${lang} ${words} words`,
      value,
      baseline: base,
      unit: 'ms',
      note: 'baseline: text.split(/\\s+/) + one /\\b[A-Z][a-z]+\\b/g scan of the same text',
    });
  }
  return rows;
}
