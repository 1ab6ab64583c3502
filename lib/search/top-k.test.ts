import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seeded-random';
import { nearest } from './top-k';

const ascending = (a: number, b: number) => a - b;

function randomNumbers(count: number, seed: number, range = 1000): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => Math.floor(random() * range));
}

describe('nearest (top k)', () => {
  it('gives the k smallest in order, on the heap path (many items) as on the sort path (few)', () => {
    for (const [count, k] of [
      [10, 3],
      [1000, 7],
      [5000, 50],
      [257, 64],
    ] as const) {
      const items = randomNumbers(count, count * 31 + k);
      expect(nearest(items, k, ascending), `${count} items, k ${k}`).toEqual([...items].sort(ascending).slice(0, k));
    }
  });

  it('follows the comparator: largest first with a reversed one, by a key with objects', () => {
    const items = randomNumbers(2000, 7);
    expect(nearest(items, 5, (a, b) => b - a)).toEqual([...items].sort((a, b) => b - a).slice(0, 5));
    const objects = items.map((d, i) => ({ i, d }));
    const byDistanceThenIndex = (a: { i: number; d: number }, b: { i: number; d: number }) => a.d - b.d || a.i - b.i;
    expect(nearest(objects, 20, byDistanceThenIndex)).toEqual([...objects].sort(byDistanceThenIndex).slice(0, 20));
  });

  it('with a total order, a shorter answer is the start of a longer one (pages never overlap)', () => {
    const objects = randomNumbers(3000, 11, 20).map((d, i) => ({ i, d }));
    const total = (a: { i: number; d: number }, b: { i: number; d: number }) => a.d - b.d || a.i - b.i;
    const hundred = nearest(objects, 100, total);
    expect(nearest(objects, 40, total)).toEqual(hundred.slice(0, 40));
  });

  it('gives everything in order when k is the number of items or more, and nothing for k ≤ 0 or no items', () => {
    expect(nearest([3, 1, 2], 3, ascending)).toEqual([1, 2, 3]);
    expect(nearest([3, 1, 2], 10, ascending)).toEqual([1, 2, 3]);
    expect(nearest([3, 1, 2], 0, ascending)).toEqual([]);
    expect(nearest([3, 1, 2], -1, ascending)).toEqual([]);
    expect(nearest([], 5, ascending)).toEqual([]);
  });

  it('does not change the items given', () => {
    const items = randomNumbers(500, 3);
    const copy = [...items];
    nearest(items, 10, ascending);
    expect(items).toEqual(copy);
  });
});
