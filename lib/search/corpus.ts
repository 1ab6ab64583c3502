import type { Snapshot } from '../model/schema';
import { deliveryPointsForAll, type DeliveryPoints } from '../catalogue/delivery';
import type { CatalogueIndex } from '../catalogue/catalogue';
import { buildSearchIndex, type SearchIndex } from './search-index';
import { locationTypeLabels } from './location-types';

/**
 * The search index for one snapshot and one catalogue: built once, reused for every query. The server passes the
 * delivery map it already holds (lib/data/server.ts); tests let it be computed here.
 */
export function searchIndexFor(
  snapshot: Snapshot,
  catalogue: CatalogueIndex,
  delivery: Map<string, DeliveryPoints> = deliveryPointsForAll(catalogue.catalogue.services, snapshot),
): SearchIndex {
  return buildSearchIndex({
    snapshot,
    services: catalogue.catalogue.services,
    lifeEvents: catalogue.catalogue.lifeEvents,
    organizations: catalogue.catalogue.organizations,
    locationTypes: locationTypeLabels(),
    deliveryPointIds: (service) => delivery.get(service.id)?.servicePointIds ?? [],
  });
}
