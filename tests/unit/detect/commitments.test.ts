import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { commitmentCases } from './commitments-cases';

describe('commitments', () => {
  for (const c of commitmentCases) {
    it(`works for case: ${c.name}`, () => {
      const found = detect({ text: c.text, lang: c.lang }, { organizations: false });
      expect(found.map((d) => d.exact.slice(0, 40))).toEqual(
        c.commitments.map(
          (e) =>
            found.find((d) => d.exact.startsWith(e.startsWith))?.exact.slice(0, 40) ?? e.startsWith,
        ),
      );
      for (const e of c.commitments) {
        const d = found.find((x) => x.exact.startsWith(e.startsWith));
        expect(d, e.startsWith).toBeDefined();
        if (e.actor !== undefined) expect(d?.actor, e.startsWith).toBe(e.actor);
        if (e.firmness !== undefined) expect(d?.firmness, e.startsWith).toBe(e.firmness);
        if (e.deadline !== undefined) expect(d?.deadline, e.startsWith).toBe(e.deadline);
        if (e.amount !== undefined)
          expect({ value: d?.amount?.value, unit: d?.amount?.unit }, e.startsWith).toEqual(
            e.amount,
          );
        expect(d?.rule).toMatch(/^commitment:/);
        expect(d?.confidence).toBeGreaterThan(0);
        expect(d?.confidence).toBeLessThanOrEqual(1);
      }
    });
  }
});
