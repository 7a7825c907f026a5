/**
 * Merging page records from a bundle. Identity is the page id; the
 * addresses it was seen at are united, the first and last sighting widened,
 * and the descriptive fields taken from whoever saw the page last, falling
 * back to the other copy where that one knows nothing (a page made from a
 * plain W3C file has no title). Our own `anchoring` report stays ours.
 */
import type { PageRecord } from '../model';
import type { SharedPage } from './format';
import { compareCodeUnits, stableJson } from './stable-json';

/** The decision for one page. */
export interface PageMergeItem {
  id: string;
  status: 'new' | 'updated' | 'unchanged';
  result: PageRecord;
}

const timeOf = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};

/** The earlier (or later) of two times; equal instants pick the smaller text on every machine. */
const earlier = (a: string, b: string) =>
  timeOf(a) - timeOf(b) < 0 || (timeOf(a) === timeOf(b) && compareCodeUnits(a, b) <= 0) ? a : b;
const later = (a: string, b: string) => (earlier(a, b) === a ? b : a);

const shared = (page: PageRecord | SharedPage): SharedPage => {
  const { anchoring: _, ...rest } = page as PageRecord;
  return rest;
};

/** The copy seen last is the better description; ties broken by canonical text. */
function fresherFirst(a: SharedPage, b: SharedPage): [SharedPage, SharedPage] {
  const byTime = timeOf(a.lastSeen) - timeOf(b.lastSeen);
  if (byTime !== 0) return byTime > 0 ? [a, b] : [b, a];
  return compareCodeUnits(stableJson(a), stableJson(b)) >= 0 ? [a, b] : [b, a];
}

/**
 * Merges two copies of one page (same id).
 *
 * @param local - Our record (its `anchoring` is kept), or undefined when new.
 * @param incoming - The bundle's record.
 * @return The merged record; the same whichever side merges.
 */
export function mergePage(local: PageRecord | undefined, incoming: SharedPage): PageRecord {
  const [win, lose] = local
    ? fresherFirst(shared(local), shared(incoming))
    : [shared(incoming), shared(incoming)];
  const pick = <K extends 'title' | 'lang' | 'fingerprint' | 'siteName' | 'published'>(key: K) =>
    win[key] || lose[key];
  const others = [...new Set([...win.aliases, ...lose.aliases])].filter((a) => a !== win.id);
  // The snapshot and its fingerprint describe one text: they travel as a pair.
  const snap = win.snapshot ? win : lose;
  return {
    id: win.id,
    aliases: [win.id, ...others.sort(compareCodeUnits)],
    title: pick('title'),
    lang: pick('lang'),
    siteName: pick('siteName') ?? null,
    published: pick('published') ?? null,
    fingerprint: pick('fingerprint'),
    firstSeen: earlier(win.firstSeen, lose.firstSeen),
    lastSeen: later(win.lastSeen, lose.lastSeen),
    ...(snap.snapshot ? { snapshot: snap.snapshot } : {}),
    ...(snap.snapshotFingerprint ? { snapshotFingerprint: snap.snapshotFingerprint } : {}),
    ...(local?.anchoring ? { anchoring: local.anchoring } : {}),
  };
}

/**
 * Plans the merge of a bundle's pages into ours. Pure, like `planMerge`.
 *
 * @param local - Our page records; only those whose ids occur in `incoming` matter.
 * @param incoming - The bundle's pages; repeats of one id are merged first.
 * @return One item per incoming page id, in the bundle's order.
 */
export function planPageMerge(
  local: readonly PageRecord[],
  incoming: readonly SharedPage[],
): PageMergeItem[] {
  const ours = new Map(local.map((p) => [p.id, p]));
  const theirs = new Map<string, SharedPage>();
  for (const p of incoming) {
    const seen = theirs.get(p.id);
    theirs.set(p.id, seen ? mergePage(seen, p) : p);
  }
  return [...theirs.values()].map((page) => {
    const mine = ours.get(page.id);
    const result = mergePage(mine, page);
    if (!mine) return { id: page.id, status: 'new', result };
    const same = stableJson(result) === stableJson(mine);
    return { id: page.id, status: same ? 'unchanged' : 'updated', result };
  });
}
