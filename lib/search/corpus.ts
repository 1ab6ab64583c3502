import type { Snapshot } from '../model/schema';
import { deliveryPointsForAll } from '../catalogue/delivery';
import type { CatalogueIndex } from '../catalogue/catalogue';
import { buildSearchIndex, type SearchIndex } from './search-index';
import { locationTypeLabels } from './location-types';

/** The search index for one snapshot and one catalogue: built once, reused for every query. */
export function searchIndexFor(snapshot: Snapshot, catalogue: CatalogueIndex): SearchIndex {
  const delivery = deliveryPointsForAll(catalogue.catalogue.services, snapshot);
  return buildSearchIndex({
    snapshot,
    services: catalogue.catalogue.services,
    lifeEvents: catalogue.catalogue.lifeEvents,
    organizations: catalogue.catalogue.organizations,
    locationTypes: locationTypeLabels(),
    deliveryPointIds: (service) => delivery.get(service.id)?.servicePointIds ?? [],
  });
}
