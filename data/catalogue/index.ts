import type { CuratedCatalogueInput } from '../../lib/model/catalogue';
import { inventoryOrganizations } from './inventory';
import { catalogueJurisdictions } from './jurisdictions';
import { catalogueLifeEvents } from './life-events';
import { catalogueOrganizations } from './organizations';
import { nationalOrganizations } from './organizations-national';
import { federalServices } from './services-federal';
import { torontoServices, vancouverServices } from './services-municipal';
import { britishColumbiaServices, ontarioServices } from './services-provincial';
import { nationalProvincialServices } from './services-provincial-national';
import { catalogueSources } from './sources';
import { inventorySources } from './sources-inventory';
import { nationalSources } from './sources-national';

/** Bump when entries change, so clients and caches can tell catalogues apart. */
export const CATALOGUE_VERSION = '2026.11.29.1';

/**
 * The written part of the catalogue. The VAC Benefits Directory and the GC Service Inventory are imported from their
 * data files when the data is built (scripts/import-catalogue.ts), and lib/catalogue joins them to these entries.
 */
export const curatedCatalogue: CuratedCatalogueInput = {
  version: CATALOGUE_VERSION,
  sources: [...catalogueSources, ...nationalSources, ...inventorySources],
  organizations: [...catalogueOrganizations, ...nationalOrganizations, ...inventoryOrganizations],
  lifeEvents: catalogueLifeEvents,
  federalServices,
  otherServices: [...ontarioServices, ...britishColumbiaServices, ...nationalProvincialServices, ...torontoServices, ...vancouverServices],
  jurisdictions: catalogueJurisdictions,
};
