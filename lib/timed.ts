/**
 * Phase timing that benchmarks can read from a real run: each phase is a
 * `performance.measure` named "pressmark:<phase>" (visible to the page's
 * own `performance` in Chromium, and in Node).
 */

/**
 * Runs a phase under a measure.
 *
 * @param phase - Phase name.
 * @param run - The work.
 * @return Its result.
 */
export function timed<T>(phase: string, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    performance.measure(`pressmark:${phase}`, { start, end: performance.now() });
  }
}
