import type { CatalogueOrganization } from '../../lib/model/catalogue';

/** Governments and agencies of the provinces and territories other than Ontario and British Columbia. */
const org = (
  id: string,
  en: string,
  fr: string,
  jurisdiction: string,
  sources: string[],
  order: 'provincial' | 'territorial' = 'provincial',
): CatalogueOrganization => ({ id, name: { en, fr }, order, jurisdiction, sources });

export const nationalOrganizations: CatalogueOrganization[] = [
  org('qc-ramq', 'Régie de l’assurance maladie du Québec (RAMQ)', 'Régie de l’assurance maladie du Québec (RAMQ)', 'QC', ['qc-ramq-card']),
  org('qc-saaq', 'Société de l’assurance automobile du Québec (SAAQ)', 'Société de l’assurance automobile du Québec (SAAQ)', 'QC', ['qc-saaq']),
  org('qc-retraite-quebec', 'Retraite Québec', 'Retraite Québec', 'QC', ['qc-rrq-retired']),
  org('qc-mess', 'Québec Ministère de l’Emploi et de la Solidarité sociale', 'Ministère de l’Emploi et de la Solidarité sociale du Québec', 'QC', ['qc-aide-sociale']),
  org('qc-services-quebec', 'Services Québec', 'Services Québec', 'QC', ['qc-services-quebec']),
  org('qc-mes', 'Québec Ministère de l’Enseignement supérieur', 'Ministère de l’Enseignement supérieur du Québec', 'QC', ['qc-afe']),
  org('qc-etat-civil', 'Directeur de l’état civil du Québec', 'Directeur de l’état civil du Québec', 'QC', ['qc-etat-civil']),
  org('nb-snb', 'Service New Brunswick', 'Services Nouveau-Brunswick', 'NB', ['nb-snb-teleservices']),
  org('nb-health', 'New Brunswick Department of Health (Medicare)', 'Ministère de la Santé du Nouveau-Brunswick (Assurance-maladie)', 'NB', ['nb-medicare-card']),
  org('ns-service-nova-scotia', 'Service Nova Scotia', 'Service Nova Scotia', 'NS', ['ns-access-locations']),
  org('ns-health', 'Nova Scotia Department of Health and Wellness (MSI)', 'Ministère de la Santé et du Mieux-être de la Nouvelle-Écosse (MSI)', 'NS', ['ns-msi']),
  org('pe-government', 'Government of Prince Edward Island', 'Gouvernement de l’Île-du-Prince-Édouard', 'PE', ['pe-health-card']),
  org('nl-service-nl', 'Digital Government and Service NL', 'Digital Government and Service NL', 'NL', ['nl-service-nl']),
  org('nl-health', 'Newfoundland and Labrador Department of Health and Community Services', 'Ministère de la Santé et des Services communautaires de Terre-Neuve-et-Labrador', 'NL', ['nl-mcp']),
  org('mb-government', 'Government of Manitoba', 'Gouvernement du Manitoba', 'MB', ['mb-health-coverage']),
  org('mb-mpi', 'Manitoba Public Insurance', 'Société d’assurance publique du Manitoba', 'MB', ['mb-mpi']),
  org('sk-ehealth', 'eHealth Saskatchewan', 'eHealth Saskatchewan', 'SK', ['sk-health-cards']),
  org('sk-government', 'Government of Saskatchewan', 'Gouvernement de la Saskatchewan', 'SK', ['sk-said']),
  org('sk-sgi', 'Saskatchewan Government Insurance (SGI)', 'Saskatchewan Government Insurance (SGI)', 'SK', ['sk-sgi-licences']),
  org('ab-government', 'Government of Alberta', 'Gouvernement de l’Alberta', 'AB', ['ab-ahcip']),
  org('yt-government', 'Government of Yukon', 'Gouvernement du Yukon', 'YT', ['yt-health-card-news'], 'territorial'),
  org('nt-government', 'Government of the Northwest Territories', 'Gouvernement des Territoires du Nord-Ouest', 'NT', ['nt-health-care'], 'territorial'),
  org('nu-government', 'Government of Nunavut', 'Gouvernement du Nunavut', 'NU', ['nu-health-card'], 'territorial'),
];
