/**
 * Page records: one per release, findable by every address it was read at.
 */
import type { AnchoringReport, PageRecord } from '../model';
import { normalizeUrl } from '../page/normalize-url';
import type { PressmarkDb } from './db';

/** What the content script reports about a page it read. */
export interface PageVisit {
  /** The address in the tab. */
  url: string;
  /** What the page declares as canonical, if anything. */
  canonicalUrl: string | null;
  title: string;
  lang: string;
  siteName: string | null;
  published: string | null;
  fingerprint: string;
}

/**
 * A page may only claim a canonical address on its own site; otherwise any
 * page could declare itself to be another site's release and have its
 * annotations shown there.
 */
function sameSite(a: string, b: string): boolean {
  try {
    const ha = new URL(a).hostname.split('.').slice(-2).join('.');
    const hb = new URL(b).hostname.split('.').slice(-2).join('.');
    return ha === hb && ha !== '';
  } catch {
    return false;
  }
}

/**
 * The page key for a visit: the canonical address when the page declares
 * one on its own site, else the visited address, normalised.
 *
 * @param visit - The visit.
 * @return The page id.
 */
export function pageIdOf(visit: Pick<PageVisit, 'url' | 'canonicalUrl'>): string {
  const canonical =
    visit.canonicalUrl && sameSite(visit.canonicalUrl, visit.url) ? visit.canonicalUrl : null;
  return normalizeUrl(canonical ?? visit.url);
}

/**
 * Finds the page seen at an address.
 *
 * @param db - The database.
 * @param url - Any address the page was read at (the tab's URL).
 * @return The page, or undefined when it was never seen.
 */
export async function findPage(db: PressmarkDb, url: string): Promise<PageRecord | undefined> {
  const key = normalizeUrl(url);
  return (await db.pages.get(key)) ?? (await db.pages.where('aliases').equals(key).first());
}

/**
 * Records a visit: creates the page or refreshes it, adding the address.
 *
 * @param db - The database.
 * @param visit - What the content script read.
 * @param now - ISO timestamp.
 * @return The stored page.
 */
export async function recordVisit(
  db: PressmarkDb,
  visit: PageVisit,
  now: string,
): Promise<PageRecord> {
  return db.transaction('rw', db.pages, async () => {
    const id = pageIdOf(visit);
    const visited = normalizeUrl(visit.url);
    const existing = (await db.pages.get(id)) ?? (await findPage(db, visit.url));
    const page: PageRecord = {
      id: existing?.id ?? id,
      aliases: [...new Set([...(existing?.aliases ?? []), id, visited])],
      title: visit.title,
      lang: visit.lang,
      siteName: visit.siteName,
      published: visit.published,
      fingerprint: visit.fingerprint,
      firstSeen: existing?.firstSeen ?? now,
      lastSeen: now,
      ...(existing?.snapshot !== undefined && {
        snapshot: existing.snapshot,
        snapshotFingerprint: existing.snapshotFingerprint,
      }),
      ...(existing?.anchoring !== undefined && { anchoring: existing.anchoring }),
    };
    await db.pages.put(page);
    return page;
  });
}

/**
 * Keeps the article text as annotated (compressed), to show later edits.
 *
 * @param db - The database.
 * @param pageId - The page.
 * @param snapshot - The compressed text ({@link compressText}).
 * @param snapshotFingerprint - Fingerprint of the uncompressed text.
 * @return The updated page, or undefined when the page is unknown.
 */
export async function saveSnapshot(
  db: PressmarkDb,
  pageId: string,
  snapshot: string,
  snapshotFingerprint: string,
): Promise<PageRecord | undefined> {
  const updated = await db.pages.update(pageId, { snapshot, snapshotFingerprint });
  return updated ? db.pages.get(pageId) : undefined;
}

/**
 * Records how the page's annotations anchored on the latest visit.
 *
 * @param db - The database.
 * @param pageId - The page.
 * @param report - States per annotation and text changes.
 * @return The updated page, or undefined when the page is unknown.
 */
export async function saveAnchoring(
  db: PressmarkDb,
  pageId: string,
  report: AnchoringReport,
): Promise<PageRecord | undefined> {
  const updated = await db.pages.update(pageId, { anchoring: report });
  return updated ? db.pages.get(pageId) : undefined;
}
