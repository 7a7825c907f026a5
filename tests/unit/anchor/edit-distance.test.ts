import { expect, it, describe as suite } from 'vitest';
import { anchoredEditDistance, boundedEditDistance } from '../../../lib/anchor/edit-distance';
import { seededRandom } from './seeded-random';

/** Textbook Levenshtein, the reference the banded version must agree with. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length]!;
}

suite('boundedEditDistance', () => {
  const cases: [string, string, number][] = [
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['€2.4 billion', '€3.1 billion', 2],
    ['公司将投资120亿元', '公司将投资150亿元', 1],
  ];
  for (const [a, b, d] of cases) {
    it(`works for case: "${a}" vs "${b}"`, () => expect(boundedEditDistance(a, b, 10)).toBe(d));
  }

  it('agrees with plain Levenshtein inside the band and reports overflow outside it', () => {
    const rnd = seededRandom(3);
    const word = () =>
      Array.from({ length: Math.floor(rnd() * 12) }, () => 'abc '[Math.floor(rnd() * 4)]).join('');
    for (let t = 0; t < 500; t++) {
      const [a, b, k] = [word(), word(), Math.floor(rnd() * 6)];
      const d = levenshtein(a, b);
      expect(boundedEditDistance(a, b, k)).toBe(d <= k ? d : k + 1);
    }
  });
});

suite('anchoredEditDistance', () => {
  it('lets the far end of the live text go free', () => {
    expect(anchoredEditDistance(' The plant', ' The plant is expected', false)).toBe(0);
    expect(anchoredEditDistance('five years.\n\n', 'Over the next five years.\n\n', true)).toBe(0);
  });

  it('charges an inserted word near the anchor its length once', () => {
    expect(anchoredEditDistance(' The plant is', ' Then the plant is', false)).toBe(5);
  });
});
