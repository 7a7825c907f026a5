/**
 * The annotation database: Dexie over IndexedDB, opened only in the
 * background (the extension's own origin), so no web page can read or wipe
 * it. Every schema change is a new `version(n)` with its upgrade; versions
 * are never edited once released.
 */
import Dexie, { type EntityTable } from 'dexie';
import { type IndexedAnnotation, indexFields } from '../library/index-fields';
import type { Annotation, PageRecord } from '../model';
import { libraryIndex } from './library-index';

/** The typed database. */
export type PressmarkDb = Dexie & {
  annotations: EntityTable<Annotation, 'id'>;
  pages: EntityTable<PageRecord, 'id'>;
};

/** Where IndexedDB comes from: the browser's, or fake-indexeddb in unit tests. */
export interface DbDependencies {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** The database name in the extension origin. */
export const DB_NAME = 'pressmark';

/**
 * Opens (creating or upgrading as needed) the annotation database.
 *
 * @param name - Database name; tests pass a fresh one per case.
 * @param deps - IndexedDB implementation to use.
 * @return The Dexie instance (opens lazily on first query).
 */
export function openDb(name: string = DB_NAME, deps: DbDependencies = {}): PressmarkDb {
  const db = new Dexie(name, deps) as PressmarkDb;
  // Version 1. Indexed: annotations by page (the popup), by update time
  // (sync and "recent"), by kind and tag (filters); pages by every address
  // they were seen at (multi-entry), so any visited URL finds its page.
  db.version(1).stores({
    annotations: 'id, pageId, updated, kind, *tags',
    pages: 'id, *aliases, lastSeen',
  });
  // Version 2: the library's indexes over fields derived from each record
  // (lib/library/index-fields.ts), kept by the libraryIndex middleware on
  // every write and hidden on every read: full-text words (multi-entry),
  // live annotations per page and kind (counts without reading records),
  // and organization mentions by folded entity.
  db.version(2)
    .stores({ annotations: 'id, pageId, updated, kind, *tags, *words, [pageId+live], org' })
    .upgrade((tx) =>
      tx
        .table<IndexedAnnotation, string>('annotations')
        .toCollection()
        .modify((a) => {
          Object.assign(a, indexFields(a));
        }),
    );
  db.use(libraryIndex(db));
  return db;
}
