import type { Selector } from '../model';
import type { AnchorResult, MatchOptions } from './anchor-result';
import { matchQuote } from './match-quote';

/** One annotation to re-anchor. */
export interface AnchorItem<Id> {
  id: Id;
  selectors: readonly Selector[];
}

/** Options for `anchorAllAsync`. */
export interface AnchorAllAsyncOptions extends MatchOptions {
  /**
   * Milliseconds of matching between yields to the event loop. Default 16,
   * one frame: shorter keeps scrolling smoother but loses more time to timer
   * clamping (browsers delay nested `setTimeout(0)` by ~4 ms).
   */
  yieldEvery?: number;
  /** Stops the work: the generator throws the signal's reason at its next step. */
  signal?: AbortSignal;
  /** How to yield; default a `setTimeout(0)` promise. Pass a fake in tests. */
  yieldFn?: () => Promise<unknown>;
  /** Clock in milliseconds; default `performance.now`. Pass a fake in tests. */
  now?: () => number;
}

/**
 * Re-anchors every annotation of a page in one synchronous pass.
 *
 * @param text - The normalised article text.
 * @param items - Annotations (id and selectors).
 * @param options - Work bounds.
 * @return Each id's result, in input order.
 */
export function anchorAll<Id>(
  text: string,
  items: Iterable<AnchorItem<Id>>,
  options: MatchOptions = {},
): Map<Id, AnchorResult> {
  const results = new Map<Id, AnchorResult>();
  for (const item of items) results.set(item.id, matchQuote(text, item.selectors, options));
  return results;
}

/**
 * Re-anchors annotations one by one, yielding to the event loop every
 * `yieldEvery` ms so a page full of orphans (the slow case: each costs a full
 * approximate scan) never freezes the tab.
 *
 * @param text - The normalised article text.
 * @param items - Annotations (id and selectors).
 * @param options - Yield interval, abort signal, injectable yield and clock.
 * @return An async generator of `{ id, result }`, in input order.
 */
export async function* anchorAllAsync<Id>(
  text: string,
  items: Iterable<AnchorItem<Id>>,
  options: AnchorAllAsyncOptions = {},
): AsyncGenerator<{ id: Id; result: AnchorResult }, void, undefined> {
  const yieldEvery = options.yieldEvery ?? 16;
  const yieldFn = options.yieldFn ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const now = options.now ?? (() => performance.now());
  let sliceStart = now();
  for (const item of items) {
    options.signal?.throwIfAborted();
    yield { id: item.id, result: matchQuote(text, item.selectors, options) };
    if (now() - sliceStart >= yieldEvery) {
      await yieldFn();
      sliceStart = now();
    }
  }
}
