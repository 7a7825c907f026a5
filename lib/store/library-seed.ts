/**
 * Writes a synthetic library (lib/library/seed-library.ts) for the
 * benchmark, a few releases per transaction so the service worker never
 * holds the whole library and each write stays short. Reached only through
 * the e2e build's `seedLibrary` request.
 */

import type { SeedSpec } from '../library/protocol';
import { seedReleases } from '../library/seed-library';
import type { Annotation, PageRecord } from '../model';
import type { PressmarkDb } from './db';

/** Releases per transaction: ~2,500 annotations, a few hundred ms each. */
const RELEASES_PER_WRITE = 50;

/**
 * Fills the store.
 *
 * @param db - The database.
 * @param spec - Releases, annotations, seed.
 * @return What was written.
 */
export async function seedLibrary(
  db: PressmarkDb,
  spec: SeedSpec,
): Promise<{ releases: number; annotations: number }> {
  let pages: PageRecord[] = [];
  let annotations: Annotation[] = [];
  const written = { releases: 0, annotations: 0 };
  const flush = async () => {
    await db.transaction('rw', db.pages, db.annotations, async () => {
      await db.pages.bulkPut(pages);
      await db.annotations.bulkPut(annotations);
    });
    written.releases += pages.length;
    written.annotations += annotations.length;
    pages = [];
    annotations = [];
  };
  for (const release of seedReleases(spec)) {
    pages.push(release.page);
    annotations.push(...release.annotations);
    if (pages.length >= RELEASES_PER_WRITE) await flush();
  }
  if (pages.length > 0) await flush();
  return written;
}
