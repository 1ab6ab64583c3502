import { createHash } from 'node:crypto';
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

/** SHA-256 (hex) of a snapshot file's bytes: the build writes it into current.json once the file has passed validation. */
export function snapshotDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Loads a snapshot. `path` may be a snapshot file or a build directory (then its current.json pointer is followed);
 * default: data/build.
 *
 * The build validates the snapshot against the schema before it writes the pointer, and records the file's SHA-256 in
 * it (`sha256`). When the file's bytes still have that digest, it is the file the build validated and parsing it is
 * enough (zod over 9 MB took about a second of the first request's CPU, and a second copy of every object). Any other
 * file — named directly, behind a pointer without a digest, or changed or replaced after the build — is validated in
 * full, and refused if invalid.
 */
export function loadSnapshot(path: string = DEFAULT_BUILD_DIR): LoadedSnapshot {
  const { file, sha256 } = path.endsWith('.json') && !path.endsWith('current.json') ? { file: path, sha256: undefined } : resolvePointer(path);
  const bytes = readFileSync(file);
  const parsed: unknown = JSON.parse(bytes.toString('utf8'));
  const validatedAtBuild = sha256 !== undefined && snapshotDigest(bytes) === sha256;
  return indexSnapshot(validatedAtBuild ? (parsed as Snapshot) : Snapshot.parse(parsed));
}

function resolvePointer(path: string): { file: string; sha256: string | undefined } {
  const pointerPath = path.endsWith('current.json') ? path : join(path, 'current.json');
  const pointer = JSON.parse(readFileSync(pointerPath, 'utf8')) as { snapshot?: unknown; sha256?: unknown };
  if (typeof pointer.snapshot !== 'string') throw new Error(`${pointerPath}: no "snapshot" file name`);
  return { file: join(dirname(pointerPath), pointer.snapshot), sha256: typeof pointer.sha256 === 'string' ? pointer.sha256 : undefined };
}
