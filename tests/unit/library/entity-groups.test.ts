import { describe, expect, it } from 'vitest';
import { groupEntities, groupMatches, watchListMap } from '../../../lib/library/entity-groups';
import { groupCases } from './entity-groups-cases';

describe('entity groups', () => {
  for (const c of groupCases) {
    it(`works for case: ${c.name}`, () => {
      const groups = groupEntities(c.mentions, c.watchList);
      expect(
        groups.map(({ name, mentions, releases, names }) => ({ name, mentions, releases, names })),
      ).toEqual(c.groups);
    });
  }

  it('lists every folded name a group merges, to look its mentions up', () => {
    const [catl] = groupEntities(groupCases[2]!.mentions, groupCases[2]!.watchList);
    expect(catl?.folds).toEqual([
      'catl',
      'contemporary amperex technology co., limited',
      '宁德时代新能源科技股份有限公司',
    ]);
  });

  it('lets the first watch-list entry keep an alias two entries share', () => {
    const map = watchListMap([
      { name: 'A', aliases: ['Shared'] },
      { name: 'B', aliases: ['shared'] },
    ]);
    expect(map.get('shared')).toBe('a');
  });

  it('filters groups by any name they go by', () => {
    const [catl] = groupEntities(groupCases[2]!.mentions, groupCases[2]!.watchList);
    expect(groupMatches(catl!, 'amperex')).toBe(true);
    expect(groupMatches(catl!, '宁德')).toBe(true);
    expect(groupMatches(catl!, 'henan')).toBe(false);
    expect(groupMatches(catl!, '')).toBe(true);
    const [quoted] = groupEntities(groupCases[3]!.mentions, []);
    expect(groupMatches(quoted!, 'catl')).toBe(true);
  });
});
