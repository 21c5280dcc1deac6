/**
 * Binary searches over what is kept in order: lines and sentences by offset,
 * mentions by start or end, found stems by position. A document may hold
 * thousands of each, and a stage asks once per mention or clause.
 */

/**
 * The first index in `0…length` at which `before(i)` is false, where `before`
 * holds for a prefix of the indexes and not after it (the partition point).
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first number not below `value` in an ascending array (its length if none). */
export function firstAtLeast(sorted: readonly number[], value: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i] < value);
}
