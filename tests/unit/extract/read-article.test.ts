import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../lib/extract/read-article';

const CORPUS = new URL('../../fixtures/dev-corpus/', import.meta.url);
const pages = readdirSync(CORPUS).filter((id) => !id.includes('.'));

const load = (html: string) => parseHTML(html).document as unknown as Document;

describe('article extraction on the labelled newsroom pages', () => {
  it('has pages to test', () => {
    expect(pages.length).toBeGreaterThanOrEqual(11);
  });

  it.each(pages)('extracts exactly the release text and headline: %s', (id) => {
    const html = readFileSync(new URL(`${id}/source.html`, CORPUS), 'utf8');
    const gold = JSON.parse(readFileSync(new URL(`${id}/gold.json`, CORPUS), 'utf8'));
    const result = readArticle(load(html), { url: gold.url });
    expect(result).not.toBeNull();
    expect(result?.article.title).toBe(gold.title);
    expect(result?.article.text).toBe(gold.article_text);
    for (const boilerplate of gold.boilerplate)
      expect(result?.article.text).not.toContain(boilerplate);
    expect(result?.article.lang.slice(0, 2)).toBe(gold.lang);
  });
});

describe('pages without an article', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), 'utf8');

  it('finds no article on a search result list', () => {
    expect(
      readArticle(load(fixture('search.html')), { url: 'https://example.com/search' }),
    ).toBeNull();
  });

  it('finds no article on a news index of teasers', () => {
    const teasers = Array.from(
      { length: 12 },
      (_, i) =>
        `<div class="teaser"><a href="/n/${i}"><h3>Company ${i} opens a new plant in region ${i}</h3></a><p>${i} May 2024 · Short summary of release ${i}.</p></div>`,
    ).join('');
    const html = `<html lang="en"><head><title>News</title></head><body><main><h1>News</h1>${teasers}</main></body></html>`;
    expect(readArticle(load(html), { url: 'https://example.com/news/' })).toBeNull();
  });

  it('finds no article on an empty page', () => {
    expect(
      readArticle(load('<html><body><p>Loading…</p></body></html>'), { url: 'https://x.example/' }),
    ).toBeNull();
  });
});

describe('page metadata', () => {
  it('reads language, canonical URL and publication date from the head', () => {
    const html = readFileSync(new URL('de-catl-henan/source.html', CORPUS), 'utf8');
    const result = readArticle(load(html), { url: 'http://127.0.0.1:8080/pages/catl.html' });
    expect(result?.canonicalUrl).toBe('https://www.catl.example/de/news/2022-06-22-henan/');
    expect(result?.article.published).toBe('2022-06-22T00:00:00+08:00');
    expect(result?.article.siteName).toBe('CATL');
  });
});

describe('article extraction on the held-out pages (other templates, seven languages)', () => {
  const HELD_OUT = new URL('../../corpus/held-out/', import.meta.url);
  const held = readdirSync(HELD_OUT).filter((id) => !id.includes('.'));

  it.each(held)('finds the headline and the release from first to last paragraph: %s', (id) => {
    const html = readFileSync(new URL(`${id}/source.html`, HELD_OUT), 'utf8');
    const gold = JSON.parse(readFileSync(new URL(`${id}/gold.json`, HELD_OUT), 'utf8'));
    const result = readArticle(load(html), { url: gold.url });
    // The text model collapses every kind of space, the ideographic one included.
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    const paragraphs: string[] = gold.article_text.split('\n\n').map(squash);
    const text = squash(result?.article.text ?? '');
    expect(result?.article.title).toBe(squash(gold.title));
    expect(text).toContain(paragraphs[0]);
    expect(text).toContain(paragraphs[paragraphs.length - 1]);
  });
});
