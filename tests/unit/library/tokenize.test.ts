import { describe, expect, it } from 'vitest';
import { matchesTerms, parseQuery, tokenize } from '../../../lib/library/tokenize';
import { matchCases, tokenizeCases } from './tokenize-cases';

describe('tokenize', () => {
  for (const c of tokenizeCases) {
    it(`works for case: ${c.name}`, () => {
      expect(tokenize(c.text)).toEqual(c.keys);
    });
  }
});

describe('matchesTerms', () => {
  for (const c of matchCases) {
    it(`works for case: ${c.name}`, () => {
      const terms = parseQuery(c.query);
      for (const text of c.matches) expect(matchesTerms(text, terms), text).toBe(true);
      for (const text of c.misses) expect(matchesTerms(text, terms), text).toBe(false);
    });
  }

  it('looks up index keys the tokenizer wrote: every query key is a key or key prefix of a match', () => {
    for (const c of matchCases) {
      const terms = parseQuery(c.query);
      for (const text of c.matches) {
        const keys = tokenize(text);
        for (const key of terms.flatMap((t) => t.keys)) {
          const found = keys.some((k) => (key.prefix ? k.startsWith(key.value) : k === key.value));
          expect(found, `${c.name}: ${key.value} in ${text}`).toBe(true);
        }
      }
    }
  });
});
