import { describe, expect, it } from 'vitest';
import { planPageMerge } from '../../../lib/bundle';
import { pageMergeCases } from './page-merge-cases';
import { at, page } from './records';

describe('planPageMerge', () => {
  for (const [name, c] of Object.entries(pageMergeCases)) {
    it(`works for case: ${name}`, () => {
      const [item, ...rest] = planPageMerge(c.local ? [c.local] : [], [c.incoming]);
      expect(rest).toEqual([]);
      expect(item?.status).toBe(c.status);
      expect(item?.result).toEqual({ ...page(), ...c.expected });
    });
  }

  for (const [name, c] of Object.entries(pageMergeCases)) {
    if (!c.local) continue;
    it(`converges whichever side merges, case: ${name}`, () => {
      const { anchoring: _a, ...ours } = planPageMerge([c.local!], [c.incoming])[0]!.result;
      const { anchoring: _b, ...theirs } = planPageMerge([c.incoming], [c.local!])[0]!.result;
      expect(ours).toEqual(theirs);
    });
  }

  it('is idempotent: merging the same page again changes nothing', () => {
    const local = page({ lastSeen: at(1) });
    const incoming = page({ aliases: [page().id, 'https://quantara.example/x'], lastSeen: at(2) });
    const once = planPageMerge([local], [incoming])[0]!.result;
    expect(planPageMerge([once], [incoming])[0]?.status).toBe('unchanged');
  });

  it('merges a page repeated in one bundle instead of dropping one copy', () => {
    const items = planPageMerge(
      [],
      [
        page({ aliases: [page().id, 'https://a.example/1'] }),
        page({ aliases: [page().id, 'https://b.example/2'] }),
      ],
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.result.aliases).toEqual([
      page().id,
      'https://a.example/1',
      'https://b.example/2',
    ]);
  });
});
