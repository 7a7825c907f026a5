import { selectInPage } from './in-page.mjs';

// Pressmark's in-page UI lives in closed shadow roots (page scripts must not
// reach it), which Playwright's selectors cannot pierce. The DevTools
// protocol can: find the element there and click it with the real mouse.

/**
 * Clicks a button inside one of Pressmark's shadow UIs.
 * @param {import('playwright-core').Page} page
 * @param {string} ui value of the host's data-pressmark-ui ("toolbar", "note-editor", "toast")
 * @param {string} label the button's text
 */
export async function clickShadowButton(page, ui, label) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const deadline = Date.now() + 5000;
    for (;;) {
      const box = await findButtonBox(cdp, ui, label);
      if (box) {
        await page.mouse.click(box.x, box.y);
        return;
      }
      if (Date.now() > deadline) throw new Error(`no visible "${label}" button in the ${ui} UI`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await cdp.detach();
  }
}

async function findButtonBox(cdp, ui, label) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const host = findNode(
    root,
    (n) => n.localName === 'pressmark-ui' && attr(n, 'data-pressmark-ui') === ui,
  );
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return null;
  const button = findNode(shadow, (n) => n.localName === 'button' && textOf(n).trim() === label);
  if (!button) return null;
  try {
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId });
    const [x1, y1, , , x3, y3] = model.content;
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  } catch {
    return null; // hidden: no box yet
  }
}

const attr = (node, name) => {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
};

const textOf = (node) =>
  node.nodeType === 3 ? node.nodeValue : (node.children ?? []).map(textOf).join('');

function findNode(node, test) {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return null;
}

/**
 * Selects text in the page: the first occurrence of `text` inside one text node.
 * @param {import('playwright-core').Page} page
 * @param {string} text
 */
export async function selectText(page, text) {
  const rect = await page.evaluate(selectInPage, { needle: text, announce: true });
  if (!rect) throw new Error(`text not found in page: ${text}`);
  return rect;
}

/**
 * The texts of the ranges registered under a highlight name, in document order.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
export function highlightTexts(page, name) {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

/**
 * Clicks, with the real mouse, into the first line of the first range under
 * a highlight name whose text starts with `text`.
 * @param {import('playwright-core').Page} page
 * @param {string} name highlight name ("pressmark-note", "pressmark-organization", ...)
 * @param {string} text the start of the highlighted text
 * @param {number} [at] where along the first line, 0 (left) to 1 (right)
 */
export async function clickHighlight(page, name, text, at = 0.5) {
  const box = await page.evaluate(
    ([n, t, at]) => {
      const range = [...(CSS.highlights.get(n) ?? [])].find((r) => r.toString().startsWith(t));
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width * at, y: rect.top + rect.height / 2 };
    },
    [name, text, at],
  );
  if (!box) throw new Error(`no ${name} highlight starting with ${text}`);
  await page.mouse.click(box.x, box.y);
}
