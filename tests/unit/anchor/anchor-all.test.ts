import { expect, it, describe as suite } from 'vitest';
import type { AnchorItem } from '../../../lib/anchor';
import { anchorAll, anchorAllAsync, describe } from '../../../lib/anchor';
import { english } from './press-texts';

const describeWords = (words: string[]): AnchorItem<string>[] =>
  words.map((w) => {
    const start = english.indexOf(w);
    const { quote, position } = describe(english, start, start + w.length);
    return { id: w, selectors: [quote, position] };
  });

const items = describeWords([
  'Northwind Energy AG',
  'skilled workforce',
  'supervisory board',
  'Saxony',
]);
const edited = english
  .replace('Saxony', 'Thuringia')
  .replace('skilled workforce', 'skilled work force');

suite('anchorAll', () => {
  it('re-anchors every item by id, in input order', () => {
    const results = anchorAll(edited, items);
    expect([...results.keys()]).toEqual(items.map((i) => i.id));
    expect([...results.values()].map((r) => r.status)).toEqual([
      'anchored',
      'fuzzy',
      'anchored',
      'orphaned',
    ]);
    expect(results.get('skilled workforce')?.exact).toBe('skilled work force');
  });
});

suite('anchorAllAsync', () => {
  it('gives the same results as anchorAll', async () => {
    const out = new Map();
    for await (const { id, result } of anchorAllAsync(edited, items)) out.set(id, result);
    expect(out).toEqual(anchorAll(edited, items));
  });

  it('yields to the event loop once each time yieldEvery ms have passed', async () => {
    let clock = 0;
    let yields = 0;
    const options = {
      yieldEvery: 10,
      now: () => clock,
      yieldFn: async () => {
        yields++;
      },
    };
    for await (const _ of anchorAllAsync(edited, items, options)) clock += 6; // each item "takes" 6 ms
    expect(yields).toBe(2); // after items 2 (12 ms) and 4 (12 ms since the last yield)
  });

  it('stops with the abort reason when the signal fires', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      for await (const { id } of anchorAllAsync(edited, items, { signal: controller.signal })) {
        seen.push(id);
        if (seen.length === 2) controller.abort(new Error('page left'));
      }
    };
    await expect(run()).rejects.toThrow('page left');
    expect(seen).toHaveLength(2);
  });
});
