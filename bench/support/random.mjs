/**
 * A seeded generator (a linear congruential one), so every run, and both databases, get the
 * same generated data: figures from two runs describe the same rows.
 */
export function seededRandom(seed) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}
