import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attachInventory, importServiceInventory, INVENTORY_FILE, withoutTakenAbbreviations } from '../../lib/catalogue/inventory-import';
import { INVENTORY_SOURCE_FOLDER, type CatalogueInput } from '../../lib/catalogue/schema';
import { importVacBenefits } from '../../lib/catalogue/vac-import';
import vacDirectory from '../sources/federal-vac-benefits-directory/vac_benefits_directory_data.json';
import { INVENTORY_DEPARTMENTS, INVENTORY_MATCHES, inventoryOrganizations } from './inventory';
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
 * Treasury Board's GC Service Inventory, read when the catalogue is built (the server runs from the repository root,
 * like the snapshot it reads from data/build): the base of the federal catalogue, after the curated entries.
 */
export const serviceInventoryImport = importServiceInventory(readFileSync(join(process.cwd(), 'data', 'sources', INVENTORY_SOURCE_FOLDER, INVENTORY_FILE)), {
  departments: INVENTORY_DEPARTMENTS,
  matches: INVENTORY_MATCHES,
});

const knownServices = [
  ...attachInventory([...federalServices, ...importVacBenefits(vacDirectory)], serviceInventoryImport),
  ...ontarioServices,
  ...britishColumbiaServices,
  ...nationalProvincialServices,
  ...torontoServices,
  ...vancouverServices,
];

export const catalogueData: CatalogueInput = {
  version: CATALOGUE_VERSION,
  sources: [...catalogueSources, ...nationalSources, ...inventorySources],
  organizations: [...catalogueOrganizations, ...nationalOrganizations, ...inventoryOrganizations],
  lifeEvents: catalogueLifeEvents,
  services: [
    ...knownServices,
    // every other public-facing federal service, by name, department and official page
    ...withoutTakenAbbreviations(serviceInventoryImport.services, knownServices),
  ],
  jurisdictions: catalogueJurisdictions,
};
