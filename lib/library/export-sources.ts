/**
 * Where the library's exports read from: the background, batch by batch
 * (lib/ui/export-buttons.tsx builds the file as batches arrive), so 100,000
 * annotations never cross one message or sit in the page as records.
 */
import type { ExportBatch } from '../export/export-chunks';
import type { ExportSource } from '../ui/export-buttons';
import { ask } from './ask';
import type { CommitmentQuery } from './commitment-rows';
import type { ExportCursor, LibraryBatch } from './protocol';

/** Releases per batch of "everything": about 2,500 annotations at 50 per release. */
const RELEASES_PER_BATCH = 50;
/** Records per batch of a filtered set: a few megabytes per message at most. */
const RECORDS_PER_BATCH = 2_000;

/**
 * Follows a cursor until the background says there is no more. The next
 * batch is asked for before this one is handed on, so the background reads
 * it while the page turns this one into file text.
 */
async function* follow<C>(
  fetch: (cursor: ExportCursor<C>) => Promise<LibraryBatch<C>>,
  limit: number,
  withDeleted: boolean,
): AsyncGenerator<ExportBatch> {
  const ask = (after: C | null) => {
    const pending = fetch({ after, limit, withDeleted });
    pending.catch(() => {}); // seen when awaited; not unhandled if the export stops first
    return pending;
  };
  let pending = ask(null);
  for (;;) {
    const { next, ...batch }: LibraryBatch<C> = await pending;
    if (next !== null) pending = ask(next);
    yield batch;
    if (next === null) return;
  }
}

/**
 * Every annotation, release by release.
 *
 * @param withDeleted - Tombstones and history too (bundles).
 * @return Batches.
 */
export const everything = (withDeleted: boolean) =>
  follow<string>((c) => ask('exportAll', c), RELEASES_PER_BATCH, withDeleted);

/**
 * A full backup: every record, tombstones and history included, and every
 * release record, also those without annotations.
 *
 * @return Batches.
 */
export const backupBatches = () => everything(true);

/**
 * All annotations as an export source.
 *
 * @param label - Collection label.
 * @param total - Records, for progress.
 * @return The source.
 */
export const allSource = (label: string, total: number): ExportSource => ({
  name: 'all',
  label,
  batches: everything,
  total,
});

/**
 * The commitment tracker's current selection, in table order.
 *
 * @param label - Collection label.
 * @param query - The tracker's filter and sort.
 * @param total - Rows it shows.
 * @return The source.
 */
export const commitmentsSource = (
  label: string,
  query: CommitmentQuery,
  total: number,
): ExportSource => ({
  name: 'commitments',
  label,
  batches: (withDeleted) =>
    follow<number>(
      (cursor) => ask('exportCommitments', { ...query, cursor }),
      RECORDS_PER_BATCH,
      withDeleted,
    ),
  total,
});

/**
 * The search's results.
 *
 * @param label - Collection label.
 * @param text - The query.
 * @return The source.
 */
export const searchSource = (label: string, text: string): ExportSource => ({
  name: `search ${text}`,
  label,
  batches: (withDeleted) =>
    follow<string>(
      (cursor) => ask('exportSearch', { text, cursor }),
      RECORDS_PER_BATCH,
      withDeleted,
    ),
});
