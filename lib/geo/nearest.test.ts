import { describe, expect, it } from 'vitest';
import { haversineKm } from './distance';
import { SpatialIndex, type NearHit } from './nearest';
import { seededRandom } from '../testing/seeded-random';

/** Nearest first, then the lower position (a fixed order when distances tie, as the search engine does). */
const byDistance = (a: NearHit, b: NearHit) => a.d - b.d || a.i - b.i;

function brute(index: SpatialIndex, lat: number, lon: number, k: number, accept: (i: number, d: number) => boolean): NearHit[] {
  const hits: NearHit[] = [];
  for (let i = 0; i < index.size; i++) {
    const d = haversineKm(lat, lon, index.lat[i]!, index.lon[i]!);
    if (accept(i, d)) hits.push({ i, d });
  }
  return hits.sort(byDistance).slice(0, k);
}

function canada(count: number, seed: number): SpatialIndex {
  const random = seededRandom(seed);
  const lat = new Float64Array(count);
  const lon = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    // a quarter of the points share a site with the previous one: exact distance ties
    if (i > 0 && random() < 0.25) {
      lat[i] = lat[i - 1]!;
      lon[i] = lon[i - 1]!;
      continue;
    }
    lat[i] = 42 + random() * 20;
    lon[i] = -140 + random() * 80;
  }
  return new SpatialIndex(lat, lon);
}

describe('SpatialIndex (kdbush + geokdbush)', () => {
  const index = canada(5000, 7);

  it('gives exactly what sorting every point would, ties included', () => {
    const random = seededRandom(11);
    for (let q = 0; q < 40; q++) {
      const lat = 43 + random() * 15;
      const lon = -130 + random() * 65;
      const k = 1 + Math.floor(random() * 40);
      const every = (i: number) => i % 3 !== 0;
      expect(index.nearest(lat, lon, k, every, byDistance)).toEqual(brute(index, lat, lon, k, every));
    }
  });

  it('honours a filter that uses the distance, and a radius', () => {
    const near = (_i: number, d: number) => d <= 150;
    const hits = index.nearest(45.42, -75.7, 500, near, byDistance, 150);
    expect(hits).toEqual(brute(index, 45.42, -75.7, 500, near));
    expect(hits.every((hit) => hit.d <= 150)).toBe(true);
  });

  it('returns every accepted point when fewer than k, and nothing from an empty index', () => {
    const rare = (i: number) => i % 1000 === 0;
    expect(index.nearest(50, -100, 100, rare, byDistance)).toEqual(brute(index, 50, -100, 100, rare));
    expect(new SpatialIndex(new Float64Array(0), new Float64Array(0)).nearest(50, -100, 5, () => true, byDistance)).toEqual([]);
    expect(index.nearest(50, -100, 0, () => true, byDistance)).toEqual([]);
  });

  it('is much faster than measuring every point at 100,000 points', () => {
    const large = canada(100_000, 3);
    const all = () => true;
    const time = (run: () => unknown, repetitions: number) => {
      const start = performance.now();
      for (let r = 0; r < repetitions; r++) run();
      return (performance.now() - start) / repetitions;
    };
    time(() => large.nearest(45.5, -73.6, 20, all, byDistance), 5);
    const indexed = time(() => large.nearest(45.5, -73.6, 20, all, byDistance), 20);
    const scanned = time(() => brute(large, 45.5, -73.6, 20, all), 2);
    expect(large.nearest(45.5, -73.6, 20, all, byDistance)).toEqual(brute(large, 45.5, -73.6, 20, all));
    // typically 100× or more; a loose bound, the machine is shared
    expect(indexed * 10).toBeLessThan(scanned);
  });
});
