import type { CatalogueInput } from '../../lib/catalogue/schema';
import { importVacBenefits } from '../../lib/catalogue/vac-import';
import vacDirectory from '../sources/federal-vac-benefits-directory/vac_benefits_directory_data.json';
import { catalogueLifeEvents } from './life-events';
import { catalogueOrganizations } from './organizations';
import { federalServices } from './services-federal';
import { torontoServices, vancouverServices } from './services-municipal';
import { britishColumbiaServices, ontarioServices } from './services-provincial';
import { catalogueSources } from './sources';

/** Bump when entries change, so clients and caches can tell catalogues apart. */
export const CATALOGUE_VERSION = '2026.11.22';

export const catalogueData: CatalogueInput = {
  version: CATALOGUE_VERSION,
  sources: catalogueSources,
  organizations: catalogueOrganizations,
  lifeEvents: catalogueLifeEvents,
  services: [
    ...federalServices,
    ...importVacBenefits(vacDirectory),
    ...ontarioServices,
    ...britishColumbiaServices,
    ...torontoServices,
    ...vancouverServices,
  ],
};
