/**
 * The first index in [0, count) for which `before(index)` is false, for a condition that holds for a
 * prefix of the range and not after it (sorted data): binary search, one implementation for every rule.
 */
export function firstNotBefore(count: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
