/**
 * Deterministic PRNG (Park–Miller minimal standard): the same seed gives the
 * same test data on every run and machine, so a failure always reproduces.
 *
 * @param seed - Positive integer below 2^31 - 1.
 * @return A function giving the next number in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}
