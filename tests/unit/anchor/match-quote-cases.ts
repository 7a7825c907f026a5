/**
 * Re-anchoring regression table: each case is a release as first published,
 * the same release as later edited, the text an analyst annotated on the
 * first, and what re-anchoring on the second must give. `orphaned` is the
 * right answer whenever the annotated words are gone: never a look-alike.
 */
import type { AnchorStatus } from '../../../lib/anchor';
import { chinese, english, englishParagraphs, german } from './press-texts';

export interface MatchQuoteCase {
  /** Text as first published. */
  before: string;
  /** Text as later edited (already normalised). */
  after: string;
  /** The annotated words in `before`... */
  quote: string;
  /** ...inside this string, which occurs once in `before` (for short or repeated quotes)... */
  in?: string;
  /** ...or at this occurrence (0-based). Default: the first. */
  occurrence?: number;
  expected: {
    status: AnchorStatus;
    /** Text the result must cover in `after` (not for orphaned). */
    exact?: string;
    /** Where: inside this string, which occurs once in `after`... */
    in?: string;
    /** ...or at this occurrence of `exact` (0-based). Default: the first. */
    occurrence?: number;
  };
}

/**
 * Finds `quote` in `text` the way a case locates it.
 *
 * @return Start offset; throws when the locator does not resolve.
 */
export function locate(text: string, quote: string, within?: string, occurrence = 0): number {
  if (within !== undefined) {
    const at = text.indexOf(within);
    if (at === -1 || text.indexOf(within, at + 1) !== -1)
      throw new Error(`locate: "${within}" must occur once`);
    const inner = within.indexOf(quote);
    if (inner === -1) throw new Error(`locate: "${quote}" is not in "${within}"`);
    return at + inner;
  }
  let at = text.indexOf(quote);
  for (let i = 0; i < occurrence && at !== -1; i++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`locate: occurrence ${occurrence} of "${quote}" not found`);
  return at;
}

/** What Pressmark's text model does to the DOM's text, reduced to the parts that matter here. */
export const normalise = (raw: string) =>
  raw
    .normalize('NFC')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');

/** Replaces the one occurrence of `from`; throws if it is missing or ambiguous, so a typo cannot make a case vacuous. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1)
    throw new Error(`edit: "${from}" must occur once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Replaces paragraph `i` of a paragraph list (undefined deletes it) and joins the result. */
const paragraphs = (
  list: readonly string[],
  changes: Record<number, string | undefined | string[]>,
) =>
  list
    .flatMap((p, i) =>
      i in changes ? (changes[i] === undefined ? [] : [changes[i]!].flat()) : [p],
    )
    .join('\n\n');

const investment = 'The company will invest €2.4 billion in the site over the next five years.';
const construction = 'Construction is scheduled to begin in the third quarter of 2024.';
const production =
  'The plant is expected to start production in 2026 and to reach its full annual capacity of 20 GWh in 2028.';
const approval = 'Final approval by the supervisory board is expected in April.';
const markets = 'Northwind will publish further details at its capital markets day';
const staff = 'The company employs 4,200 people in six countries.';
const title = englishParagraphs[0]!;
const contact = 'press@northwind.example';
const newsParagraph =
  'UPDATE 15 March 2024: This release was updated to include comments from the state government and a correction to the investment figure.';

/** A list of look-alike items: deleting one must not hand its annotation to a neighbour. */
const sites = [
  'Northwind operates three cell plants in eastern Germany:',
  '• Leipzig: 20 GWh cell plant, production from 2026.',
  '• Dresden: 12 GWh cell plant, production from 2027.',
  '• Erfurt: 8 GWh cell plant, production from 2028.',
  'All three sites will share one recycling centre in Halle.',
];

/** Same-length context words around three identical sentences: contexts change, offsets do not. */
const triple =
  'Alpha units rose. The board approved the plan. Gamma units fell. The board approved the plan. Delta units held. The board approved the plan. Omega units ended.';
/** German release as a browser might hand it over: decomposed umlauts, NBSP, doubled spaces, stray blank lines. */
const germanRaw = german
  .normalize('NFD')
  .replace('750 Millionen', '750\u00a0Millionen')
  .replace('Der Bau soll', 'Der  Bau\tsoll')
  .replace(/\n\n/g, '\n \n\n');

