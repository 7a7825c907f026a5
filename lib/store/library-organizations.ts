/**
 * Organizations across releases, from the `org` index: its keys alone
 * (folded entity, entity, page, quote) give every group's mentions, names and releases,
 * so grouping reads no annotation record; listing one group's mentions
 * reads only that window of records.
 */
import type { WatchListEntry } from '../detect';
import {
  type EntityGroup,
  groupEntities,
  groupMatches,
  type MentionKey,
} from '../library/entity-groups';
import type { ListPage, Mention, MentionQuery, OrganizationQuery } from '../library/protocol';
import { quoteOf } from '../stored-selectors';
import type { PressmarkDb } from './db';
import { cachedUntilWrite } from './library-cache';

/**
 * Every organization group (cached until the next write).
 *
 * @param db - The database.
 * @param watchList - Names to merge.
 * @return Groups, most mentioned first.
 */
export function organizationGroups(
  db: PressmarkDb,
  watchList: readonly WatchListEntry[],
): Promise<EntityGroup[]> {
  return cachedUntilWrite(db, `organizations ${JSON.stringify(watchList)}`, async () => {
    const keys = (await db.annotations.orderBy('org').keys()) as unknown as MentionKey[];
    return groupEntities(keys, watchList);
  });
}

/**
 * One window of organization groups.
 *
 * @param db - The database.
 * @param query - Filter text and window.
 * @param watchList - Names to merge.
 * @return The window and the number of matching groups.
 */
export async function listOrganizations(
  db: PressmarkDb,
  { text, offset, limit }: OrganizationQuery,
  watchList: readonly WatchListEntry[],
): Promise<ListPage<EntityGroup>> {
  const groups = (await organizationGroups(db, watchList)).filter((g) => groupMatches(g, text));
  return { items: groups.slice(offset, offset + limit), total: groups.length };
}

/**
 * One window of a group's mentions, ordered by entity spelling, then release.
 *
 * @param db - The database.
 * @param query - The group's folded names and the window.
 * @return Mentions with their release, and how many there are.
 */
export async function listMentions(
  db: PressmarkDb,
  { folds, offset, limit }: MentionQuery,
): Promise<ListPage<Mention>> {
  if (folds.length === 0) return { items: [], total: 0 };
  // [fold] sorts before every [fold, entity, page, quote]; [fold, []] after them (arrays follow strings).
  const ranges = [...new Set(folds)].sort().map((f) => [[f], [f, []]] as [unknown, unknown]);
  return db.transaction('r', db.annotations, db.pages, async () => {
    const mentions = () => db.annotations.where('org').inAnyRange(ranges);
    const [records, total] = await Promise.all([
      mentions().offset(offset).limit(limit).toArray(),
      mentions().count(),
    ]);
    const pageIds = [...new Set(records.map((a) => a.pageId))];
    const pages = new Map(
      (await db.pages.bulkGet(pageIds)).filter((p) => p !== undefined).map((p) => [p.id, p]),
    );
    const items = records.map((a): Mention => {
      const page = pages.get(a.pageId);
      return {
        id: a.id,
        quote: quoteOf(a),
        entity: a.detection?.entity ?? quoteOf(a),
        review: a.review ?? 'pending',
        pageId: a.pageId,
        release: page?.title ?? a.pageTitle,
        published: page?.published ?? null,
        url: page?.id ?? a.url,
      };
    });
    return { items, total };
  });
}
