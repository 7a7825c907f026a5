import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv, toCsvRow } from '../../../lib/export/csv';
import type { Annotation } from '../../../lib/model';

const base: Annotation = {
  id: '7d5c6a1e-0000-4000-8000-000000000001',
  pageId: 'https://example.com/news/1',
  url: 'https://example.com/news/1',
  pageTitle: 'Example release',
  kind: 'note',
  origin: 'user',
  selectors: [
    {
      type: 'TextQuoteSelector',
      exact: 'will invest EUR 7.3 billion',
      prefix: 'Quantara ',
      suffix: ' in',
    },
    { type: 'TextPositionSelector', start: 9, end: 36 },
  ],
  note: '',
  tags: [],
  created: '2026-11-26T10:00:00.000Z',
  updated: '2026-11-26T10:00:00.000Z',
};

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('CSV export', () => {
  it('writes the documented columns in order, CRLF line endings', () => {
    const csv = toCsv([toCsvRow(base)]);
    const [header] = csv.split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.includes('\n') && !/[^\r]\n/.test(csv)).toBe(true);
  });

  it('round-trips quotes, commas, line breaks and Unicode exactly', () => {
    const tricky = {
      ...base,
      note: 'He said "no", then, later:\r\nyes — 可以。 Größe ✓ 🚀',
      tags: ['ESG', '中国', 'März'],
      pageTitle: '宁德时代与洛阳市人民政府签署零碳产业园合作协议',
    };
    const { data, errors } = parse(toCsv([toCsvRow(tricky)]));
    expect(errors).toEqual([]);
    expect(data[0]).toMatchObject({
      note: tricky.note,
      tags: 'ESG; 中国; März',
      page_title: tricky.pageTitle,
      quote: 'will invest EUR 7.3 billion',
      start: '9',
      end: '36',
    });
  });

  it.each([
    ['=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['=1+1\nsecond line', "'=1+1\nsecond line"],
  ])('defuses a formula in a text cell: %j', (note, expected) => {
    const { data } = parse(toCsv([toCsvRow({ ...base, note })]));
    expect(data[0]?.note).toBe(expected);
  });

  it('leaves ordinary text and numeric cells alone', () => {
    const row = toCsvRow({
      ...base,
      note: 'a - b = c',
      detection: {
        rule: 'commitment:modal',
        confidence: 0.9,
        amount: { value: -5, unit: '%', text: '-5%' },
      },
    });
    const { data } = parse(toCsv([row]));
    expect(data[0]).toMatchObject({
      note: 'a - b = c',
      amount_value: '-5',
      confidence: '0.9',
      amount_text: "'-5%",
    });
  });

  it('starts with a byte order mark only when asked (for Excel)', () => {
    expect(toCsv([toCsvRow(base)], { bom: true }).startsWith('\ufeffannotation_id,')).toBe(true);
    expect(toCsv([toCsvRow(base)]).startsWith('annotation_id,')).toBe(true);
  });

  it('writes only the header for no annotations', () => {
    expect(toCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
