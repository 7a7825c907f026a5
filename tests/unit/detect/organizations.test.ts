import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { organizationCases } from './organizations-cases';

const orgs = (text: string, lang: string) => detect({ text, lang }, { commitments: false });

describe('organization mentions', () => {
  for (const c of organizationCases) {
    it(`works for case: ${c.name}`, () => {
      const found = orgs(c.text, c.lang);
      if (c.mentions) expect(found.map((d) => d.exact)).toEqual(c.mentions);
      for (const inc of c.includes ?? []) {
        const hit = found.find((d) => d.exact === inc.exact);
        expect(hit, inc.exact).toBeDefined();
        if (inc.entity) expect(hit?.entity).toBe(inc.entity);
      }
      for (const exc of c.excludes ?? []) expect(found.map((d) => d.exact)).not.toContain(exc);
    });
  }

  it('finds watch-list names and maps every alias to the entry', () => {
    const text = 'Northwind said NW Traders will expand. northwind traders agreed.';
    const found = detect(
      { text, lang: 'en' },
      {
        commitments: false,
        watchList: [{ name: 'Northwind Traders', aliases: ['Northwind', 'NW Traders'] }],
      },
    );
    expect(found.map((d) => [d.exact, d.entity, d.rule])).toEqual([
      ['Northwind', 'Northwind Traders', 'org:watch-list'],
      ['NW Traders', 'Northwind Traders', 'org:watch-list'],
      ['northwind traders', 'Northwind Traders', 'org:watch-list'],
    ]);
  });

  it('can be switched off', () => {
    expect(
      detect({ text: 'Acme GmbH wird bauen.', lang: 'de' }, { organizations: false }).some(
        (d) => d.kind === 'organization',
      ),
    ).toBe(false);
  });
});
