/**
 * The library's derived index fields in the store: written on every write
 * path, never seen by readers, filled in by the version 2 upgrade.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBundle, parseBundle } from '../../../lib/bundle';
import { patchAnnotation, saveAnnotation, setDeleted } from '../../../lib/store/annotations';
import { openDb, type PressmarkDb } from '../../../lib/store/db';
import { applyImport, previewImport } from '../../../lib/store/import-bundle';
import { exportAllBatch } from '../../../lib/store/library-export';
import { searchRecords } from '../../../lib/store/search-annotations';
import { syncDetections } from '../../../lib/store/sync-detections';
import { organization, record, release, T0 } from './records';

const T1 = '2026-11-27T10:00:00.000Z';
let idb: IDBFactory;
let db: PressmarkDb;
beforeEach(() => {
  idb = new IDBFactory();
  db = openDb('library-index-test', { indexedDB: idb, IDBKeyRange });
});

const found = async (text: string) =>
  (await searchRecords(db, text, null, 50)).annotations.map((a) => a.id).sort();
const hasDerived = (value: object) => ['words', 'live', 'org'].some((k) => k in value);

describe('derived index fields', () => {
  it('are written without touching the caller’s object, and hidden from every read', async () => {
    const a = record('a1', 'p1', { note: 'Framework only' });
    await saveAnnotation(db, a);
    expect(hasDerived(a)).toBe(false);
    expect(await db.annotations.where('words').equals('framework').count()).toBe(1);
    const reads = [
      await db.annotations.get('a1'),
      ...(await db.annotations.bulkGet(['a1'])),
      ...(await db.annotations.toArray()),
      ...(await db.annotations.where('pageId').equals('p1').toArray()),
      ...(await db.annotations.filter(() => true).toArray()), // cursor path
      await db.annotations.where('pageId').equals('p1').first(),
    ];
    for (const read of reads) expect(read).toEqual(a);
  });

  it('follow patches, deletions and undo', async () => {
    await saveAnnotation(db, record('a1', 'p1', { note: 'old words' }));
    await patchAnnotation(db, 'a1', { note: 'new thinking' }, T1);
    expect(await found('old')).toEqual([]);
    expect(await found('thinking')).toEqual(['a1']);
    await setDeleted(db, 'a1', true, T1);
    expect(await found('thinking')).toEqual([]);
    expect(await db.annotations.where('[pageId+live]').equals(['p1', 'note']).count()).toBe(0);
    await setDeleted(db, 'a1', false, T1);
    expect(await found('thinking')).toEqual(['a1']);
  });

  it('follow detection syncs and Dexie’s own update()', async () => {
    await syncDetections(db, 'p1', [organization('o1', 'p1', 'Nordvolt AB')], T0);
    expect(await db.annotations.orderBy('org').keys()).toEqual([
      ['nordvolt ab', 'Nordvolt AB', 'p1', 'Nordvolt AB'],
    ]);
    await db.annotations.update('o1', { review: 'dismissed' });
    expect(await db.annotations.orderBy('org').keys()).toEqual([]);
    expect(await db.annotations.get('o1')).toMatchObject({ review: 'dismissed' });
  });

  it('are filled in for existing records by the version 2 upgrade', async () => {
    const v1 = new Dexie('library-upgrade-test', { indexedDB: idb, IDBKeyRange });
    v1.version(1).stores({
      annotations: 'id, pageId, updated, kind, *tags',
      pages: 'id, *aliases, lastSeen',
    });
    await v1
      .table('annotations')
      .bulkPut([
        record('a1', 'p1', { note: 'Gigafactory in Debrecen' }),
        organization('o1', 'p1', 'CATL'),
      ]);
    v1.close();
    db = openDb('library-upgrade-test', { indexedDB: idb, IDBKeyRange });
    expect(await found('debrecen')).toEqual(['a1']);
    expect(await db.annotations.where('[pageId+live]').equals(['p1', 'organization']).count()).toBe(
      1,
    );
    expect(hasDerived((await db.annotations.get('a1'))!)).toBe(false);
  });

  it('never make a re-imported backup look changed', async () => {
    await db.pages.put(release('p1'));
    await saveAnnotation(db, record('a1', 'p1', { note: 'kept', history: [record('a1', 'p1')] }));
    await saveAnnotation(db, { ...record('a2', 'p1'), deleted: T1 });
    await saveAnnotation(db, organization('o1', 'p1', 'CATL'));
    const batch = await exportAllBatch(db, { after: null, limit: 50, withDeleted: true });
    const file = createBundle({ ...batch, author: null, now: T1, label: 'backup' });
    const bundle = parseBundle(JSON.stringify(file));
    if (!bundle.ok) throw new Error(bundle.error);
    const preview = await previewImport(db, bundle.value);
    expect(preview.annotations).toEqual({ new: 0, updated: 0, unchanged: 3, conflicting: 0 });
    // Imported elsewhere, the records are indexed there too.
    const other = openDb('library-other', { indexedDB: idb, IDBKeyRange });
    await applyImport(other, bundle.value);
    expect((await searchRecords(other, 'kept', null, 10)).annotations.map((a) => a.id)).toEqual([
      'a1',
    ]);
  });
});
