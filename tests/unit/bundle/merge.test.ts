import { describe, expect, it } from 'vitest';
import {
  createBundle,
  type MergePlan,
  mergeRecords,
  parseBundle,
  planMerge,
} from '../../../lib/bundle';
import type { Annotation } from '../../../lib/model';
import { mergeCases } from './merge-cases';
import { at, commitment, ids, note, organization, page } from './records';

const withoutHistory = ({ history: _, ...version }: Annotation) => version;

/** Writes a plan's changed results into a store, as the importer would. */
function apply(store: readonly Annotation[], plan: MergePlan): Annotation[] {
  const byId = new Map(store.map((a) => [a.id, a]));
  for (const item of plan.items) if (item.changed) byId.set(item.id, item.result);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Exports a store as a bundle file and reads it back, as a colleague would receive it. */
function viaFile(store: readonly Annotation[], author: string): Annotation[] {
  const file = createBundle({
    annotations: store,
    pages: [page()],
    author,
    now: at(59),
    label: 'All annotations',
    id: '00000000-0000-4000-8000-000000000000',
  });
  const parsed = parseBundle(JSON.stringify(file));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value.annotations;
}

describe('planMerge', () => {
  for (const [name, c] of Object.entries(mergeCases)) {
    it(`works for case: ${name}`, () => {
      const plan = planMerge(c.local ? [c.local] : [], [c.incoming]);
      expect(plan.items).toHaveLength(1);
      const [item] = plan.items;
      expect(item?.status).toBe(c.status);
      expect(withoutHistory(item!.result)).toEqual(c.current);
      expect(item?.result.history ?? []).toEqual(c.history);
      expect(plan.counts[c.status]).toBe(1);
    });
  }

  for (const [name, c] of Object.entries(mergeCases)) {
    it(`is idempotent for case: ${name}`, () => {
      const once = apply(
        c.local ? [c.local] : [],
        planMerge(c.local ? [c.local] : [], [c.incoming]),
      );
      const again = planMerge(once, [c.incoming]);
      expect(again.counts).toEqual({ new: 0, updated: 0, unchanged: 1, conflicting: 0 });
      expect(again.items.every((item) => !item.changed)).toBe(true);
    });
  }

  for (const [name, c] of Object.entries(mergeCases)) {
    if (!c.local) continue;
    it(`converges whichever side merges, case: ${name}`, () => {
      const ours = planMerge([c.local!], [c.incoming]).items[0]?.result;
      const theirs = planMerge([c.incoming], [c.local!]).items[0]?.result;
      expect(ours).toEqual(theirs);
    });
  }

  it('resolves a conflicting edit the same way in both import orders', () => {
    const a = note({ note: 'A', updated: at(10) });
    const b = note({ note: 'B', updated: at(10) });
    const aThenB = planMerge([a], [b]).items[0]!;
    const bThenA = planMerge([b], [a]).items[0]!;
    expect([aThenB.status, bThenA.status]).toEqual(['conflicting', 'conflicting']);
    expect(aThenB.result).toEqual(bThenA.result);
    expect(aThenB.result.history).toHaveLength(1);
  });

  it('merges three copies to the same record in any grouping', () => {
    const x = note({ note: 'x', updated: at(1) });
    const y = note({ note: 'y', updated: at(2), history: [note({ note: 'old', updated: at(0) })] });
    const z = note({ deleted: at(3), updated: at(3) });
    const left = mergeRecords(mergeRecords(x, y), z);
    const right = mergeRecords(x, mergeRecords(z, y));
    expect(left).toEqual(right);
    expect(left.deleted).toBe(at(3));
    expect(left.history?.map((v) => v.note)).toEqual(['old', 'x', 'y']);
  });

  it('merges records repeated under one id in a bundle instead of dropping one', () => {
    const plan = planMerge(
      [],
      [note({ note: 'first', updated: at(1) }), note({ note: 'second', updated: at(2) })],
    );
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]?.result.note).toBe('second');
    expect(plan.items[0]?.result.history?.map((v) => v.note)).toEqual(['first']);
  });

  it('reports one item per incoming id, in bundle order, with counts', () => {
    const local = [note({ note: 'ours', updated: at(10) }), organization()];
    const incoming = [
      organization(),
      note({ note: 'theirs', updated: at(20) }),
      commitment(),
      note({ id: ids.other, note: 'older', updated: at(0) }),
    ];
    const plan = planMerge([...local, note({ id: ids.other, updated: at(5) })], incoming);
    expect(plan.items.map((i) => [i.id, i.status])).toEqual([
      [ids.org, 'unchanged'],
      [ids.note, 'updated'],
      [ids.commitment, 'new'],
      [ids.other, 'conflicting'],
    ]);
    expect(plan.counts).toEqual({ new: 1, updated: 1, unchanged: 1, conflicting: 1 });
  });

  it('needs no clock: the same inputs give the same plan', () => {
    const local = [note({ note: 'ours', updated: at(10) })];
    const incoming = [note({ note: 'theirs', updated: at(10) })];
    expect(planMerge(local, incoming)).toEqual(planMerge(local, incoming));
  });
});

describe('two people exchanging bundles', () => {
  // Alice and Bob start from one shared note, then work apart.
  const shared = note();
  const alice = [
    note({ note: 'Alice: ask for the permit.', updated: at(10) }),
    organization({ review: 'accepted', updated: at(12) }),
  ];
  const bob = [
    note({ note: 'Bob: compare with 2024.', updated: at(11), history: [shared] }),
    organization({ deleted: at(15), updated: at(15) }),
    commitment({ creator: 'Bob' }),
  ];

  it('ends with the same records on both sides, tombstones and history included', () => {
    const aliceAfter = apply(alice, planMerge(alice, viaFile(bob, 'Bob')));
    const bobAfter = apply(bob, planMerge(bob, viaFile(alice, 'Alice')));
    expect(aliceAfter).toEqual(bobAfter);
    const byId = new Map(aliceAfter.map((a) => [a.id, a]));
    expect(byId.get(ids.note)?.note).toBe('Bob: compare with 2024.');
    expect(byId.get(ids.note)?.history?.map((v) => v.note)).toEqual([
      shared.note,
      'Alice: ask for the permit.',
    ]);
    expect(byId.get(ids.org)?.deleted).toBe(at(15));
    expect(byId.get(ids.commitment)?.creator).toBe('Bob');
  });

  it('changes nothing when the same bundle is imported a second time', () => {
    const incoming = viaFile(bob, 'Bob');
    const once = apply(alice, planMerge(alice, incoming));
    const second = planMerge(once, incoming);
    expect(second.counts).toEqual({ new: 0, updated: 0, unchanged: 3, conflicting: 0 });
    expect(apply(once, second)).toEqual(once);
  });
});
