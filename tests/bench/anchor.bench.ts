/**
 * Re-anchoring cost on a long synthetic release (~50,000 words), against a
 * baseline measured in the same run: one plain `indexOf` per quote over the
 * same text. Reports medians of several runs; value / baseline is the ratio.
 */

import type { AnchorItem, AnchorResult } from '../../lib/anchor';
import { anchorAll, describe } from '../../lib/anchor';

export type BenchRow = {
  name: string;
  value: number;
  baseline: number;
  unit: string;
  note?: string;
};

/** Deterministic PRNG (Park–Miller), so every run measures the same text. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

const syllables =
  'ka,lo,mer,dan,sti,ve,ron,tal,pri,gen,bu,cor,fa,ni,wes,tro,ple,sam,dor,lin,qua,ber,mo,zen'.split(
    ',',
  );
const common =
  'the,of,and,to,in,a,for,will,is,by,with,its,on,that,at,from,as,company,plant,new'.split(',');

/** A release of paragraphs of sentences; Zipf-ish word choice like real prose. */
function syntheticText(seed: number, words: number): string[][] {
  const rnd = prng(seed);
  const vocabulary = Array.from({ length: 3000 }, () => {
    const n = 1 + Math.floor(rnd() * 3);
    return Array.from({ length: n }, () => syllables[Math.floor(rnd() * syllables.length)]).join(
      '',
    );
  });
  const word = () => {
    const r = rnd();
    if (r < 0.35) return common[Math.floor(rnd() * common.length)]!;
    if (r < 0.4) return String(Math.floor(rnd() * 3000));
    return vocabulary[Math.floor(vocabulary.length * rnd() ** 2)]!;
  };
  const paragraphs: string[][] = [];
  for (let count = 0; count < words; ) {
    const paragraph: string[] = [];
    for (let s = 3 + Math.floor(rnd() * 4); s > 0; s--) {
      const n = 8 + Math.floor(rnd() * 18);
      const sentence = Array.from({ length: n }, word).join(' ');
      paragraph.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
      count += n;
    }
    paragraphs.push(paragraph);
  }
  return paragraphs;
}

const join = (paragraphs: string[][]) => paragraphs.map((p) => p.join(' ')).join('\n\n');

interface Scenario {
  text: string;
  items: AnchorItem<number>[];
  /** Expected exact text per id, or null for orphaned. */
  expected: Map<number, string | null>;
}

/** 1,000 annotations on middle sentences; ~900 kept, ~80 edited inside, ~20 deleted; 10 paragraphs inserted. */
function mixedScenario(): Scenario {
  const rnd = prng(7);
  const paragraphs = syntheticText(1, 50_000);
  const original = join(paragraphs);
  // Middle sentences only, every other one: edits never touch an annotation's context.
  const slots: { p: number; s: number }[] = [];
  paragraphs.forEach((para, p) => {
    for (let s = 1; s < para.length - 1; s += 2) slots.push({ p, s });
  });
  const chosen = slots.sort(() => rnd() - 0.5).slice(0, 1000);
  const offsetOf = (p: number, s: number) =>
    join(paragraphs.slice(0, p)).length +
    (p ? 2 : 0) +
    paragraphs[p]!.slice(0, s).join(' ').length +
    (s ? 1 : 0);
  const items: AnchorItem<number>[] = [];
  const expected = new Map<number, string | null>();
  chosen.forEach(({ p, s }, id) => {
    const start = offsetOf(p, s);
    const sentence = paragraphs[p]![s]!;
    const { quote, position } = describe(original, start, start + sentence.length);
    items.push({ id, selectors: [quote, position] });
    expected.set(id, sentence);
  });
  const edited = paragraphs.map((para) => [...para]);
  chosen.forEach(({ p, s }, id) => {
    if (id < 20) {
      edited[p]![s] = '';
      expected.set(id, null);
    } else if (id < 100) {
      const words = edited[p]![s]!.split(' ');
      words[Math.floor(words.length / 2)] = 'revised';
      edited[p]![s] = words.join(' ');
      expected.set(id, edited[p]![s]!);
    }
  });
  for (let i = 0; i < 10; i++)
    edited.splice(Math.floor(rnd() * edited.length), 0, ['Update: figures revised.']);
  const text = edited.map((para) => para.filter(Boolean).join(' ')).join('\n\n');
  return { text, items, expected };
}

/** 1,000 quotes from another release: nothing to find, every one pays the full approximate scan. */
function orphanScenario(text: string): Scenario {
  const other = syntheticText(2, 50_000);
  const otherText = join(other);
  const items: AnchorItem<number>[] = [];
  const expected = new Map<number, string | null>();
  const sentences = other.flat().filter((s) => s.length > 40);
  for (let id = 0; id < 1000; id++) {
    const sentence = sentences[id * 2]!;
    const start = otherText.indexOf(sentence);
    const { quote, position } = describe(otherText, start, start + sentence.length);
    items.push({ id, selectors: [quote, position] });
    expected.set(id, null);
  }
  return { text, items, expected };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** One `indexOf` per quote: the cheapest thing that could possibly re-anchor. */
function baseline({ text, items }: Scenario): void {
  let sink = 0;
  for (const item of items) {
    const quote = item.selectors.find((s) => s.type === 'TextQuoteSelector');
    if (quote?.type === 'TextQuoteSelector') sink += text.indexOf(quote.exact);
  }
  if (sink === Number.MIN_SAFE_INTEGER) console.log(sink);
}

/** Counts outcomes and wrong attachments (any located result whose text is not the expected one). */
function tally(scenario: Scenario, results: Map<number, AnchorResult>): string {
  const count = { anchored: 0, fuzzy: 0, orphaned: 0, wrong: 0, missed: 0 };
  for (const [id, result] of results) {
    count[result.status]++;
    const want = scenario.expected.get(id);
    if (result.status !== 'orphaned' && result.exact !== want) count.wrong++;
    if (result.status === 'orphaned' && want) count.missed++;
  }
  return `anchored ${count.anchored}, fuzzy ${count.fuzzy}, orphaned ${count.orphaned}; wrong attachments ${count.wrong}, missed ${count.missed}`;
}

function measure(name: string, scenario: Scenario, runs: number): BenchRow {
  let results = new Map<number, AnchorResult>();
  const values: number[] = [];
  const baselines: number[] = [];
  for (let r = 0; r < runs; r++) {
    baselines.push(time(() => baseline(scenario)));
    values.push(time(() => (results = anchorAll(scenario.text, scenario.items))));
  }
  const words = scenario.text.split(/\s+/).length;
  return {
    name,
    value: Math.round(median(values) * 10) / 10,
    baseline: Math.round(median(baselines) * 10) / 10,
    unit: 'ms',
    note: `${words} words, ${scenario.text.length} chars, median of ${runs}; ${tally(scenario, results)}`,
  };
}

/** Runs the anchoring benchmark. */
export default async function (): Promise<BenchRow[]> {
  const mixed = mixedScenario();
  anchorAll(mixed.text, mixed.items.slice(0, 50)); // warm up the JIT
  return [
    measure('anchor: re-anchor 1,000 annotations (900 kept, 80 edited, 20 deleted)', mixed, 5),
    measure('anchor: re-anchor 1,000 orphans (worst case)', orphanScenario(mixed.text), 3),
  ];
}
