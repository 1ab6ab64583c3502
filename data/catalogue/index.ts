import type { CatalogueInput } from '../../lib/catalogue/schema';
import { importVacBenefits } from '../../lib/catalogue/vac-import';
import vacDirectory from '../sources/federal-vac-benefits-directory/vac_benefits_directory_data.json';
import { catalogueJurisdictions } from './jurisdictions';
import { catalogueLifeEvents } from './life-events';
import { catalogueOrganizations } from './organizations';
import { nationalOrganizations } from './organizations-national';
import { federalServices } from './services-federal';
import { torontoServices, vancouverServices } from './services-municipal';
import { britishColumbiaServices, ontarioServices } from './services-provincial';
import { nationalProvincialServices } from './services-provincial-national';
import { catalogueSources } from './sources';
import { nationalSources } from './sources-national';

/** Bump when entries change, so clients and caches can tell catalogues apart. */
export const CATALOGUE_VERSION = '2026.11.29';

export const catalogueData: CatalogueInput = {
  version: CATALOGUE_VERSION,
  sources: [...catalogueSources, ...nationalSources],
  organizations: [...catalogueOrganizations, ...nationalOrganizations],
  lifeEvents: catalogueLifeEvents,
  services: [
    ...federalServices,
    ...importVacBenefits(vacDirectory),
    ...ontarioServices,
    ...britishColumbiaServices,
    ...nationalProvincialServices,
    ...torontoServices,
    ...vancouverServices,
  ],
  jurisdictions: catalogueJurisdictions,
};
