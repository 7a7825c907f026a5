import { describe, expect, it } from 'vitest';
import { alphabetOf } from '../../../lib/detect/alphabet';
import { compiledFor } from '../../../lib/detect/compiled';
import { makeScan } from '../../../lib/detect/tokens';
import { followsLocative, writtenInLowerCase } from '../../../lib/detect/word-use';

const scanOf = (text: string, lang: string) => makeScan(text, compiledFor(lang, alphabetOf(text)));

describe('followsLocative', () => {
  const cases: [string, string, string, boolean][] = [
    ['en', 'The plant in Texas opens.', 'Texas', true],
    ['en', 'The plant IN  texas opens.', 'Texas', true],
    ['en', 'Texas Instruments in Dallas.', 'Texas', false],
    ['en', 'The plant in Texasville opens.', 'Texas', false],
    ['en', 'Within Texas.', 'Texas', false],
    ['de', 'Das Werk außerhalb Österreichs.', 'Österreichs', true],
    ['de', 'Das Werk AUSSERHALB ÖSTERREICHS.', 'Österreichs', false],
  ];
  for (const [lang, text, word, expected] of cases) {
    it(`works for case: ${word} in "${text}"`, () => {
      expect(followsLocative(scanOf(text, lang), word)).toBe(expected);
    });
  }
});

describe('writtenInLowerCase', () => {
  const cases: [string, string, boolean][] = [
    ['A contemporary design.', 'contemporary', true],
    ['Write to press@nordvolt.example today.', 'nordvolt', false],
    ['See nordvolt.example.', 'nordvolt', false],
    ['The nordvolt-led group.', 'nordvolt', false],
    ['The word nordvolt. Next.', 'nordvolt', true],
    ['Nordvolt only.', 'nordvolt', false],
  ];
  for (const [text, word, expected] of cases) {
    it(`works for case: ${word} in "${text}"`, () => {
      expect(writtenInLowerCase(text, word)).toBe(expected);
    });
  }
});
