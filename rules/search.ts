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

/**
 * `letters` cut into the fewest pieces that are each `isPiece` (none longer than `longest`), or undefined
 * when no cut works: one dynamic programme over the letters, for every rule that splits words typed as one.
 */
export function fewestPieces(letters: string, isPiece: (piece: string) => boolean, longest: number): string[] | undefined {
  const length = letters.length;
  // fewest[i]: the fewest pieces that make letters[0, i); from[i]: where the last of them starts.
  const fewest = new Int32Array(length + 1).fill(-1);
  const from = new Int32Array(length + 1);
  fewest[0] = 0;
  for (let end = 1; end <= length; end++) {
    for (let start = Math.max(0, end - longest); start < end; start++) {
      if (fewest[start]! < 0 || (fewest[end]! >= 0 && fewest[start]! + 1 >= fewest[end]!)) continue;
      if (!isPiece(letters.slice(start, end))) continue;
      fewest[end] = fewest[start]! + 1;
      from[end] = start;
    }
  }
  if (length === 0 || fewest[length]! < 0) return undefined;
  const pieces: string[] = [];
  for (let end = length; end > 0; end = from[end]!) pieces.unshift(letters.slice(from[end]!, end));
  return pieces;
}
