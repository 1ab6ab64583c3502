import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { haversineKm } from '../geo/distance';

export interface IndexedPoint {
  id: string;
  lat: number;
  lon: number;
}

export interface Nearest {
  id: string;
  km: number;
}

/** A spatial index (kdbush + geokdbush) over points, for nearest-point and within-radius queries in straight line. */
export class PointIndex<T extends IndexedPoint = IndexedPoint> {
  readonly points: readonly T[];
  private readonly index: KDBush | null;

  constructor(points: readonly T[]) {
    this.points = points;
    if (points.length === 0) {
      this.index = null;
      return;
    }
    const index = new KDBush(points.length);
    for (const point of points) index.add(point.lon, point.lat);
    this.index = index.finish();
  }

  get size(): number {
    return this.points.length;
  }

  /** The `count` nearest points, closest first (great-circle km); none when the index is empty. */
  nearest(lat: number, lon: number, count = 1, maxKm = Infinity): Nearest[] {
    if (!this.index) return [];
    return around(this.index, lon, lat, count, maxKm).map((i) => {
      const point = this.points[i]!;
      return { id: point.id, km: haversineKm(lat, lon, point.lat, point.lon) };
    });
  }

  /** Every point within `km`, closest first. */
  within(lat: number, lon: number, km: number): Nearest[] {
    return this.nearest(lat, lon, Infinity, km).filter((hit) => hit.km <= km);
  }
}
