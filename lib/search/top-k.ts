/**
 * The k first items in `compare` order without sorting them all: a bounded max-heap, O(n log k). Equal items come in
 * no particular order, so a caller that pages through results gives `compare` a total order (an index as last key).
 */
export function nearest<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return [...items].sort(compare).slice(0, k);
  const heap: T[] = [];
  const swap = (a: number, b: number) => {
    const tmp = heap[a]!;
    heap[a] = heap[b]!;
    heap[b] = tmp;
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let c = heap.length - 1; c > 0;) {
        const parent = (c - 1) >> 1;
        if (compare(heap[c]!, heap[parent]!) <= 0) break;
        swap(c, parent);
        c = parent;
      }
    } else if (compare(item, heap[0]!) < 0) {
      heap[0] = item;
      for (let p = 0; ;) {
        const l = 2 * p + 1;
        const r = l + 1;
        let largest = p;
        if (l < heap.length && compare(heap[l]!, heap[largest]!) > 0) largest = l;
        if (r < heap.length && compare(heap[r]!, heap[largest]!) > 0) largest = r;
        if (largest === p) break;
        swap(p, largest);
        p = largest;
      }
    }
  }
  return heap.sort(compare);
}
