import { describe, expect, it } from 'vitest';
import { compiledFor } from '../../../lib/detect/compiled';
import { findDeadlines, mainDeadline } from '../../../lib/detect/deadlines';
import { deadlineCases } from './deadlines-cases';

describe('deadlines', () => {
  for (const c of deadlineCases) {
    it(`works for case: ${c.name}`, () => {
      const found = findDeadlines(c.text, { start: 0, end: c.text.length }, compiledFor(c.lang));
      expect(mainDeadline(found)).toBe(c.deadline);
    });
  }
});
