/**
 * The background's answers to the library page's requests: thin glue from
 * messages to the library's store queries (lib/store/library-*.ts,
 * lib/store/search-annotations.ts). The watch-list comes in as a
 * dependency, so unit tests run these against fake-indexeddb.
 */
import type { WatchListEntry } from '../detect';
import type { Handlers } from '../messaging';
import { settingsItem } from '../settings';
import type { PressmarkDb } from '../store/db';
import { listCommitments, trackedRecords } from '../store/library-commitments';
import { exportAllBatch, forFile, withPages } from '../store/library-export';
import { listMentions, listOrganizations } from '../store/library-organizations';
import { libraryCounts, listReleases } from '../store/library-releases';
import { seedLibrary } from '../store/library-seed';
import { searchRecords } from '../store/search-annotations';
import { quoteOf } from '../stored-selectors';
import type { LibraryProtocol, SearchHit } from './protocol';

/** What the library's handlers need besides the database. */
export interface LibraryDeps {
  /** The user's watch-list (names merged into one organization). */
  watchList(): Promise<WatchListEntry[]>;
}

const fromSettings: LibraryDeps = {
  watchList: async () => (await settingsItem.getValue()).watchList,
};

/**
 * Builds the library's handlers.
 *
 * @param db - The database.
 * @param deps - Settings access (the stored settings by default).
 * @return Handlers for {@link LibraryProtocol}.
 */
export function libraryHandlers(
  db: PressmarkDb,
  deps: LibraryDeps = fromSettings,
): Handlers<LibraryProtocol> {
  return {
    libraryCounts: () => libraryCounts(db),
    listReleases: (window) => listReleases(db, window),
    listOrganizations: async (query) => listOrganizations(db, query, await deps.watchList()),
    listMentions: (query) => listMentions(db, query),
    listCommitments: (query) => listCommitments(db, query),
    async searchAnnotations({ text, after, limit }) {
      const found = await searchRecords(db, text, after, limit);
      const { pages } = await withPages(db, found.annotations);
      const byId = new Map(pages.map((p) => [p.id, p]));
      const hits = found.annotations.map((a): SearchHit => {
        const page = byId.get(a.pageId);
        return {
          id: a.id,
          kind: a.kind,
          quote: quoteOf(a),
          note: a.note,
          tags: a.tags,
          ...(a.review && { review: a.review }),
          pageId: a.pageId,
          release: page?.title ?? a.pageTitle,
          published: page?.published ?? null,
          url: page?.id ?? a.url,
        };
      });
      return { hits, next: found.next, candidates: found.candidates };
    },
    exportAll: (cursor) => exportAllBatch(db, cursor),
    async exportCommitments({ filter, sort, cursor }) {
      const offset = cursor.after ?? 0;
      const { annotations, more } = await trackedRecords(
        db,
        { filter, sort },
        offset,
        cursor.limit,
      );
      const batch = {
        ...(await withPages(db, annotations)),
        next: more ? offset + cursor.limit : null,
      };
      return forFile(batch, cursor.withDeleted);
    },
    async exportSearch({ text, cursor }) {
      const found = await searchRecords(db, text, cursor.after, cursor.limit);
      return forFile(
        { ...(await withPages(db, found.annotations)), next: found.next },
        cursor.withDeleted,
      );
    },
    // Vite replaces the mode at build time: a production bundle keeps only the refusal.
    seedLibrary:
      import.meta.env.MODE === 'e2e'
        ? (spec) => seedLibrary(db, spec)
        : () => {
            throw new Error('seeding exists only in the e2e build');
          },
  };
}
