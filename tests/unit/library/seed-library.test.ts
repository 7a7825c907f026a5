import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { seedReleases } from '../../../lib/library/seed-library';
import { openDb } from '../../../lib/store/db';
import { libraryCounts } from '../../../lib/store/library-releases';
import { seedLibrary } from '../../../lib/store/library-seed';

const spec = { releases: 40, annotations: 2_000, seed: 7 };

describe('the benchmark’s synthetic library', () => {
  it('is the same for the same seed, and spreads annotations over releases', () => {
    const a = [...seedReleases(spec)];
    const b = [...seedReleases(spec)];
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.reduce((n, r) => n + r.annotations.length, 0)).toBe(2_000);
    expect(new Set(a.flatMap((r) => r.annotations.map((x) => x.id))).size).toBe(2_000);
  });

  it('mixes kinds, review states, deadlines and languages like a real library', () => {
    const all = [...seedReleases(spec)].flatMap((r) => r.annotations);
    const share = (test: (a: (typeof all)[number]) => boolean) =>
      all.filter(test).length / all.length;
    expect(share((a) => a.kind === 'organization')).toBeCloseTo(0.4, 1);
    expect(share((a) => a.kind === 'commitment')).toBeCloseTo(0.3, 1);
    expect(share((a) => a.kind === 'note')).toBeCloseTo(0.3, 1);
    expect(share((a) => a.review === 'dismissed')).toBeGreaterThan(0.03);
    expect(share((a) => a.deleted !== undefined)).toBeGreaterThan(0);
    expect(all.some((a) => a.detection?.deadline && a.detection.deadline < '2026')).toBe(true);
    expect(new Set([...seedReleases(spec)].map((r) => r.page.lang))).toEqual(
      new Set(['en', 'de', 'zh']),
    );
  });

  it('is written in batches and indexed like any other record', async () => {
    const db = openDb('seed-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await seedLibrary(db, spec)).toEqual({ releases: 40, annotations: 2_000 });
    const counts = await libraryCounts(db);
    expect(counts.records).toBe(2_000);
    expect(counts.annotations).toBeGreaterThan(1_500);
  });
});
