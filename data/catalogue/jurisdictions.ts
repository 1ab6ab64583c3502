import type { CatalogueJurisdiction } from '../../lib/model/catalogue';

/** `url`: the finder's page in English, or its pages by language when there is a French one (or only a French one). */
const finder = (en: string, fr: string, url: string | { en?: string; fr?: string }, sources: string[]): CatalogueJurisdiction['officeFinder'] => ({
  label: { en, fr },
  url: typeof url === 'string' ? { en: url } : url,
  sources,
});

/** Every province and territory with the official finder of its own offices (validated: all thirteen present). */
export const catalogueJurisdictions: CatalogueJurisdiction[] = [
  { code: 'AB', order: 'provincial', name: { en: 'Alberta', fr: 'Alberta' }, officeFinder: finder('Find an Alberta registry agent', 'Trouver un agent d’immatriculation (registry agent) de l’Alberta', 'https://www.alberta.ca/find-registry-agent', ['ab-find-registry-agent', 'ab-ahcip']) },
  { code: 'BC', order: 'provincial', name: { en: 'British Columbia', fr: 'Colombie-Britannique' }, officeFinder: finder('Service BC locations', 'Centres Service BC', 'https://www2.gov.bc.ca/gov/content/governments/organizational-structure/ministries-organizations/ministries/citizens-services/servicebc', ['bc-service-bc']) },
  { code: 'MB', order: 'provincial', name: { en: 'Manitoba', fr: 'Manitoba' }, officeFinder: finder('Manitoba Public Insurance service centres', 'Centres de service de la Société d’assurance publique du Manitoba', 'https://www.mpi.mb.ca/', ['mb-mpi']) },
  { code: 'NB', order: 'provincial', name: { en: 'New Brunswick', fr: 'Nouveau-Brunswick' }, officeFinder: finder('Service New Brunswick centres', 'Centres de Services Nouveau-Brunswick', 'https://www2.snb.ca/', ['nb-snb-home', 'nb-snb-teleservices']) },
  { code: 'NL', order: 'provincial', name: { en: 'Newfoundland and Labrador', fr: 'Terre-Neuve-et-Labrador' }, officeFinder: finder('Digital Government and Service NL offices', 'Bureaux de Digital Government and Service NL', 'https://www.gov.nl.ca/dgsnl/', ['nl-service-nl']) },
  { code: 'NS', order: 'provincial', name: { en: 'Nova Scotia', fr: 'Nouvelle-Écosse' }, officeFinder: finder('Access Nova Scotia locations', 'Centres Access Nova Scotia', 'https://novascotia.ca/sns/access/locations/locations.asp', ['ns-access-locations']) },
  { code: 'NT', order: 'territorial', name: { en: 'Northwest Territories', fr: 'Territoires du Nord-Ouest' }, officeFinder: finder('Single Window Service Centres (Government Service Officers)', 'Centres de services à guichet unique (agents des services gouvernementaux)', 'https://www.eia.gov.nt.ca/en/priorities/access-government-programs-and-services-through-single-window-service-centres', ['nt-single-window']) },
  { code: 'NU', order: 'territorial', name: { en: 'Nunavut', fr: 'Nunavut' }, officeFinder: finder('Government of Nunavut (Government Liaison Officers in the communities)', 'Gouvernement du Nunavut (agents de liaison dans les collectivités)', 'https://www.gov.nu.ca/', ['nu-government']) },
  { code: 'ON', order: 'provincial', name: { en: 'Ontario', fr: 'Ontario' }, officeFinder: finder('ServiceOntario locations', 'Centres ServiceOntario', 'https://www.ontario.ca/locations/serviceontario/', ['on-serviceontario-locations']) },
  { code: 'PE', order: 'provincial', name: { en: 'Prince Edward Island', fr: 'Île-du-Prince-Édouard' }, officeFinder: finder('Access PEI locations', 'Centres Access PEI', 'https://www.princeedwardisland.ca/en/information/finance/access-pei-locations', ['pe-access-pei']) },
  { code: 'QC', order: 'provincial', name: { en: 'Quebec', fr: 'Québec' }, officeFinder: finder('Services Québec offices (contact Services Québec)', 'Bureaux de Services Québec (nous joindre)', { fr: 'https://quebec.ca/nous-joindre/renseignements-generaux' }, ['qc-services-quebec-phone', 'qc-services-quebec']) },
  { code: 'SK', order: 'provincial', name: { en: 'Saskatchewan', fr: 'Saskatchewan' }, officeFinder: finder('Government of Saskatchewan: contact and offices', 'Gouvernement de la Saskatchewan : coordonnées et bureaux', 'https://www.saskatchewan.ca/contact-us', ['sk-contact']) },
  { code: 'YT', order: 'territorial', name: { en: 'Yukon', fr: 'Yukon' }, officeFinder: finder('Government of Yukon (offices in Whitehorse and territorial agents in the communities)', 'Gouvernement du Yukon (bureaux à Whitehorse et agents territoriaux dans les collectivités)', 'https://yukon.ca/', ['yt-government', 'yt-health-card-news']) },
];
