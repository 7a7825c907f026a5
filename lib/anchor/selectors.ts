import type { Selector, TextPositionSelector, TextQuoteSelector } from '../model';

/** The selectors the matcher uses, picked out of an annotation's list. */
export interface PickedSelectors {
  /** The first TextQuoteSelector with a non-empty `exact`. */
  quote?: TextQuoteSelector;
  /** The first TextPositionSelector with integer offsets, `start < end`. */
  position?: TextPositionSelector;
}

/**
 * Picks the quote and position selectors out of a stored list, ignoring
 * entries that cannot mean anything (empty quote, non-integer offsets): stored
 * data may come from old versions or other people's bundles.
 *
 * @param selectors - The annotation's selectors, in any order.
 * @return The usable quote and position selectors, each optional.
 */
export function pickSelectors(selectors: readonly Selector[]): PickedSelectors {
  const picked: PickedSelectors = {};
  for (const s of selectors) {
    if (s.type === 'TextQuoteSelector' && !picked.quote && typeof s.exact === 'string' && s.exact) {
      picked.quote = {
        type: s.type,
        exact: s.exact,
        prefix: typeof s.prefix === 'string' ? s.prefix : '',
        suffix: typeof s.suffix === 'string' ? s.suffix : '',
      };
    } else if (
      s.type === 'TextPositionSelector' &&
      !picked.position &&
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= 0 &&
      s.start < s.end
    ) {
      picked.position = s;
    }
  }
  return picked;
}
