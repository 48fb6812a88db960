/**
 * The fastest of `rounds` runs of `work(round)`, in milliseconds, with the last result.
 * Benchmarks compare a figure with its floor by their best runs: the least disturbed by
 * the machine's other work.
 */
export function best(work, rounds) {
  let fastest = Number.POSITIVE_INFINITY;
  let result;
  for (let round = 0; round < rounds; round += 1) {
    const begun = performance.now();
    result = work(round);
    fastest = Math.min(fastest, performance.now() - begun);
  }
  return { ms: fastest, result };
}
