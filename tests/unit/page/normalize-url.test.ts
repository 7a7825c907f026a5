import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../../lib/page/normalize-url';

describe('normalizeUrl', () => {
  it.each([
    [
      'strips tracking parameters and the fragment',
      'https://ex.com/a?utm_source=x&id=3&fbclid=y#top',
      'https://ex.com/a?id=3',
    ],
    [
      'drops gclid, msclkid, mc_cid',
      'https://ex.com/a?gclid=1&msclkid=2&mc_cid=3',
      'https://ex.com/a',
    ],
    ['removes a trailing slash', 'https://ex.com/news/2024/', 'https://ex.com/news/2024'],
    ['keeps the root slash', 'https://ex.com/', 'https://ex.com/'],
    ['drops default ports and lower-cases the host', 'HTTPS://Ex.COM:443/A', 'https://ex.com/A'],
    ['keeps other ports', 'http://127.0.0.1:8080/p.html', 'http://127.0.0.1:8080/p.html'],
    ['sorts the remaining parameters', 'https://ex.com/a?b=2&a=1', 'https://ex.com/a?a=1&b=2'],
    ['leaves file URLs but their fragment', 'file:///tmp/x.html#p', 'file:///tmp/x.html'],
    ['returns unparseable input unchanged', 'not a url', 'not a url'],
  ])('%s', (_, input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });
});
