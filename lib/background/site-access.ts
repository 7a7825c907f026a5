/**
 * "Always annotate on this site": an optional host permission for one
 * origin plus a dynamically registered content script. Nothing runs on a
 * site the user has not opted into (store reviewers reject `<all_urls>`).
 */
import browser from 'webextension-polyfill';
import type { SiteAccess } from '../messaging';

/** Files of the content script, as WXT emits them. */
export const CONTENT_SCRIPT = {
  js: ['content-scripts/content.js'],
  css: ['content-scripts/content.css'],
};

const scriptId = (origin: string) => `pressmark-site:${origin}`;
const patternOf = (origin: string) => `${origin}/*`;

/**
 * Reads whether the content script is registered for an origin and its
 * permission still granted.
 *
 * @param origin - e.g. "https://www.catl.com".
 * @return The access state.
 */
export async function getSiteAccess(origin: string): Promise<SiteAccess> {
  const [registered] = await browser.scripting.getRegisteredContentScripts({
    ids: [scriptId(origin)],
  });
  const granted = await browser.permissions.contains({ origins: [patternOf(origin)] });
  return { origin, always: Boolean(registered) && granted };
}

/**
 * Turns "always annotate" on or off for an origin. Turning it on requires
 * the host permission, which only a user gesture can grant: the popup asks
 * for it before calling this.
 *
 * @param access - Origin and wanted state.
 * @return The state now in effect.
 */
export async function setSiteAccess(access: SiteAccess): Promise<SiteAccess> {
  const id = scriptId(access.origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
  if (access.always) {
    const granted = await browser.permissions.contains({ origins: [patternOf(access.origin)] });
    if (!granted) throw new Error(`no permission for ${access.origin}: grant it from the popup`);
    await browser.scripting.registerContentScripts([
      { id, matches: [patternOf(access.origin)], ...CONTENT_SCRIPT, runAt: 'document_idle' },
    ]);
  } else {
    await browser.permissions.remove({ origins: [patternOf(access.origin)] }).catch(() => false);
  }
  return getSiteAccess(access.origin);
}
