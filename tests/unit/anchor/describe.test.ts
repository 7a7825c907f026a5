import { expect, it, describe as suite } from 'vitest';
import { describe, matchQuote } from '../../../lib/anchor';
import { chinese, english, german } from './press-texts';

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

suite('describe', () => {
  it('quotes exactly the range and keeps its offsets', () => {
    const start = english.indexOf('The company will invest');
    const { quote, position } = describe(english, start, start + 23);
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: 'The company will invest' });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 23 });
  });

  it('keeps at least 32 characters of context on each side', () => {
    const start = english.indexOf('skilled workforce');
    const { quote } = describe(english, start, start + 17);
    expect(quote.prefix).toHaveLength(32);
    expect(quote.suffix).toHaveLength(32);
    expect(english.slice(start - 32, start + 17 + 32)).toBe(
      quote.prefix + quote.exact + quote.suffix,
    );
  });

  it('keeps fewer characters at the text edges', () => {
    expect(describe(english, 3, 10).quote.prefix).toBe(english.slice(0, 3));
    expect(describe(english, english.length - 5, english.length).quote.suffix).toBe('');
  });

  it('honours a custom minimum context length', () => {
    const start = english.indexOf('grid connection');
    expect(describe(english, start, start + 15, { contextLength: 48 }).quote.prefix).toHaveLength(
      48,
    );
  });

  it('extends context until quote and context are unique', () => {
    const block = ' and the board will review progress every quarter thereafter. ';
    const text = `Alpha said${block}Results are due.${block}Beta said${block}Results are due.${block}Done.`;
    const start = text.lastIndexOf('Results are due.');
    const { quote } = describe(text, start, start + 16);
    expect(quote.prefix.length).toBeGreaterThan(32);
    expect(occurrences(text, quote.prefix + quote.exact + quote.suffix)).toBe(1);
    expect(matchQuote(text, [quote])).toMatchObject({ status: 'anchored', start });
  });

  it('stops extending at maxContextLength in periodic text', () => {
    const text = 'ab'.repeat(2000);
    const { quote } = describe(text, 2000, 2004, { maxContextLength: 128 });
    expect(quote.prefix).toHaveLength(128);
    expect(quote.suffix).toHaveLength(128);
  });

  it('never cuts a surrogate pair at a context edge', () => {
    const text = `${'😀'.repeat(40)}QUOTE${'😀'.repeat(40)}`;
    const start = text.indexOf('QUOTE');
    const { quote } = describe(text, start, start + 5, { contextLength: 31 });
    expect(quote.prefix.length).toBe(32);
    expect(quote.suffix.length).toBe(32);
    expect(quote.prefix.codePointAt(0)).toBe(0x1f600);
    expect(quote.suffix.endsWith('😀')).toBe(true);
  });

  it('rejects empty and out-of-range ranges', () => {
    expect(() => describe(english, 5, 5)).toThrow(RangeError);
    expect(() => describe(english, -1, 5)).toThrow(RangeError);
    expect(() => describe(english, 0, english.length + 1)).toThrow(RangeError);
    expect(() => describe(english, 1.5, 4)).toThrow(RangeError);
  });

  it('round-trips every sentence of unchanged releases at the same offsets', () => {
    for (const text of [english, german, chinese]) {
      for (const m of text.matchAll(/[^.。\n]+[.。]?/g)) {
        const { quote, position } = describe(text, m.index, m.index + m[0].length);
        expect(matchQuote(text, [quote, position])).toEqual({
          status: 'anchored',
          start: m.index,
          end: m.index + m[0].length,
          exact: m[0],
          score: 1,
        });
      }
    }
  });

  it('round-trips every single character, however often it repeats', () => {
    for (let i = 0; i < german.length; i++) {
      const { quote, position } = describe(german, i, i + 1);
      expect(matchQuote(german, [quote, position]).start).toBe(i);
    }
  });
});
