import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { getCatalogue } from '../catalogue/catalogue';
import { deliveryPointsForAll, type DeliveryPoints } from '../catalogue/delivery';
import type { CatalogueService } from '../model/catalogue';
import type { ServicePoint } from '../model/schema';
import { loadSnapshot, type LoadedSnapshot } from './snapshot';
import { processSlot } from './process-slot';

// Bundled server code cannot locate data/ from its own file URL, so the build directory is resolved from the
// working directory, where `next start` runs (or GUICHET_BUILD_DIR).
const buildDir = (): string => process.env.GUICHET_BUILD_DIR ?? join(process.cwd(), 'data', 'build');

const snapshotSlot = processSlot<LoadedSnapshot>('snapshot');
const outlinesSlot = processSlot<FeatureCollection>('province-outlines');
const deliverySlot = processSlot<Map<string, DeliveryPoints>>('catalogue-delivery');
const catalogueServicesSlot = processSlot<Map<string, CatalogueService[]>>('catalogue-services-by-point');

/** The current snapshot, loaded once per server process (pages and route handlers never read raw source files). */
export function getSnapshot(): LoadedSnapshot {
  snapshotSlot.value ??= loadSnapshot(buildDir());
  return snapshotSlot.value;
}

/** Simplified province and territory outlines written by the ingest, for the map when tiles cannot load. */
export function getProvinceOutlines(): FeatureCollection {
  outlinesSlot.value ??= JSON.parse(readFileSync(join(buildDir(), 'provinces.geojson'), 'utf8')) as FeatureCollection;
  return outlinesSlot.value;
}

/** The service point at a page's slug; anything that cannot be a slug finds nothing. */
export function servicePointBySlug(slug: string): ServicePoint | undefined {
  return /^[a-z0-9-]{1,120}$/.test(slug) ? getSnapshot().pointBySlug.get(slug) : undefined;
}

/**
 * Which records and points deliver each catalogue service in person (lib/catalogue/delivery), computed once per
 * process and shared by the search index, the coverage statement and the location pages.
 */
export function catalogueDelivery(): Map<string, DeliveryPoints> {
  deliverySlot.value ??= deliveryPointsForAll(getCatalogue().catalogue.services, getSnapshot().snapshot);
  return deliverySlot.value;
}

/** The catalogue services delivered in person at a service point (lib/catalogue/delivery), in catalogue order. */
export function catalogueServicesAt(pointId: string): CatalogueService[] {
  catalogueServicesSlot.value ??= servicesByPoint(getCatalogue().catalogue.services);
  return catalogueServicesSlot.value.get(pointId) ?? [];
}

function servicesByPoint(services: readonly CatalogueService[]): Map<string, CatalogueService[]> {
  const delivery = catalogueDelivery();
  const byPoint = new Map<string, CatalogueService[]>();
  for (const service of services) {
    for (const pointId of delivery.get(service.id)?.servicePointIds ?? []) {
      const here = byPoint.get(pointId);
      if (here) here.push(service);
      else byPoint.set(pointId, [service]);
    }
  }
  return byPoint;
}
