import { describe, expect, it } from 'vitest';
import {
  alphabetOf,
  isAlphanumeric,
  isLetter,
  isLower,
  isUpper,
  UNICODE_ALPHABET,
} from '../../../lib/detect/alphabet';
import { compile } from '../../../lib/detect/patterns';

/** Texts whose characters the cheap classes must classify exactly as the Unicode ones. */
const texts: { name: string; text: string }[] = [
  {
    name: 'English with typographic punctuation',
    text: '“Nordvolt’s plant” — €1.2bn, 40 %, ½ done.',
  },
  { name: 'German', text: 'Die Börse für Straßenbau: ÄÖÜ äöü ß ẞ, 3² m.' },
  { name: 'French and Spanish', text: 'l’Économie à Çà, Año, ¿Qué? «Œuvre» ſ' },
  { name: 'Hungarian', text: 'Értéktőzsde, Győr, ŐŰ őű' },
  {
    name: 'Chinese and Japanese',
    text: '宁德时代新能源科技股份有限公司，2024年6月。株式会社トヨタ、ひらがな',
  },
  {
    name: 'Greek, Cyrillic and combining marks',
    text: 'Αθήνα Μόσχα ЗАО «Газпром» e\u0301 ǅ ＡＢＣ１２３',
  },
  { name: 'astral letters and digits', text: '𝐀𝐁 𠀀𠀁 𝟙𝟚 😀' },
];

const PROPERTIES = [
  ['\\p{L}', 'letters'],
  ['\\p{N}', 'digits'],
  ['\\p{Lu}', 'upper'],
  ['\\p{Ll}', 'lower'],
  ['\\p{M}', 'marks'],
] as const;

describe('alphabetOf', () => {
  for (const { name, text } of texts) {
    it(`works for case: ${name}`, () => {
      const alphabet = alphabetOf(text);
      // Every character of the text, and its case partners, in both flag modes.
      const chars = new Set<string>();
      for (const ch of text) for (const v of [ch, ch.toLowerCase(), ch.toUpperCase()]) chars.add(v);
      for (const [property] of PROPERTIES) {
        for (const flags of ['', 'i']) {
          const exact = compile(`^[${property}]$`, flags, UNICODE_ALPHABET);
          const cheap = compile(`^[${property}]$`, flags, alphabet);
          for (const ch of chars)
            expect(cheap.test(ch), `${property} /${flags} ${ch}`).toBe(exact.test(ch));
        }
      }
    });
  }

  it('gives texts with the same letters beyond ASCII one key', () => {
    expect(alphabetOf('Müller GmbH').key).toBe(alphabetOf('Die Mühle').key);
    expect(alphabetOf('Acme Inc.').key).not.toBe(alphabetOf('Die Mühle').key);
  });
});

describe('character tests', () => {
  it('agree with the Unicode classes below U+3000', () => {
    for (let cp = 0; cp < 0x3000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      expect(isLetter(ch), ch).toBe(/\p{L}/u.test(ch));
      expect(isAlphanumeric(ch), ch).toBe(/[\p{L}\p{N}]/u.test(ch));
      expect(isUpper(ch), ch).toBe(/\p{Lu}/u.test(ch));
      expect(isLower(ch), ch).toBe(/\p{Ll}/u.test(ch));
    }
  });
});

describe('compile', () => {
  it('turns \\b into a boundary that knows umlauts', () => {
    const text = 'Börsengang der Börse';
    const re = compile(String.raw`\bBörse\b`, 'g', alphabetOf(text));
    expect([...text.matchAll(re)].map((m) => m.index)).toEqual([15]);
  });
});
