/**
 * Applying a team bundle to the store: one transaction, so a failed import
 * writes nothing; the plan (new / updated / unchanged / conflicting) is the
 * pure merge from lib/bundle, computed against what is stored now.
 */
import { type Bundle, type MergeStatus, planMerge, planPageMerge } from '../bundle';
import type { PressmarkDb } from './db';

/** What an import would do, or did. */
export interface ImportSummary {
  label: string | null;
  author: string | null;
  source: Bundle['source'];
  annotations: Record<MergeStatus, number>;
  pages: { new: number; updated: number; unchanged: number };
}

async function plan(db: PressmarkDb, bundle: Bundle) {
  const ids = bundle.annotations.map((a) => a.id);
  const local = (await db.annotations.bulkGet(ids)).filter((a) => a !== undefined);
  const localPages = (await db.pages.bulkGet(bundle.pages.map((p) => p.id))).filter(
    (p) => p !== undefined,
  );
  const annotations = planMerge(local, bundle.annotations);
  const pages = planPageMerge(localPages, bundle.pages);
  const summary: ImportSummary = {
    label: bundle.label,
    author: bundle.author,
    source: bundle.source,
    annotations: annotations.counts,
    pages: { new: 0, updated: 0, unchanged: 0 },
  };
  for (const page of pages) summary.pages[page.status]++;
  return { annotations, pages, summary };
}

/**
 * Works out what importing a bundle would change, without changing anything.
 *
 * @param db - The database.
 * @param bundle - A parsed bundle.
 * @return Counts for the preview.
 */
export async function previewImport(db: PressmarkDb, bundle: Bundle): Promise<ImportSummary> {
  return db.transaction(
    'r',
    db.annotations,
    db.pages,
    async () => (await plan(db, bundle)).summary,
  );
}

/**
 * Imports a bundle: merges its annotations and pages into the store.
 * Idempotent: importing the same bundle again writes nothing.
 *
 * @param db - The database.
 * @param bundle - A parsed bundle.
 * @return What was done.
 */
export async function applyImport(db: PressmarkDb, bundle: Bundle): Promise<ImportSummary> {
  return db.transaction('rw', db.annotations, db.pages, async () => {
    const { annotations, pages, summary } = await plan(db, bundle);
    await db.annotations.bulkPut(annotations.items.filter((i) => i.changed).map((i) => i.result));
    await db.pages.bulkPut(pages.filter((p) => p.status !== 'unchanged').map((p) => p.result));
    return summary;
  });
}
