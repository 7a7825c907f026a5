/**
 * Keeps the library's derived index fields (lib/library/index-fields.ts)
 * on every annotation write and off every read, as a Dexie DBCore
 * middleware, so every write path (saving, patching, syncing detections,
 * importing bundles, upgrades) stays indexed without knowing the index
 * exists, and nothing read back (popup, exports, bundle merges comparing
 * records) ever sees the derived fields. A middleware rather than
 * `creating`/`updating` hooks because hooks write the fields into the
 * caller's own object, which would then travel back in replies.
 *
 * It also counts committed writes per database, so library caches know
 * when to rebuild.
 */
import type { DBCore, DBCoreCursor, DBCoreTable, Dexie, Middleware } from 'dexie';
import {
  type IndexedAnnotation,
  withIndexFields,
  withoutIndexFields,
} from '../library/index-fields';

const changes = new WeakMap<object, number>();

/**
 * How many write transactions on annotations or pages have committed
 * since this database object was opened.
 *
 * @param db - The database.
 * @return A counter that only grows.
 */
export const changeCount = (db: Dexie): number => changes.get(db) ?? 0;

const strip = (value: unknown) =>
  value && typeof value === 'object' ? withoutIndexFields(value as IndexedAnnotation) : value;

/** A cursor whose values come without derived fields (delegates the rest to the real one). */
function strippedCursor(cursor: DBCoreCursor): DBCoreCursor {
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: () => strip(cursor.value) },
    continue: { value: (key?: unknown) => cursor.continue(key) },
    continuePrimaryKey: {
      value: (key: unknown, pk: unknown) => cursor.continuePrimaryKey(key, pk),
    },
    advance: { value: (count: number) => cursor.advance(count) },
  });
}

function annotationsTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: (req) =>
      req.type === 'add' || req.type === 'put'
        ? table.mutate({ ...req, values: req.values.map(withIndexFields) } as typeof req)
        : table.mutate(req),
    get: (req) => table.get(req).then(strip),
    getMany: (req) => table.getMany(req).then((values) => values.map(strip)),
    query: (req) =>
      table
        .query(req)
        .then((res) => (req.values ? { ...res, result: res.result.map(strip) } : res)),
    openCursor: (req) =>
      table
        .openCursor(req)
        .then((cursor) => (cursor && req.values ? strippedCursor(cursor) : cursor)),
  };
}

/** Counts a write once its transaction commits (an aborted one changed nothing). */
function counted(db: Dexie, table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: (req) => {
      const trans = req.trans as unknown as Partial<IDBTransaction>;
      const bump = () => changes.set(db, changeCount(db) + 1);
      if (typeof trans.addEventListener === 'function') trans.addEventListener('complete', bump);
      else bump();
      return table.mutate(req);
    },
  };
}

/**
 * The middleware, for `db.use(...)`.
 *
 * @param db - The database it is installed on (for the change counter).
 * @return A DBCore middleware.
 */
export function libraryIndex(db: Dexie): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'pressmark-library-index',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name === 'annotations') return counted(db, annotationsTable(table));
        return name === 'pages' ? counted(db, table) : table;
      },
    }),
  };
}
