/**
 * Organizations across releases: mentions grouped by canonical entity.
 * Spellings that differ only in case, width or spacing are one entity, and
 * names the user's watch-list lists as one organization ("CATL",
 * "宁德时代", "Contemporary Amperex…") are merged under the watch-list name.
 * Pure: the store hands in index keys, the settings hand in the watch-list.
 */
import type { WatchListEntry } from '../detect';

/**
 * One organization mention as the `org` index keys it: folded entity, the
 * entity, its page, and the words the release used ("CATL" for
 * "Contemporary Amperex Technology Co., Limited").
 */
export type MentionKey = readonly [fold: string, entity: string, pageId: string, quote: string];

/** An organization with its mentions counted. */
export interface EntityGroup {
  /** Stable id of the group: the folded canonical name. */
  key: string;
  /** The name to show: the watch-list name, else the most frequent spelling. */
  name: string;
  /** Every name it goes by (entity spellings and the words releases use), most frequent first. */
  names: string[];
  /** The folded entities merged here (what to look up for its mentions). */
  folds: string[];
  mentions: number;
  /** Distinct releases it is mentioned in. */
  releases: number;
}

/**
 * Folds an entity name so trivial variants meet: NFKC, lower case,
 * collapsed whitespace.
 *
 * @param name - An entity as detected or typed.
 * @return The folded name.
 */
export const foldEntity = (name: string): string =>
  name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Maps every folded name or alias on the watch-list to its entry's folded name.
 *
 * @param watchList - The user's watch-list.
 * @return Folded form -> folded canonical name (first entry wins a shared alias).
 */
export function watchListMap(watchList: readonly WatchListEntry[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of watchList) {
    const canonical = foldEntity(entry.name);
    for (const form of [entry.name, ...entry.aliases]) {
      const fold = foldEntity(form);
      if (fold && !map.has(fold)) map.set(fold, canonical);
    }
  }
  return map;
}

interface Tally {
  folds: Set<string>;
  entities: Map<string, number>;
  names: Map<string, number>;
  pages: Set<string>;
  mentions: number;
}

const add = (counts: Map<string, number>, name: string) =>
  counts.set(name, (counts.get(name) ?? 0) + 1);
const byCount = (counts: Map<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);

/**
 * Groups mentions into entities.
 *
 * @param keys - One key per live organization mention.
 * @param watchList - Names to merge, and the name to show for them.
 * @return Groups, most mentioned first (ties by name).
 */
export function groupEntities(
  keys: Iterable<MentionKey>,
  watchList: readonly WatchListEntry[],
): EntityGroup[] {
  const merge = watchListMap(watchList);
  const display = new Map(watchList.map((e) => [foldEntity(e.name), e.name.trim()]));
  const tallies = new Map<string, Tally>();
  for (const [fold, entity, pageId, quote] of keys) {
    const key = merge.get(fold) ?? fold;
    let tally = tallies.get(key);
    if (!tally) {
      tally = {
        folds: new Set(),
        entities: new Map(),
        names: new Map(),
        pages: new Set(),
        mentions: 0,
      };
      tallies.set(key, tally);
    }
    tally.folds.add(fold);
    add(tally.entities, entity);
    add(tally.names, entity);
    if (quote && quote !== entity) add(tally.names, quote);
    tally.pages.add(pageId);
    tally.mentions++;
  }
  const groups = [...tallies].map(
    ([key, t]): EntityGroup => ({
      key,
      name: display.get(key) ?? byCount(t.entities)[0]!,
      names: byCount(t.names),
      folds: [...t.folds].sort(),
      mentions: t.mentions,
      releases: t.pages.size,
    }),
  );
  return groups.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/**
 * Whether a group matches a filter text (any name it goes by contains it).
 *
 * @param group - The group.
 * @param text - What the user typed; empty matches all.
 * @return True when shown.
 */
export function groupMatches(group: EntityGroup, text: string): boolean {
  const needle = foldEntity(text);
  return (
    !needle || group.key.includes(needle) || group.names.some((n) => foldEntity(n).includes(needle))
  );
}