export const matchQuoteCases: Record<string, MatchQuoteCase> = {
  'unchanged text': {
    before: english,
    after: english,
    quote: investment,
    expected: { status: 'anchored', exact: investment },
  },
  'paragraph inserted before the highlight': {
    before: english,
    after: paragraphs(englishParagraphs, { 1: [newsParagraph, englishParagraphs[1]!] }),
    quote: construction,
    expected: { status: 'anchored', exact: construction },
  },
  'paragraph inserted directly before the highlighted paragraph': {
    before: english,
    after: paragraphs(englishParagraphs, { 2: [newsParagraph, englishParagraphs[2]!] }),
    quote: construction,
    expected: { status: 'anchored', exact: construction },
  },
  'words changed inside the quote': {
    before: english,
    after: edit(
      english,
      investment,
      'The company will invest €3.1 billion in the site over the next six years.',
    ),
    quote: investment,
    expected: {
      status: 'fuzzy',
      exact: 'The company will invest €3.1 billion in the site over the next six years.',
    },
  },
  'first word of the quote replaced': {
    before: english,
    after: edit(english, construction, 'Work is scheduled to begin in the third quarter of 2024.'),
    quote: construction,
    expected: {
      status: 'fuzzy',
      exact: 'Work is scheduled to begin in the third quarter of 2024.',
    },
  },
  'clause appended to the quote': {
    before: english,
    after: edit(
      english,
      construction,
      'Construction is scheduled to begin in the third quarter of 2024 at the latest.',
    ),
    quote: construction,
    expected: {
      status: 'fuzzy',
      exact: 'Construction is scheduled to begin in the third quarter of 2024 at the latest.',
    },
  },
  'clause prepended to the quote': {
    before: english,
    after: edit(
      english,
      construction,
      'As planned, construction is scheduled to begin in the third quarter of 2024.',
    ),
    quote: construction,
    expected: {
      status: 'fuzzy',
      exact: 'As planned, construction is scheduled to begin in the third quarter of 2024.',
    },
  },
  // Limit: with the clause the sentence is 19 edits away (budget 16), so the
  // match stays on the part that is within budget, in the right place.
  'words replaced and clause appended beyond the edit budget': {
    before: english,
    after: edit(
      english,
      construction,
      'Construction is scheduled to begin in the final quarter of 2024 at the latest.',
    ),
    quote: construction,
    expected: {
      status: 'fuzzy',
      exact: 'Construction is scheduled to begin in the final quarter of 2024',
    },
  },
  'words changed around the quote, quote intact': {
    before: english,
    after: edit(
      edit(english, 'The plant is expected to start', 'The factory should start'),
      'Leipzig, Germany. ',
      'Leipzig, in the east of Germany. ',
    ),
    quote: construction,
    expected: { status: 'anchored', exact: construction },
  },
  'words changed inside and around the quote': {
    before: english,
    after: edit(
      edit(
        english,
        construction,
        'Construction is now scheduled to begin in the fourth quarter of 2024.',
      ),
      'over the next five years.',
      'over the coming years.',
    ),
    quote: construction,
    expected: {
      status: 'fuzzy',
      exact: 'Construction is now scheduled to begin in the fourth quarter of 2024.',
    },
  },
  // Only the suffix still agrees: one intact side is what a look-alike list
  // item gets from its neighbour, so an edited quote needs both.
  'paragraph inserted directly before an edited quote': {
    before: english,
    after: paragraphs(englishParagraphs, {
      2: [newsParagraph, englishParagraphs[2]!.replace('third quarter', 'second quarter')],
    }),
    quote: construction,
    expected: { status: 'orphaned' },
  },
  'paragraph inserted earlier, quote edited': {
    before: english,
    after: paragraphs(englishParagraphs, {
      1: [newsParagraph, englishParagraphs[1]!],
      2: englishParagraphs[2]!.replace('third quarter', 'second quarter'),
    }),
    quote: construction,
    expected: {
      status: 'fuzzy',
      exact: 'Construction is scheduled to begin in the second quarter of 2024.',
    },
  },
  'sentence deleted': {
    before: english,
    after: edit(english, ` ${approval}`, ''),
    quote: approval,
    expected: { status: 'orphaned' },
  },
  'paragraph deleted': {
    before: english,
    after: paragraphs(englishParagraphs, { 2: undefined }),
    quote: production,
    expected: { status: 'orphaned' },
  },
  'look-alike sentence elsewhere, original deleted': {
    before: english,
    after: edit(
      edit(english, ` ${production}`, ''),
      'Negotiations with the federal government are ongoing.',
      'Negotiations with the federal government are ongoing. The Dresden plant is expected to start production in 2027 and to reach its full annual capacity of 12 GWh in 2029.',
    ),
    quote: production,
    expected: { status: 'orphaned' },
  },
  'look-alike sentence elsewhere, original rewritten': {
    before: english,
    after: edit(
      edit(
        english,
        production,
        'Output will ramp up from 2026; 20 GWh a year are targeted for 2028.',
      ),
      'Negotiations with the federal government are ongoing.',
      'Negotiations with the federal government are ongoing. A second plant is expected to start production in 2027 and to reach its full annual capacity of 20 GWh in 2029.',
    ),
    quote: production,
    expected: { status: 'orphaned' },
  },
  'closer look-alike elsewhere, original lightly edited': {
    before: english,
    after: edit(
      edit(english, approval, 'Final approval by the supervisory board is now expected in May.'),
      'Negotiations with the federal government are ongoing.',
      'Negotiations with the federal government are ongoing. Final approval by the supervisory board is expected in Apr.',
    ),
    quote: approval,
    expected: {
      status: 'fuzzy',
      exact: 'Final approval by the supervisory board is now expected in May.',
    },
  },
  'look-alike list item slides into a deleted item’s place': {
    before: sites.join('\n\n'),
    after: paragraphs(sites, { 2: undefined }),
    quote: 'Dresden: 12 GWh cell plant, production from 2027.',
    expected: { status: 'orphaned' },
  },
  'list item edited among look-alike items': {
    before: sites.join('\n\n'),
    after: paragraphs(sites, { 2: '• Dresden: 14 GWh cell plant, production from 2028.' }),
    quote: 'Dresden: 12 GWh cell plant, production from 2027.',
    expected: { status: 'fuzzy', exact: 'Dresden: 14 GWh cell plant, production from 2028.' },
  },
  'repeated identical sentence, first copy': {
    before: english,
    after: paragraphs(englishParagraphs, { 1: [newsParagraph, englishParagraphs[1]!] }),
    quote: markets,
    occurrence: 0,
    expected: { status: 'anchored', exact: markets, occurrence: 0 },
  },
  'repeated identical sentence, second copy': {
    before: english,
    after: paragraphs(englishParagraphs, { 1: [newsParagraph, englishParagraphs[1]!] }),
    quote: markets,
    occurrence: 1,
    expected: { status: 'anchored', exact: markets, occurrence: 1 },
  },
  'repeated sentence, annotated copy edited, other copy intact': {
    before: english,
    after: edit(
      english,
      `${markets} in June`,
      'Northwind will publish more details at its capital markets day in June',
    ),
    quote: markets,
    occurrence: 1,
    expected: {
      status: 'fuzzy',
      exact: 'Northwind will publish more details at its capital markets day',
    },
  },
  'repeated sentence, every context changed, old position still holds it': {
    before: triple,
    after: triple
      .replace('Gamma units fell.', 'Costs were lower.')
      .replace('Delta units held.', 'Sales were level.'),
    quote: 'The board approved the plan.',
    occurrence: 1,
    expected: { status: 'anchored', exact: 'The board approved the plan.', occurrence: 1 },
  },
  'repeated sentence, every context changed and shifted': {
    before: triple,
    after: triple
      .replace('Alpha units rose', 'Alpha rose')
      .replace('Gamma units fell', 'Sigma parts sank sharply')
      .replace('Delta units held', 'Kappa parts were kept'),
    quote: 'The board approved the plan.',
    occurrence: 1,
    expected: { status: 'orphaned' },
  },
  'list reordered': {
    before: english,
    after: paragraphs(englishParagraphs, { 5: englishParagraphs[7]!, 7: englishParagraphs[5]! }),
    quote: 'Northwind will recycle 95 percent of production scrap on site.',
    expected: {
      status: 'anchored',
      exact: 'Northwind will recycle 95 percent of production scrap on site.',
    },
  },
  'boilerplate changed at the end': {
    before: english,
    after: paragraphs(englishParagraphs, {
      11: `${englishParagraphs[11]!} It is listed in Frankfurt.`,
      12: 'Media: Anna Schmidt, +49 341 555 0199',
    }),
    quote: staff,
    expected: { status: 'anchored', exact: staff },
  },
  'boilerplate changed at the start, title annotated': {
    before: english,
    after: `Press release\n\n${english}`,
    quote: title,
    expected: { status: 'anchored', exact: title },
  },
  'quote at the very start, edited': {
    before: english,
    after: edit(english, title, 'Northwind Energy to build €2.6 billion battery plant in Leipzig'),
    quote: title,
    expected: {
      status: 'fuzzy',
      exact: 'Northwind Energy to build €2.6 billion battery plant in Leipzig',
    },
  },
  'quote at the very end': {
    before: english,
    after: paragraphs(englishParagraphs, { 3: undefined }),
    quote: contact,
    expected: { status: 'anchored', exact: contact },
  },
  'quote at the very end, edited': {
    before: english,
    after: edit(english, contact, 'media@northwind.example'),
    quote: contact,
    expected: { status: 'fuzzy', exact: 'media@northwind.example' },
  },
  'German: paragraph inserted': {
    before: german,
    after: edit(german, 'Der Bau soll', 'Die Genehmigung liegt seit Mai vor.\n\nDer Bau soll'),
    quote:
      'Südstrom rechnet damit, dass das Werk jährlich bis zu 45.000 Tonnen grünen Wasserstoff erzeugt.',
    expected: {
      status: 'anchored',
      exact:
        'Südstrom rechnet damit, dass das Werk jährlich bis zu 45.000 Tonnen grünen Wasserstoff erzeugt.',
    },
  },
  'German: figures changed inside the quote': {
    before: german,
    after: edit(german, 'rund 750 Millionen Euro', 'rund 820 Millionen Euro'),
    quote: 'Das Unternehmen investiert dafür rund 750 Millionen Euro.',
    expected: {
      status: 'fuzzy',
      exact: 'Das Unternehmen investiert dafür rund 820 Millionen Euro.',
    },
  },
  'German: sentence deleted': {
    before: german,
    after: edit(
      german,
      ' Die Förderung durch den Freistaat Bayern beträgt 120 Millionen Euro.',
      '',
    ),
    quote: 'Die Förderung durch den Freistaat Bayern beträgt 120 Millionen Euro.',
    expected: { status: 'orphaned' },
  },
  'Chinese: paragraph inserted': {
    before: chinese,
    after: edit(chinese, '该基地建成后', '公司股价当日上涨5%。\n\n该基地建成后'),
    quote: '预计创造3000个就业岗位',
    expected: { status: 'anchored', exact: '预计创造3000个就业岗位' },
  },
  'Chinese: characters changed inside the quote': {
    before: chinese,
    after: edit(chinese, '公司将投资120亿元在合肥建设', '公司将投资150亿元在合肥新建'),
    quote: '公司将投资120亿元在合肥建设储能电池生产基地',
    expected: { status: 'fuzzy', exact: '公司将投资150亿元在合肥新建储能电池生产基地' },
  },
  'Chinese: sentence deleted': {
    before: chinese,
    after: edit(chinese, '本项目尚需获得相关政府部门的审批。', ''),
    quote: '本项目尚需获得相关政府部门的审批。',
    expected: { status: 'orphaned' },
  },
  'Chinese: look-alike elsewhere, original deleted': {
    before: chinese,
    after: edit(
      edit(chinese, '项目预计于2025年开工建设，2027年全面投产。', ''),
      '本项目尚需获得相关政府部门的审批。',
      '本项目尚需获得相关政府部门的审批。二期项目预计于2026年开工建设，2028年全面投产。',
    ),
    quote: '项目预计于2025年开工建设，2027年全面投产。',
    expected: { status: 'orphaned' },
  },
  'whitespace and entities normalised away': {
    before: german,
    after: normalise(germanRaw),
    quote: 'Das Unternehmen investiert dafür rund 750 Millionen Euro.',
    expected: {
      status: 'anchored',
      exact: 'Das Unternehmen investiert dafür rund 750 Millionen Euro.',
    },
  },
  'very short quote unchanged, repeated word picked by context': {
    before: english,
    after: paragraphs(englishParagraphs, { 1: [newsParagraph, englishParagraphs[1]!] }),
    quote: 'will',
    in: 'Northwind will recycle',
    expected: { status: 'anchored', exact: 'will', in: 'Northwind will recycle' },
  },
  'very short quote, sentence around it edited': {
    before: english,
    after: edit(english, 'Northwind will recycle 95 percent', 'Northwind will reuse 90 percent'),
    quote: 'will',
    in: 'Northwind will recycle',
    expected: { status: 'anchored', exact: 'will', in: 'Northwind will reuse' },
  },
  'very short quote edited: 3 characters never fuzzy-match': {
    before: english,
    after: edit(english, 'capacity of 20 GWh in 2028', 'capacity of 20 MWh in 2028'),
    quote: 'GWh',
    in: '20 GWh in 2028',
    expected: { status: 'orphaned' },
  },
  'very short quote edited: 2 characters never fuzzy-match': {
    before: english,
    after: edit(english, 'capacity of 20 GWh', 'capacity of 25 GWh'),
    quote: '20',
    in: 'capacity of 20 GWh',
    expected: { status: 'orphaned' },
  },
  'very short quote edited: 1 character never fuzzy-matches': {
    before: english,
    after: edit(english, 'in six countries', 'in 6 countries'),
    quote: 'x',
    in: 'in six countries',
    expected: { status: 'orphaned' },
  },
};
