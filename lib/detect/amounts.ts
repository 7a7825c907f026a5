/**
 * Money, capacity and percentage figures: "7,3 Milliarden Euro",
 * "US$1.1 billion", "120亿元", "40 GWh", "40%", "1,500 diesel trucks".
 */
import type { Amount } from '../model';
import type { CompiledRules } from './compiled';
import { parseLocaleNumber } from './numbers';
import type { Span } from './types';

/** An amount with where it was found. */
export interface FoundAmount extends Amount {
  start: number;
  end: number;
  /** True for money (the unit is a currency code). */
  money: boolean;
}

/**
 * Finds every amount in a stretch of text.
 *
 * @param text - the article text
 * @param span - the stretch to search (a sentence or clause)
 * @param compiled - the language's compiled patterns
 * @return amounts in order of appearance, without overlaps
 */
export function findAmounts(text: string, span: Span, compiled: CompiledRules): FoundAmount[] {
  const slice = text.slice(span.start, span.end);
  const found: FoundAmount[] = [];
  const { before, after, unit } = compiled.amount;
  // Money first: a currency beside a number decides what the number means.
  for (const re of [before, after, unit]) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const g = m.groups ?? {};
      const value = parseLocaleNumber(g.num ?? '', compiled.rules);
      if (value === null) continue;
      const start = span.start + m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const scale = g.scale ? (compiled.scaleOf.get(g.scale) ?? 1) : 1;
      const currency = g.cur ? compiled.currencyOf.get(g.cur) : undefined;
      const unitName = g.unit ? compiled.unitOf.get(g.unit) : undefined;
      const name = currency ?? unitName;
      if (!name) continue;
      // A bare year followed by a unit word ("2026 jobs") is rarely an amount.
      if (!currency && !g.scale && /^(?:19|20)\d{2}$/.test(g.num ?? '') && name !== '%') continue;
      found.push({
        value: roundValue(value * scale),
        unit: name,
        text: m[0],
        start,
        end,
        money: currency !== undefined,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The amount a commitment is about: the first sum of money, else the first figure.
 *
 * @param amounts - amounts found in the commitment
 * @return the chosen amount without position, or undefined
 */
export function mainAmount(amounts: readonly FoundAmount[]): Amount | undefined {
  const chosen = amounts.find((a) => a.money) ?? amounts[0];
  return chosen ? { value: chosen.value, unit: chosen.unit, text: chosen.text } : undefined;
}

/** Removes floating-point noise: 7.3 * 1e9 is 7300000000.000001 otherwise. */
function roundValue(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}
