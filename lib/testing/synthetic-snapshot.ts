import type { ServiceAtLocation, ServicePoint, Snapshot } from '../model/schema';
import { seededRandom } from './seeded-random';

const SEED = 20261122;
/** about ±5 km: clones stay in the same region, so distances and place look-ups stay realistic */
const JITTER_DEGREES = 0.05;

/**
 * A larger snapshot cloned from a real one, for benchmarks and scale tests: copies of the points (new ids, a few km of
 * seeded jitter, same services and features) until there are `targetRecords` service-at-location records.
 */
export function synthesize(snapshot: Snapshot, targetRecords: number): Snapshot {
  const random = seededRandom(SEED);
  const recordsByPoint = new Map<string, ServiceAtLocation[]>();
  for (const record of snapshot.servicesAtLocations)
    recordsByPoint.set(record.locationId, [...(recordsByPoint.get(record.locationId) ?? []), record]);
  const points: ServicePoint[] = [...snapshot.servicePoints];
  const records: ServiceAtLocation[] = [...snapshot.servicesAtLocations];
  for (let copy = 1; records.length < targetRecords; copy++) {
    for (const point of snapshot.servicePoints) {
      const pointRecords = recordsByPoint.get(point.id);
      if (!pointRecords) continue;
      if (records.length >= targetRecords) break;
      const id = `${point.id}~${copy}`;
      const lat = Math.min(83, Math.max(41.7, point.coordinates.lat + (random() * 2 - 1) * JITTER_DEGREES));
      const lon = Math.min(-52.6, Math.max(-141, point.coordinates.lon + (random() * 2 - 1) * JITTER_DEGREES));
      points.push({ ...point, id, slug: `${point.slug}-${copy}`, coordinates: { ...point.coordinates, lat, lon }, sameSiteAs: [] });
      for (const record of pointRecords) records.push({ ...record, id: `${record.id}~${copy}`, locationId: id });
    }
  }
  return { ...snapshot, servicePoints: points, servicesAtLocations: records.slice(0, targetRecords) };
}
