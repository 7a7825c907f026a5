import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/detect/index';
import { sentenceCases } from './sentences-cases';

describe('splitSentences', () => {
  for (const c of sentenceCases) {
    it(`works for case: ${c.name}`, () => {
      const spans = splitSentences(c.text, c.lang);
      expect(spans.map((s) => c.text.slice(s.start, s.end))).toEqual(c.sentences);
    });
  }
});
