/**
 * Results the library computes from many records (the commitment table,
 * the organization groups), kept in the background's memory until the next
 * committed write. A reload of the library then answers from memory; a
 * write anywhere makes the next request rebuild. The service worker may be
 * stopped at any time: the cache is only ever a shortcut.
 */
import type { Dexie } from 'dexie';
import { changeCount } from './library-index';

interface Entry {
  changes: number;
  value: Promise<unknown>;
}

const caches = new WeakMap<object, Map<string, Entry>>();
/** Distinct keys kept (watch-lists change rarely; a few variants are plenty). */
const MAX_KEYS = 8;

/**
 * A value built from the database, rebuilt after any write.
 *
 * @param db - The database.
 * @param key - What is cached (include every input besides the database).
 * @param build - Builds the value.
 * @return The cached or freshly built value.
 */
export function cachedUntilWrite<T>(db: Dexie, key: string, build: () => Promise<T>): Promise<T> {
  const cache = caches.get(db) ?? new Map<string, Entry>();
  caches.set(db, cache);
  // Taken before reading: a write that commits during the build leaves the
  // entry already stale, so it is rebuilt next time.
  const changes = changeCount(db);
  const entry = cache.get(key);
  if (entry && entry.changes === changes) return entry.value as Promise<T>;
  const value = build();
  if (cache.size >= MAX_KEYS) cache.clear();
  cache.set(key, { changes, value });
  // A failed build is not kept.
  value.catch(() => cache.get(key)?.value === value && cache.delete(key));
  return value;
}
