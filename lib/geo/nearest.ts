/**
 * Nearest points among many (100,000 and more) with a spatial index: kdbush over longitude/latitude and geokdbush's
 * great-circle k-nearest search, which visits points in order of distance and stops after the k-th accepted one,
 * instead of measuring every candidate and selecting the k smallest. lib/planning/nearest.ts indexes objects for the
 * planning views; this one indexes the search index's coordinate arrays by position.
 */
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { haversineKm } from './distance';

export interface NearHit {
  /** position in the indexed arrays */
  i: number;
  /** great-circle km (lib/geo/distance.ts) */
  d: number;
}

export class SpatialIndex {
  private readonly tree: KDBush | null;

  constructor(
    readonly lat: Float64Array,
    readonly lon: Float64Array,
  ) {
    if (lat.length === 0) {
      this.tree = null;
      return;
    }
    const tree = new KDBush(lat.length);
    for (let i = 0; i < lat.length; i++) tree.add(lon[i]!, lat[i]!);
    this.tree = tree.finish();
  }

  get size(): number {
    return this.lat.length;
  }

  /**
   * The `k` first points in `compare` order among those `accept` keeps, within `maxKm` of (lat, lon), where `compare`
   * orders by distance first (ties broken any way it likes). Exactly what sorting every accepted point would give:
   * after the k nearest, every accepted point at the k-th distance is gathered too, so ties are broken by `compare`.
   */
  nearest(
    lat: number,
    lon: number,
    k: number,
    accept: (i: number, d: number) => boolean,
    compare: (a: NearHit, b: NearHit) => number,
    maxKm = Infinity,
  ): NearHit[] {
    if (!this.tree || k <= 0) return [];
    const distance = (i: number) => haversineKm(lat, lon, this.lat[i]!, this.lon[i]!);
    const predicate = (i: number) => accept(i, distance(i));
    const first = around(this.tree, lon, lat, k, maxKm, predicate);
    if (first.length < k) return first.map((i) => ({ i, d: distance(i) })).sort(compare);
    // geokdbush and haversineKm differ only by the Earth's radius and rounding: widen a hair to catch every tie.
    const kth = distance(first[first.length - 1]!);
    const reach = Math.min(maxKm, kth * (1 + 1e-9) + 1e-9);
    return around(this.tree, lon, lat, Infinity, reach * (6371 / 6371.0088) * (1 + 1e-9) + 1e-9, predicate)
      .map((i) => ({ i, d: distance(i) }))
      .filter((hit) => hit.d <= reach)
      .sort(compare)
      .slice(0, k);
  }
}

const built = new WeakMap<Float64Array, SpatialIndex>();

/** The spatial index over these coordinate arrays, built on first use and kept as long as the arrays live. */
export function spatialIndexFor(lat: Float64Array, lon: Float64Array): SpatialIndex {
  let index = built.get(lat);
  if (!index || index.lon !== lon) {
    index = new SpatialIndex(lat, lon);
    built.set(lat, index);
  }
  return index;
}
