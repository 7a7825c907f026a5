/**
 * A value that follows another after a pause, so typing in a filter asks
 * the background once per pause instead of once per key.
 */
import { useEffect, useState } from 'preact/hooks';

/** Pause after the last key: short enough to feel live, long enough to skip most keys. */
const PAUSE_MS = 250;

/**
 * Debounces a value.
 *
 * @param value - The live value.
 * @return The value as it was at the end of the last pause.
 */
export function useDebounced<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}
