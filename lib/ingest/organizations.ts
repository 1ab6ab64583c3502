import type { Organization } from '../model/schema';

/**
 * Organizations several sources refer to, with stable ids. Adapters reuse these objects;
 * the pipeline keeps one organization per id.
 */
export const SERVICE_CANADA: Organization = {
  id: 'gc-service-canada',
  name: { en: 'Service Canada', fr: 'Service Canada' },
  order: 'federal',
  jurisdiction: 'CA',
  url: 'https://www.canada.ca/en/employment-social-development/corporate/portfolio/service-canada.html',
};

/** Accountable for passports and biometrics collection; Service Canada delivers them at its counters. */
export const IRCC: Organization = {
  id: 'gc-ircc',
  name: { en: 'Immigration, Refugees and Citizenship Canada', fr: 'Immigration, Réfugiés et Citoyenneté Canada' },
  order: 'federal',
  jurisdiction: 'CA',
  url: 'https://www.canada.ca/en/immigration-refugees-citizenship.html',
};

export const SERVICEONTARIO: Organization = {
  id: 'on-serviceontario',
  name: { en: 'ServiceOntario', fr: 'ServiceOntario' },
  order: 'provincial',
  jurisdiction: 'ON',
  url: 'https://www.ontario.ca/page/serviceontario',
};

export const SERVICE_BC: Organization = {
  id: 'bc-service-bc',
  name: { en: 'Service BC' },
  order: 'provincial',
  jurisdiction: 'BC',
  url: 'https://www2.gov.bc.ca/gov/content/governments/organizational-structure/ministries-organizations/ministries/citizens-services/servicebc',
};

export const ALBERTA_SUPPORTS: Organization = {
  id: 'ab-alberta-supports',
  name: { en: 'Alberta Supports / Alberta Works' },
  order: 'provincial',
  jurisdiction: 'AB',
  url: 'https://www.alberta.ca/alberta-supports',
};

/** Accountable for veterans' benefits; its area offices are its own counters. Same id as the catalogue's organization. */
export const VETERANS_AFFAIRS_CANADA: Organization = {
  id: 'gc-vac',
  name: { en: 'Veterans Affairs Canada', fr: 'Anciens Combattants Canada' },
  order: 'federal',
  jurisdiction: 'CA',
  url: 'https://www.veterans.gc.ca/',
};
