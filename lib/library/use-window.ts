/**
 * A long list shown a window at a time: the first window loads when the
 * inputs change, "More" appends the next. Answers that arrive after the
 * inputs changed again are dropped, so fast typing never shows stale rows.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ListPage } from './protocol';

/** Rows per request: a screenful or two, small enough to render at once. */
export const WINDOW = 50;

/** The list's state and its "More" action. */
export interface WindowState<T> {
  items: T[];
  total: number;
  loading: boolean;
  error: string | null;
  more: () => void;
}

/**
 * Loads a windowed list.
 *
 * @param load - Fetches one window.
 * @param inputs - What the list depends on (a new value reloads from the start).
 * @param mark - A User Timing mark set each time a window is shown, so the
 *   benchmark and the DevTools timeline see when a view was ready.
 * @return Items so far, total, state and `more`.
 */
export function useWindow<T>(
  load: (offset: number, limit: number) => Promise<ListPage<T>>,
  inputs: readonly unknown[],
  mark?: string,
): WindowState<T> {
  const [items, setItems] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const fetchFrom = (offset: number, keep: T[]) => {
    const mine = ++generation.current;
    setLoading(true);
    load(offset, WINDOW).then(
      (page) => {
        if (mine !== generation.current) return;
        setItems([...keep, ...page.items]);
        setTotal(page.total);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (mine !== generation.current) return;
        setError(e instanceof Error ? e.message : String(e));
        setLoading(false);
      },
    );
  };

  // Reloads exactly when the inputs change.
  useEffect(() => fetchFrom(0, []), inputs);
  useEffect(() => {
    if (mark && !loading) performance.mark(mark);
  }, [mark, loading, items]);
  return { items, total, loading, error, more: () => fetchFrom(items.length, items) };
}
