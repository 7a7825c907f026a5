import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cloneWithMap } from '../../../lib/extract/clone-map';

const PAGE =
  '<html><body><nav><p>Home</p></nav><main><p>Acme will build a plant.</p><p>Same</p><p>Same</p></main></body></html>';
const load = () => parseHTML(PAGE).document as unknown as Document;
/** What Readability's retry does: the body re-created from its own HTML. */
const recreate = (doc: Document) => {
  const html = doc.body.innerHTML;
  doc.body.innerHTML = html;
};
const textsOf = (root: Element) =>
  Array.from(root.querySelectorAll('p'), (p) => p.firstChild as Text);

describe('cloneWithMap', () => {
  it('maps text nodes Readability moves (not re-creates) back to the live page', () => {
    const doc = load();
    const { clone, liveOf, isOriginal } = cloneWithMap(doc);
    const [, moved] = textsOf(clone.body);
    // Readability moves nodes into its article element: identity survives.
    const article = clone.createElement('div');
    article.appendChild(moved?.parentNode as Node);
    expect(isOriginal(moved as Text)).toBe(true);
    expect(liveOf(moved as Text)).toBe(textsOf(doc.body)[1]);
    expect(doc.body.innerHTML).toBe(parseHTML(PAGE).document.body.innerHTML);
  });

  it('a plain clone cannot map text re-created from HTML, and says so', () => {
    const { clone, liveOf, isOriginal } = cloneWithMap(load());
    recreate(clone);
    const [, recreated] = textsOf(clone.body);
    expect(isOriginal(recreated as Text)).toBe(false);
    expect(liveOf(recreated as Text)).toBeNull();
  });

  it('an indexed clone maps re-created text back by its indexed ancestor, twins in order', () => {
    const doc = load();
    const { clone, liveOf } = cloneWithMap(doc, true);
    recreate(clone);
    const [home, acme, same1, same2] = textsOf(clone.body);
    const live = textsOf(doc.body);
    expect(liveOf(acme as Text)).toBe(live[1]);
    expect(liveOf(same1 as Text)).toBe(live[2]);
    expect(liveOf(same2 as Text)).toBe(live[3]);
    expect(liveOf(home as Text)).toBe(live[0]);
    // The live page is never indexed.
    expect(doc.querySelector('[data-pressmark-i]')).toBeNull();
  });
});
