/**
 * The page-level anchoring regression corpus (tests/fixtures/anchoring):
 * real page templates, edited the way newsrooms edit releases. Extraction
 * and matching run exactly as in the extension and the CLI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { matchQuote } from '../../../lib/anchor';
import { readArticle } from '../../../lib/extract/read-article';
import type { AnchorStatus, Selector } from '../../../lib/model';

const ROOT = new URL('../../fixtures/anchoring/', import.meta.url);
const cases = readdirSync(ROOT).filter((name) => !name.includes('.'));
const read = (id: string, file: string) => readFileSync(new URL(`${id}/${file}`, ROOT), 'utf8');
const textOf = (html: string) =>
  readArticle(parseHTML(html).document as unknown as Document, { url: 'https://newsroom.example/' })
    ?.article.text ?? '';

interface Expected {
  before: string;
  changed: boolean;
  annotations: { id: string; status: AnchorStatus; exact?: string }[];
}

const tally: Record<AnchorStatus, number> = { anchored: 0, fuzzy: 0, orphaned: 0 };
let wrong = 0;

describe('anchoring regression corpus', () => {
  it('has cases in English, German and Chinese', () => {
    for (const lang of ['en-', 'de-', 'zh-'])
      expect(cases.some((c) => c.startsWith(lang))).toBe(true);
  });

  it.each(cases)('re-anchors as expected, never wrongly: %s', (id) => {
    const expected: Expected = JSON.parse(read(id, 'expected.json'));
    const items: { id: string; target: { selector: Selector[] } }[] = JSON.parse(
      read(id, 'annotations.jsonld'),
    ).first.items;
    const before = textOf(readFileSync(new URL(expected.before, new URL(`${id}/`, ROOT)), 'utf8'));
    const after = textOf(read(id, 'after.html'));
    expect(after).not.toBe('');
    expect(before !== after).toBe(expected.changed);
    for (const want of expected.annotations) {
      const item = items.find((i) => i.id === want.id);
      const got = matchQuote(after, item?.target.selector ?? []);
      tally[got.status]++;
      // A wrong attachment: found, but not on the text the annotation belongs to.
      if (got.status !== 'orphaned' && got.exact !== want.exact) wrong++;
      expect({ id: want.id, status: got.status, exact: got.exact }).toEqual({
        id: want.id,
        status: want.status,
        exact: want.exact,
      });
      if (got.start !== undefined) expect(after.slice(got.start, got.end)).toBe(got.exact);
    }
  });

  afterAll(() => {
    console.log(`anchoring corpus: ${JSON.stringify(tally)}, wrong attachments: ${wrong}`);
  });

  it('makes zero wrong attachments over the whole corpus', () => {
    expect(wrong).toBe(0);
  });
});
