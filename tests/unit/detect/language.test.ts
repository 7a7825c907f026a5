import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/detect/index';
import { languageCases } from './language-cases';

describe('detectLanguage', () => {
  for (const c of languageCases) {
    it(`works for case: ${c.name}`, () => {
      expect(detectLanguage(c.text, c.declared)).toBe(c.lang);
    });
  }
});
