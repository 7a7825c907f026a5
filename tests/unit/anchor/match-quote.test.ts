import { expect, it, describe as suite } from 'vitest';
import { type AnchorResult, describe, matchQuote, matchQuoteExact } from '../../../lib/anchor';
import type { Selector } from '../../../lib/model';
import { locate, type MatchQuoteCase, matchQuoteCases } from './match-quote-cases';
import { english } from './press-texts';

/** Describes the case's quote on the first text and re-anchors it on the second. */
function run(c: MatchQuoteCase): AnchorResult {
  const start = locate(c.before, c.quote, c.in, c.occurrence);
  const { quote, position } = describe(c.before, start, start + c.quote.length);
  return matchQuote(c.after, [quote, position]);
}

/** Where the case expects the result to start in the edited text. */
function expectedStart(c: MatchQuoteCase): number {
  return locate(c.after, c.expected.exact!, c.expected.in, c.expected.occurrence);
}

suite('matchQuote regression table', () => {
  for (const [name, c] of Object.entries(matchQuoteCases)) {
    it(`works for case: ${name}`, () => {
      const result = run(c);
      expect(result.status).toBe(c.expected.status);
      if (c.expected.status === 'orphaned') {
        expect(result).toEqual({ status: 'orphaned' });
        return;
      }
      const start = expectedStart(c);
      expect(result).toMatchObject({
        start,
        end: start + c.expected.exact!.length,
        exact: c.expected.exact,
      });
      expect(c.after.slice(result.start, result.end)).toBe(result.exact);
    });
  }

  it('makes zero wrong attachments over the whole table', () => {
    const wrong = Object.entries(matchQuoteCases).flatMap(([name, c]) => {
      const result = run(c);
      if (result.status === 'orphaned') return [];
      const ok =
        c.expected.status !== 'orphaned' &&
        result.start === expectedStart(c) &&
        result.exact === c.expected.exact &&
        c.after.slice(result.start, result.end) === c.expected.exact;
      return ok ? [] : [{ name, got: result.exact }];
    });
    expect(wrong).toEqual([]);
  });
});

suite('matchQuote selectors', () => {
  const range = (start: number, end: number): Selector => ({
    type: 'TextPositionSelector',
    start,
    end,
  });

  it('anchors a position-only annotation while its range fits the text', () => {
    expect(matchQuote('Acme builds.', [range(0, 4)])).toEqual({
      status: 'anchored',
      start: 0,
      end: 4,
      exact: 'Acme',
    });
  });

  it('orphans a position-only annotation past the end of the text', () => {
    expect(matchQuote('Acme', [range(2, 9)])).toEqual({ status: 'orphaned' });
  });

  it('orphans an annotation without usable selectors', () => {
    expect(matchQuote(english, [])).toEqual({ status: 'orphaned' });
    expect(
      matchQuote(english, [
        { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
        range(5, 2),
      ]),
    ).toEqual({
      status: 'orphaned',
    });
  });

  it('prefers the quote over a stale position', () => {
    const at = english.indexOf('Leipzig gives');
    const { quote } = describe(english, at, at + 13);
    expect(matchQuote(`Intro.\n\n${english}`, [range(0, 13), quote])).toMatchObject({
      status: 'anchored',
      start: at + 8,
    });
  });

  it('scores an untouched quote 1 and an edited one below 1', () => {
    const at = english.indexOf('The plant is expected');
    const { quote, position } = describe(english, at, at + 60);
    expect(matchQuote(english, [quote, position]).score).toBe(1);
    const edited = english.replace('The plant is expected', 'The plant is now expected');
    const fuzzy = matchQuote(edited, [quote, position]);
    expect(fuzzy.status).toBe('fuzzy');
    expect(fuzzy.score).toBeGreaterThan(0.6);
    expect(fuzzy.score).toBeLessThan(1);
  });
});

suite('matchQuoteExact', () => {
  it('anchors verbatim quotes without approximate search', () => {
    const at = english.indexOf('Negotiations with');
    const { quote, position } = describe(english, at, at + 40);
    expect(matchQuoteExact(english, [quote, position])).toMatchObject({
      status: 'anchored',
      start: at,
    });
  });

  it('orphans an edited quote (the fuzzy path is matchQuote’s job)', () => {
    const at = english.indexOf('Negotiations with');
    const { quote } = describe(english, at, at + 40);
    expect(matchQuoteExact(english.replace('Negotiations', 'Talks'), [quote])).toEqual({
      status: 'orphaned',
    });
  });

  it('anchors a single verbatim occurrence even when its context changed', () => {
    const quote: Selector = {
      type: 'TextQuoteSelector',
      exact: 'skilled workforce',
      prefix: 'nothing alike',
      suffix: 'at all',
    };
    expect(matchQuoteExact(english, [quote])).toMatchObject({
      status: 'anchored',
      exact: 'skilled workforce',
    });
  });
});
