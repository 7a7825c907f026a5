// Functions that run inside a page (passed to page.evaluate by Playwright and
// Puppeteer alike), so the browser suites share one way of doing things.

/**
 * Selects the first occurrence of `needle` inside one text node of the page.
 * With `announce`, also fires the mouseup a real drag ends with (the
 * toolbar appears on it). Returns the selection's box, or null.
 * @param {{ needle: string, announce?: boolean }} args
 */
export function selectInPage({ needle, announce = false }) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    if (announce) document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    const r = range.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }
  return null;
}
