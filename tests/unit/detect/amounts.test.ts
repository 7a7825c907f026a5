import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../lib/detect/amounts';
import { compiledFor } from '../../../lib/detect/compiled';
import { rulesFor } from '../../../lib/detect/languages/index';
import { parseLocaleNumber } from '../../../lib/detect/numbers';
import { amountCases } from './amounts-cases';

describe('findAmounts', () => {
  for (const c of amountCases) {
    it(`works for case: ${c.name}`, () => {
      const found = findAmounts(c.text, { start: 0, end: c.text.length }, compiledFor(c.lang));
      expect(found.map(({ value, unit }) => ({ value, unit }))).toEqual(c.amounts);
      for (const a of found) expect(c.text.slice(a.start, a.end)).toBe(a.text);
    });
  }
});

describe('parseLocaleNumber', () => {
  const cases: [string, string, number][] = [
    ['de', '7,3', 7.3],
    ['de', '4.850.000', 4_850_000],
    ['en', '1,500', 1500],
    ['en', '7.3', 7.3],
    ['fr', '1 500', 1500],
    ['hu', '2,5', 2.5],
  ];
  for (const [lang, raw, value] of cases) {
    it(`works for case: ${lang} ${raw}`, () => {
      expect(parseLocaleNumber(raw, rulesFor(lang))).toBe(value);
    });
  }
});
