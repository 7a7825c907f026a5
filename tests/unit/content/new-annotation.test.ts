import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../../lib/anchor';
import { newHighlight } from '../../../lib/content/new-annotation';

const TEXT =
  'Am 22. Juni unterzeichnete Contemporary Amperex Technology Co., Limited (CATL) ein Rahmenabkommen über strategische Zusammenarbeit mit der Provinzregierung von Henan und der Stadtverwaltung von Luoyang. CATL ist entschlossen, erstklassige Lösungen anzubieten.';

const context = {
  text: TEXT,
  pageId: 'https://www.catl.example/de/news/henan',
  url: 'https://www.catl.example/de/news/henan/?utm_source=x',
  pageTitle: 'CATL und Henan',
  now: '2026-11-26T10:00:00.000Z',
  newId: () => '00000000-0000-4000-8000-000000000001',
};

describe('creating a highlight', () => {
  const start = TEXT.indexOf('Provinzregierung von Henan');
  const end = start + 'Provinzregierung von Henan'.length;
  const made = newHighlight({ start, end }, context, { note: 'gov', tags: ['henan'] });

  it('stores W3C quote and position selectors over the article text', () => {
    const quote = made.selectors.find((s) => s.type === 'TextQuoteSelector');
    const position = made.selectors.find((s) => s.type === 'TextPositionSelector');
    expect(quote).toMatchObject({ exact: 'Provinzregierung von Henan' });
    expect(quote?.type === 'TextQuoteSelector' && quote.prefix.length).toBeGreaterThanOrEqual(32);
    expect(
      quote?.type === 'TextQuoteSelector' && TEXT.slice(start - quote.prefix.length, start),
    ).toBe(quote?.type === 'TextQuoteSelector' ? quote.prefix : '');
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('records page, kind, origin, note, tags and times', () => {
    expect(made).toMatchObject({
      id: context.newId(),
      pageId: context.pageId,
      url: context.url,
      kind: 'note',
      origin: 'user',
      note: 'gov',
      tags: ['henan'],
      created: context.now,
      updated: context.now,
    });
  });

  it('anchors back exactly where it was made', () => {
    expect(matchQuote(TEXT, made.selectors)).toMatchObject({ status: 'anchored', start, end });
  });
});
