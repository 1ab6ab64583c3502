/**
 * The position of the first value of an ascending list that is not before `word`: where a word's prefix matches begin
 * in a sorted word list, or where a point index would be in a sorted index list.
 */
export function firstAtOrAfter<T extends string | number>(sorted: ArrayLike<T>, word: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
