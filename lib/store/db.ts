/**
 * The annotation database: Dexie over IndexedDB, opened only in the
 * background (the extension's own origin), so no web page can read or wipe
 * it. Every schema change is a new `version(n)` with its upgrade; versions
 * are never edited once released.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Annotation, PageRecord } from '../model';

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
  return db;
}
