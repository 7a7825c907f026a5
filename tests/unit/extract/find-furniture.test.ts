import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../lib/extract/read-article';
import { furnitureCases } from './find-furniture-cases';

const page = (body: string) =>
  parseHTML(
    `<!doctype html><html lang="en"><head><title>Acme builds a plant</title></head><body>${body}</body></html>`,
  ).document as unknown as Document;

describe('page furniture next to the release', () => {
  for (const c of furnitureCases) {
    it(`works for case: ${c.name}`, () => {
      const text = readArticle(page(c.html), { url: 'https://acme.example/news/1' })?.article.text;
      expect(text).toBeDefined();
      for (const k of c.kept) expect(text).toContain(k);
      for (const d of c.dropped) expect(text).not.toContain(d);
    });
  }
});
