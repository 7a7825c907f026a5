/**
 * A fingerprint of an article's text, to notice when a release was edited
 * after it was annotated. Not cryptographic: it only has to differ when the
 * text differs, in a content script on any page (crypto.subtle is missing
 * on plain-http pages), synchronously.
 */

/**
 * cyrb53: a fast 53-bit string hash with good avalanche behaviour.
 *
 * @param text - The article text.
 * @return "c53:<hex>:<length>".
 */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `c53:${hash.toString(16)}:${text.length}`;
}
