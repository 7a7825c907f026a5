import { expect, it, describe as suite } from 'vitest';
import { describe, matchQuote } from '../../../lib/anchor';
import { edit } from './match-quote-cases';
import { chinese, english, englishParagraphs, german } from './press-texts';
import { seededRandom } from './seeded-random';

/** A long page of seeded pseudo-prose: `count` paragraphs, no two alike. */
function page(count: number): string {
  const rnd = seededRandom(5);
  const vocabulary = [...new Set(englishParagraphs.join(' ').split(/\s+/))];
  const sentence = () => {
    const words = Array.from(
      { length: 8 + Math.floor(rnd() * 12) },
      () => vocabulary[Math.floor(rnd() * vocabulary.length)],
    );
    return `${words.join(' ')}.`;
  };
  return Array.from({ length: count }, (_, i) => `Section ${i}: ${sentence()} ${sentence()}`).join(
    '\n\n',
  );
}

/** Describes `quote` (which must occur once) in `before` and re-anchors it in `after`. */
function reanchor(before: string, quote: string, after: string, options = {}) {
  const start = before.indexOf(quote);
  const { quote: q, position } = describe(before, start, start + quote.length);
  return matchQuote(after, [q, position], options);
}

suite('matchQuote work bounds', () => {
  const article = `${chinese}\n\n${english}\n\n${german}\n\nEnd of release.`;

  it('finds a long quote (over 2,000 characters) edited in several places by its head and tail', () => {
    const long = `${english}\n\n${german}`;
    expect(long.length).toBeGreaterThan(2000);
    const changed = long
      .replace('third quarter of 2024', 'fourth quarter of 2024')
      .replace('300,000 electric vehicles', '350,000 electric cars')
      .replace('up to €300 million', 'up to €320 million')
      .replace('further details', 'more details')
      .replace('4,200 people in six countries', '4,400 people in seven countries');
    const result = reanchor(article, long, article.replace(long, changed));
    expect(result).toMatchObject({ status: 'fuzzy', exact: changed, start: chinese.length + 2 });
  });

  it('finds a medium quote edited past the 32-edit search bound by its head and tail', () => {
    const quote = englishParagraphs.slice(8, 11).join('\n\n');
    const changed = quote
      .replace(
        'Final approval by the supervisory board is expected in April.',
        'Approval is due in spring.',
      )
      .replace('capital markets day in June', 'investor day in July');
    const result = reanchor(article, quote, article.replace(quote, changed));
    expect(result).toMatchObject({ status: 'fuzzy', exact: changed });
  });

  it('matches a quote over 10,000 characters verbatim only', () => {
    const long = page(80);
    const quote = long.slice(100, 12_100);
    expect(reanchor(long, quote, `Intro.\n\n${long}`)).toMatchObject({
      status: 'anchored',
      start: 108,
    });
    const after = long.replace('Section 30:', 'Part 30:');
    expect(reanchor(long, quote, after)).toEqual({ status: 'orphaned' });
  });

  suite('on a 2-million-character page', () => {
    const huge = page(10_000);
    const quote = `${englishParagraphs[10]}`;
    const edited = quote.replace('are ongoing.', 'have concluded.');
    const at = huge.indexOf('\n\nSection 5000:');
    const hugeWith = `${huge.slice(0, at)}\n\n${quote}${huge.slice(at)}`;

    it('finds an edited quote near its old position with a small scan window', () => {
      expect(hugeWith.length).toBeGreaterThan(2_000_000);
      const result = reanchor(hugeWith, quote, edit(hugeWith, quote, edited), {
        maxScanLength: 100_000,
      });
      expect(result).toMatchObject({ status: 'fuzzy', exact: edited });
    });

    it('does not look for an edited quote outside the scan window (the bound is real)', () => {
      const moved = `${huge}\n\nNew section.\n\n${edited}`;
      expect(reanchor(hugeWith, quote, moved, { maxScanLength: 100_000 })).toEqual({
        status: 'orphaned',
      });
    });

    it('still finds a verbatim quote anywhere (the exact search is not bounded)', () => {
      const moved = `${huge}\n\nNew section.\n\n${quote}`;
      expect(reanchor(hugeWith, quote, moved, { maxScanLength: 100_000 })).toMatchObject({
        status: 'anchored',
        start: huge.length + 16,
      });
    });

    it('gives up on an orphan in bounded time', () => {
      const t0 = performance.now();
      expect(reanchor(hugeWith, quote, edit(hugeWith, quote, 'Talks failed.'))).toEqual({
        status: 'orphaned',
      });
      expect(performance.now() - t0).toBeLessThan(2000);
    });
  });
});
