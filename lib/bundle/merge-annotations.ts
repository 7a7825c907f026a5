/**
 * Merging someone else's annotations into ours without losing anything.
 *
 * Every record is treated as a set of versions: the current one plus its
 * `history`. Merging two copies takes the union of their versions; the
 * newest `updated` is current (equal times: the larger canonical JSON, so
 * both sides pick the same one) and every other version stays in `history`.
 * Union is commutative, associative and idempotent, so importing a bundle
 * twice changes nothing and two people who import each other's bundles end
 * up with the same records. A tombstone is just a version: a newer one
 * deletes, an older one loses to a later edit and is kept in history.
 */
import type { Annotation, AnnotationVersion } from '../model';
import { compareCodeUnits, stableJson } from './stable-json';

/** How an incoming record relates to ours. */
export type MergeStatus = 'new' | 'updated' | 'unchanged' | 'conflicting';

/** The decision for one id. */
export interface MergeItem {
  id: string;
  /**
   * `new`: we did not have it. `updated`: theirs is newer and is now current.
   * `unchanged`: we already had their current version. `conflicting`: theirs
   * is older than ours, or as old and different; the winner is current and
   * the other version is kept in history.
   */
  status: MergeStatus;
  /** The record to store. */
  result: Annotation;
  /** False when `result` equals our record: nothing to write. */
  changed: boolean;
}

/** The whole merge, for showing before it is applied. */
export interface MergePlan {
  items: MergeItem[];
  counts: Record<MergeStatus, number>;
}

interface Keyed {
  version: AnnotationVersion;
  /** Canonical JSON: the version's identity (id, updated and content). */
  key: string;
  time: number;
}

function keyed(record: Annotation | AnnotationVersion): Keyed {
  // History entries are typed without history, but files are not typed.
  const { history: _, ...version } = record as Annotation;
  const time = Date.parse(version.updated);
  return { version, key: stableJson(version), time: Number.isNaN(time) ? -Infinity : time };
}

const versionsOf = (a: Annotation): Keyed[] => [keyed(a), ...(a.history ?? []).map(keyed)];

/** Oldest first; equal times by canonical text, so every machine orders alike. */
const byAge = (a: Keyed, b: Keyed) => a.time - b.time || compareCodeUnits(a.key, b.key);

/** United versions: the newest current, the rest as history, with their keys. */
function unite(versions: readonly Keyed[]): { record: Annotation; keys: string[] } {
  const all = new Map<string, Keyed>();
  for (const k of versions) all.set(k.key, k);
  const ordered = [...all.values()].sort(byAge);
  const current = ordered.pop()!;
  const record: Annotation =
    ordered.length > 0
      ? { ...current.version, history: ordered.map((k) => k.version) }
      : { ...current.version };
  // Current first, then history in order: the record's identity, cheap to compare.
  return { record, keys: [current.key, ...ordered.map((k) => k.key)] };
}

/**
 * Merges two copies of one annotation (same id).
 *
 * @param a - One copy.
 * @param b - The other; the order of the two does not matter.
 * @return The newest version as current, every other distinct version in
 *   `history`, oldest first (no `history` key when there is none).
 */
export function mergeRecords(a: Annotation, b: Annotation): Annotation {
  return unite([...versionsOf(a), ...versionsOf(b)]).record;
}

/** Classifies one incoming record against ours. */
function planOne(local: Annotation | undefined, incoming: Annotation): MergeItem {
  const id = incoming.id;
  const theirVersions = versionsOf(incoming);
  if (!local) return { id, status: 'new', result: unite(theirVersions).record, changed: true };
  const ourVersions = versionsOf(local);
  const { record: result, keys } = unite([...ourVersions, ...theirVersions]);
  const ourKeys = ourVersions.map((k) => k.key);
  const changed = keys.length !== ourKeys.length || keys.some((k, i) => k !== ourKeys[i]);
  const [ours, theirs] = [ourVersions[0]!, theirVersions[0]!];
  let status: MergeStatus;
  if (keys[0] === ours.key) {
    // Ours stays current: fine if we had seen theirs already, a conflict if theirs is news.
    status = ourKeys.includes(theirs.key) ? 'unchanged' : 'conflicting';
  } else {
    status = theirs.time > ours.time ? 'updated' : 'conflicting';
  }
  return { id, status, result: changed ? result : local, changed };
}

/**
 * Plans the merge of a bundle's annotations into ours. Pure: nothing is
 * written; store every item with `changed` set. No clock is read, because
 * the result must not depend on who merges when.
 *
 * @param local - Our records; only those whose ids occur in `incoming` matter.
 * @param incoming - The bundle's records, tombstones and history included.
 *   Records repeated under one id are merged with each other first.
 * @return One item per incoming id, in the bundle's order, and counts.
 */
export function planMerge(
  local: readonly Annotation[],
  incoming: readonly Annotation[],
): MergePlan {
  const ours = new Map<string, Annotation>();
  for (const a of local) {
    const seen = ours.get(a.id);
    ours.set(a.id, seen ? mergeRecords(seen, a) : a);
  }
  const theirs = new Map<string, Annotation>();
  for (const a of incoming) {
    const seen = theirs.get(a.id);
    theirs.set(a.id, seen ? mergeRecords(seen, a) : a);
  }
  const items = [...theirs.values()].map((a) => planOne(ours.get(a.id), a));
  const counts: Record<MergeStatus, number> = { new: 0, updated: 0, unchanged: 0, conflicting: 0 };
  for (const item of items) counts[item.status]++;
  return { items, counts };
}
