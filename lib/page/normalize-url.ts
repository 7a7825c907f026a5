/**
 * Page identity: one release, one key, whatever address it was read at.
 * Tracking parameters, fragments, default ports, trailing slashes and
 * letter case of scheme and host do not make a different page.
 */

/** Query parameters that identify a campaign or a click, never a document. */
const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|igshid|_hsenc|_hsmi|mkt_tok|vero_id|oly_anon_id|oly_enc_id|rb_clickid|s_cid|ref_src|spm)$/i;

/**
 * Normalises an address into a page key.
 *
 * @param url - Any absolute URL.
 * @return The key; non-http(s) URLs (file:, moz-extension:) only lose their
 *   fragment. Unparseable input is returned as is.
 */
export function normalizeUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  u.hash = '';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return u.href;
  // URL already lower-cases scheme and host and drops default ports.
  const kept = [...u.searchParams].filter(([key]) => !TRACKING.test(key));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  if (u.pathname.length > 1 && u.pathname.endsWith('/'))
    u.pathname = u.pathname.replace(/\/+$/, '');
  return u.href;
}
