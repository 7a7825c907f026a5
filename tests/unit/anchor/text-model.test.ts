// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fromRange, toRange } from '../../../lib/anchor/dom-range';
import { buildTextModel } from '../../../lib/anchor/text-model';

const modelOf = (html: string) => {
  document.body.innerHTML = html;
  return buildTextModel(document.body);
};

describe('text model: one normalised text for every DOM', () => {
  it.each([
    ['collapses whitespace and trims', '<p>  Hello \n\t  world  </p>', 'Hello world'],
    [
      'separates blocks by a blank line',
      '<p>One</p><div>Two</div><h2>Three</h2>',
      'One\n\nTwo\n\nThree',
    ],
    ['keeps inline elements inline', '<p>A <b>bold</b> <a href="#">link</a>.</p>', 'A bold link.'],
    ['turns <br> into a line break', '<p>Line 1<br>Line 2</p>', 'Line 1\nLine 2'],
    [
      'ends list items with a line break',
      '<p>Targets:</p><ul><li>a;</li><li>b.</li></ul><p>End</p>',
      'Targets:\n\na;\nb.\n\nEnd',
    ],
    [
      'separates table cells by tabs, rows by lines',
      '<table><tr><th>K</th><th>V</th></tr><tr><td>1</td><td>2</td></tr></table>',
      'K\tV\n1\t2',
    ],
    [
      'drops soft hyphens and zero-width characters',
      '<p>Rah\u00admen\u200babkommen\u2060</p>',
      'Rahmenabkommen',
    ],
    ['treats no-break spaces as spaces', '<p>7,3\u00a0Mrd.\u202fEuro</p>', '7,3 Mrd. Euro'],
    ['composes to NFC', '<p>Gro\u0308ße Cafe\u0301</p>', 'Größe Café'],
    [
      'skips scripts, styles, buttons and hidden elements',
      '<p>Kept<script>x()</script><style>p{}</style><button>Share</button><span hidden>no</span><span style="display: none">no</span><span aria-hidden="true">no</span></p>',
      'Kept',
    ],
    [
      'keeps CJK text without inventing spaces',
      '<p>宁德时代<b>将</b>在洛阳</p><p>建设</p>',
      '宁德时代将在洛阳\n\n建设',
    ],
  ])('%s', (_, html, text) => {
    expect(modelOf(html).text).toBe(text);
  });
});

describe('offsets ↔ live ranges', () => {
  it('maps a text span to a range covering exactly that text, across elements', () => {
    const model = modelOf('<p>Contemporary <b>Amperex</b> Technology</p><p>Co., Limited</p>');
    const start = model.text.indexOf('Amperex');
    const end = model.text.indexOf('Limited') + 'Limited'.length;
    const range = toRange(model, start, end);
    // Block breaks are the model's, not DOM text: the range's own text has none.
    expect(range?.toString()).toBe('Amperex TechnologyCo., Limited');
    expect(range?.startContainer.parentElement?.tagName).toBe('B');
  });

  it('maps through removed soft hyphens and composed characters', () => {
    const model = modelOf('<p>Die Gro\u0308\u00adße Halle</p>');
    const start = model.text.indexOf('Größe');
    const range = toRange(model, start, start + 'Größe'.length);
    expect(range?.toString()).toBe('Gro\u0308\u00adße');
  });

  it('turns a selection back into the same offsets', () => {
    const model = modelOf('<p>Henan wird die <i>Koordination</i> verstärken.</p>');
    const start = model.text.indexOf('die');
    const end = model.text.indexOf(' verstärken');
    const range = toRange(model, start, end) as Range;
    expect(fromRange(model, range)).toEqual({ start, end });
  });

  it('trims whitespace at the edges of a selection', () => {
    const model = modelOf('<p>alpha beta gamma</p>');
    const node = document.querySelector('p')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, 5);
    range.setEnd(node, 11);
    expect(fromRange(model, range)).toEqual({ start: 6, end: 10 });
  });

  it('returns null for a selection outside the modelled text', () => {
    document.body.innerHTML = '<nav>Menu</nav><article><p>Body text</p></article>';
    const model = buildTextModel(document.querySelector('article') as Element);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('nav') as Element);
    expect(fromRange(model, range)).toBeNull();
  });

  it('refuses out-of-bounds and empty spans', () => {
    const model = modelOf('<p>abc</p>');
    expect(toRange(model, 2, 2)).toBeNull();
    expect(toRange(model, 0, 4)).toBeNull();
  });
});
