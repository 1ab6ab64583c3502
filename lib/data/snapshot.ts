import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Snapshot, type Organization, type Place, type ServiceAtLocation, type ServicePoint, type OfferedService } from '../model/schema';

/** data/build relative to this file (lib/data → repo root). */
export const DEFAULT_BUILD_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'build');

export interface LoadedSnapshot {
  snapshot: Snapshot;
  pointById: Map<string, ServicePoint>;
  pointBySlug: Map<string, ServicePoint>;
  organizationById: Map<string, Organization>;
  serviceById: Map<string, OfferedService>;
  placeById: Map<string, Place>;
  servicesAtLocationByLocation: Map<string, ServiceAtLocation[]>;
  servicesAtLocationByService: Map<string, ServiceAtLocation[]>;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function indexSnapshot(snapshot: Snapshot): LoadedSnapshot {
  return {
    snapshot,
    pointById: new Map(snapshot.servicePoints.map((p) => [p.id, p])),
    pointBySlug: new Map(snapshot.servicePoints.map((p) => [p.slug, p])),
    organizationById: new Map(snapshot.organizations.map((o) => [o.id, o])),
    serviceById: new Map(snapshot.services.map((s) => [s.id, s])),
    placeById: new Map(snapshot.places.map((p) => [p.id, p])),
    servicesAtLocationByLocation: groupBy(snapshot.servicesAtLocations, (s) => s.locationId),
    servicesAtLocationByService: groupBy(snapshot.servicesAtLocations, (s) => s.serviceId),
  };
}

/**
 * Loads and validates a snapshot. `path` may be a snapshot file or a build directory (then its current.json
 * pointer is followed); default: data/build.
 */
export function loadSnapshot(path: string = DEFAULT_BUILD_DIR): LoadedSnapshot {
  const file = path.endsWith('.json') && !path.endsWith('current.json') ? path : resolvePointer(path);
  const snapshot = Snapshot.parse(JSON.parse(readFileSync(file, 'utf8')));
  return indexSnapshot(snapshot);
}

function resolvePointer(path: string): string {
  const pointerPath = path.endsWith('current.json') ? path : join(path, 'current.json');
  const pointer = JSON.parse(readFileSync(pointerPath, 'utf8')) as { snapshot?: unknown };
  if (typeof pointer.snapshot !== 'string') throw new Error(`${pointerPath}: no "snapshot" file name`);
  return join(dirname(pointerPath), pointer.snapshot);
}
