import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from '../../../lib/export/markdown';
import { at, commitment, ids, note, organization, page } from '../bundle/records';
import { escapeCases } from './markdown-cases';

describe('escapeMarkdown', () => {
  for (const [name, c] of Object.entries(escapeCases)) {
    it(`works for case: ${name}`, () => {
      expect(escapeMarkdown(c.text)).toBe(c.escaped);
    });
  }
});

describe('toMarkdown', () => {
  const older = 'https://www.quantara.example/news/2025-03-01-pilot';
  const annotations = [
    commitment(),
    organization({
      id: 'o2',
      selectors: [
        { type: 'TextPositionSelector', start: 90, end: 98 },
        { type: 'TextQuoteSelector', exact: 'Quantara', prefix: '', suffix: '' },
      ],
    }),
    organization(),
    organization({
      id: 'o3',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'Debrecen City', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 60, end: 73 },
      ],
      detection: { rule: 'org:gazetteer', confidence: 0.8, entity: 'Debrecen City Council' },
      note: 'Co-funds the *site*.',
    }),
    note({ note: 'Largest figure.\n\n- not a list', tags: ['capex', 'Q&A'] }),
    note({ id: 'gone', deleted: at(9), updated: at(9) }),
    organization({ id: 'no', review: 'dismissed' }),
    note({ id: ids.other, pageId: older, url: older, note: '', tags: [], creator: undefined }),
  ];
  const pages = [
    page(),
    page({ id: older, title: 'Pilot line # 1 <opens>', published: '2025-03-01' }),
  ];

  it('groups each release: highlights, organizations by entity, commitments with their facts', () => {
    const blocks = [
      '# Pressmark annotations',
      '## Pilot line \\# 1 \\<opens\\>',
      `- <${older}>\n- Published 2025-03-01`,
      '### Highlights',
      '> EUR 7.3 billion',
      '## Quantara to build battery plant in Debrecen',
      `- <${page().id}>\n- Published 2026-11-26`,
      '### Highlights',
      '> EUR 7.3 billion',
      'Largest figure.\n\n\\- not a list',
      '*Tags:* capex, Q\\&A · *By:* Alice',
      '### Organizations',
      '#### Quantara Energy AG',
      '> Quantara',
      '*2 mentions*',
      '#### Debrecen City Council',
      '> Debrecen City',
      'Co-funds the \\*site\\*.',
      '*By:* Alice',
      '### Commitments',
      '> will invest EUR 7.3 billion in a plant by 2028',
      '*Actor:* Quantara · *Action:* invest · *Amount:* EUR 7.3 billion (7300000000 EUR) · *Deadline:* 2028 · *Firmness:* firm',
    ];
    expect(toMarkdown(annotations, pages)).toBe(`${blocks.join('\n\n')}\n`);
  });

  it('is the same text whatever order the annotations come in', () => {
    expect(toMarkdown([...annotations].reverse(), [...pages].reverse())).toBe(
      toMarkdown(annotations, pages),
    );
  });

  it('quotes text over several paragraphs as one blockquote', () => {
    const long = note({
      note: '',
      tags: [],
      creator: undefined,
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact: 'First block.\n\n# Second block',
          prefix: '',
          suffix: '',
        },
      ],
    });
    expect(toMarkdown([long], [page()])).toContain('> First block.\n>\n> \\# Second block');
  });

  it('still lists annotations whose page record is missing, under their own title', () => {
    const text = toMarkdown(
      [note({ pageId: 'https://c.example/1', pageTitle: 'Stray [release]' })],
      [],
    );
    expect(text).toContain('## Stray \\[release\\]\n\n- <https://c.example/1>');
  });

  it('writes only the title when there is nothing to report', () => {
    expect(toMarkdown([], [page()], { title: 'Week 48' })).toBe('# Week 48\n');
  });
});
