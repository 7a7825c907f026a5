import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { commitmentCases } from './commitments-cases';
import { organizationCases } from './organizations-cases';

/** Dev corpus pages when the shared folder is beside the project (developers' machines and CI). */
const corpus = join(import.meta.dirname, '../../../../shared/corpus/dev');
const pages = existsSync(corpus)
  ? readdirSync(corpus)
      .filter((d) => existsSync(join(corpus, d, 'gold.json')))
      .map(
        (d) =>
          JSON.parse(readFileSync(join(corpus, d, 'gold.json'), 'utf8')) as {
            id: string;
            lang: string;
            article_text: string;
          },
      )
  : [];

const texts = [
  ...commitmentCases.map((c) => ({ name: c.name, lang: c.lang, text: c.text })),
  ...organizationCases.map((c) => ({ name: c.name, lang: c.lang, text: c.text })),
  ...pages.map((p) => ({ name: p.id, lang: p.lang, text: p.article_text })),
  { name: 'empty text', lang: 'en', text: '' },
  {
    name: 'astral characters before names',
    lang: 'en',
    text: '🚀🚀 Acme GmbH will build 𝔸 plant. 😀 Acme plans to grow.',
  },
];

describe('offsets', () => {
  for (const c of texts) {
    it(`works for case: ${c.name}`, () => {
      const found = detect({ text: c.text, lang: c.lang });
      let previous = -1;
      for (const d of found) {
        expect(d.exact).toBe(c.text.slice(d.start, d.end));
        expect(d.start).toBeGreaterThanOrEqual(previous);
        expect(d.end).toBeGreaterThan(d.start);
        previous = d.start;
      }
    });
  }
});
