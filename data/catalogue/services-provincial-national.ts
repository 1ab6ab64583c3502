import type { CatalogueServiceInput, OfficesChannel, Synonyms } from '../../lib/model/catalogue';
import { CURATED, online, phone } from './helpers';

/**
 * Core services of the provinces and territories other than Ontario and British Columbia (those are in
 * services-provincial.ts). Only what a public source names is here: see sources-national.ts for each address and
 * number, and the final note of the catalogue pass for what could not be sourced.
 *
 * Generic words ("health card", "permis de conduire", "aide sociale") are synonyms of every jurisdiction's entry on
 * purpose: the search keeps only the entry of the person's own province.
 */

type Region = 'QC' | 'NB' | 'NS' | 'PE' | 'NL' | 'MB' | 'SK' | 'AB' | 'YT' | 'NT' | 'NU';
const TERRITORIES = new Set<Region>(['YT', 'NT', 'NU']);
const base = (jurisdiction: Region) => ({ order: TERRITORIES.has(jurisdiction) ? ('territorial' as const) : ('provincial' as const), jurisdiction, origin: CURATED });

/** Counters of the government itself that the snapshot does not list. */
const offices = (sources: string[], en?: string, fr?: string): OfficesChannel => ({ sources, ...(en === undefined || fr === undefined ? {} : { note: { en, fr } }) });

const join = (...lists: Synonyms[]): Synonyms => ({ en: lists.flatMap((list) => list.en), fr: lists.flatMap((list) => list.fr) });
const HEALTH_CARD: Synonyms = {
  en: ['health card', 'health insurance card', 'health insurance', 'health care card', 'health coverage', 'medicare card'],
  fr: ['carte santé', 'carte d’assurance maladie', 'carte d’assurance-maladie', 'assurance maladie', 'couverture santé'],
};
const DRIVING: Synonyms = {
  en: ['driver’s licence', 'drivers license', 'driver licence', 'licence renewal', 'vehicle registration', 'licence plate', 'road test'],
  fr: ['permis de conduire', 'renouvellement du permis', 'immatriculation', 'plaque d’immatriculation', 'examen de conduite'],
};
const VITAL: Synonyms = {
  en: ['birth certificate', 'death certificate', 'marriage certificate', 'vital statistics'],
  fr: ['certificat de naissance', 'certificat de décès', 'certificat de mariage', 'acte de naissance', 'état civil'],
};
const ASSISTANCE: Synonyms = {
  en: ['welfare', 'social assistance', 'income assistance', 'income support'],
  fr: ['aide sociale', 'bien-être social', 'assistance sociale', 'aide au revenu', 'aide financière de dernier recours'],
};
const DISABILITY_INCOME: Synonyms = { en: ['disability income', 'disability assistance', 'disability support'], fr: ['soutien du revenu invalidité', 'aide aux personnes handicapées'] };

export const quebecServices: CatalogueServiceInput[] = [
  {
    ...base('QC'),
    id: 'quebec-health-insurance-card',
    name: { en: 'Québec Health Insurance Card (RAMQ)', fr: 'Carte d’assurance maladie du Québec (RAMQ)' },
    description: {
      en: 'Register with the Québec health insurance plan and get, renew or replace your Health Insurance Card with the RAMQ.',
      fr: 'S’inscrire au régime d’assurance maladie du Québec et obtenir, renouveler ou remplacer votre carte d’assurance maladie auprès de la RAMQ.',
    },
    organizationId: 'qc-ramq',
    categories: ['health', 'identity-documents'],
    synonyms: join(HEALTH_CARD, { en: ['RAMQ', 'Quebec health card', 'Quebec medicare'], fr: ['RAMQ', 'carte soleil', 'carte de la RAMQ', 'Régie de l’assurance maladie', 'renouvellement de la carte d’assurance maladie'] }),
    lifeEventIds: ['newcomer-to-canada', 'having-a-baby', 'moving'],
    channels: {
      online: online('https://www.ramq.gouv.qc.ca/fr/citoyens/assurance-maladie/utilisation-carte', 'https://www.ramq.gouv.qc.ca/fr/citoyens/assurance-maladie/utilisation-carte', ['qc-ramq-card', 'qc-ramq-en']),
      phones: [phone('1-800-561-9749', ['qc-ramq-phone'], undefined, { en: 'RAMQ, toll-free', fr: 'RAMQ, sans frais' })],
      offices: offices(['qc-ramq-phone'], 'The RAMQ receives people at its own offices; a CSSS notes you may phone or go in person to replace a card.', 'La RAMQ reçoit le public à ses bureaux; on peut téléphoner ou s’y présenter pour remplacer une carte.'),
    },
    sources: ['qc-ramq-card', 'qc-ramq-phone'],
  },
  {
    ...base('QC'),
    id: 'quebec-saaq-licence-registration',
    name: { en: 'Driver’s licence and vehicle registration (SAAQ)', fr: 'Permis de conduire et immatriculation (SAAQ)' },
    description: {
      en: 'Get, renew or replace a Québec driver’s licence, register a vehicle and book driving tests with the SAAQ, online (SAAQclic) or at a service outlet.',
      fr: 'Obtenir, renouveler ou remplacer un permis de conduire du Québec, immatriculer un véhicule et prendre rendez-vous pour un examen auprès de la SAAQ, en ligne (SAAQclic) ou dans un point de service.',
    },
    organizationId: 'qc-saaq',
    categories: ['identity-documents', 'transportation'],
    synonyms: join(DRIVING, { en: ['SAAQ', 'SAAQclic', 'Quebec driver’s licence'], fr: ['SAAQ', 'SAAQclic', 'point de service SAAQ', 'permis de conduire Québec'] }),
    lifeEventIds: ['moving', 'newcomer-to-canada'],
    channels: {
      online: online('https://saaq.gouv.qc.ca/', 'https://saaq.gouv.qc.ca/', ['qc-saaq-home']),
      phones: [],
      offices: offices(['qc-saaq'], 'SAAQ service outlets (points de service), preferably by appointment.', 'Points de service de la SAAQ, de préférence sur rendez-vous.'),
    },
    sources: ['qc-saaq', 'qc-saaq-home'],
  },
  {
    ...base('QC'),
    id: 'quebec-pension-plan',
    name: { en: 'Québec Pension Plan (Retraite Québec)', fr: 'Régime de rentes du Québec (Retraite Québec)' },
    description: {
      en: 'For people who work or worked in Québec: retirement pension, disability pension, surviving spouse’s pension and death benefit, paid by Retraite Québec. It takes your CPP contributions into account.',
      fr: 'Pour les personnes qui travaillent ou ont travaillé au Québec : rente de retraite, rente d’invalidité, rente de conjoint survivant et prestation de décès, versées par Retraite Québec. Les cotisations au RPC sont prises en compte.',
    },
    organizationId: 'qc-retraite-quebec',
    categories: ['pensions-retirement', 'disability', 'death-bereavement'],
    synonyms: {
      en: ['QPP', 'RRQ', 'Quebec pension', 'Quebec Pension Plan', 'Retraite Québec', 'retirement pension', 'QPP disability', 'survivor pension', 'death benefit'],
      fr: ['RRQ', 'Régie des rentes', 'Retraite Québec', 'rente de retraite', 'pension de retraite', 'rente du Québec', 'rente d’invalidité', 'rente de conjoint survivant', 'prestation de décès'],
    },
    lifeEventIds: ['retiring', 'death-of-a-loved-one', 'living-with-a-disability'],
    channels: {
      online: online('https://www.quebec.ca/en/employment/plan-manage-career/plan-retirement/quebec-pension-plan', 'https://www.rrq.gouv.qc.ca/fr/retraite/rrq/Pages/etre-retraite-rrq.aspx', ['qc-qpp-quebec-ca', 'qc-rrq-retired']),
      phones: [],
    },
    sources: ['qc-qpp-quebec-ca', 'qc-rrq-cpp-work-elsewhere', 'qc-rrq-retired'],
  },
  {
    ...base('QC'),
    id: 'quebec-parental-insurance-plan',
    name: { en: 'Québec Parental Insurance Plan (QPIP)', fr: 'Régime québécois d’assurance parentale (RQAP)' },
    description: {
      en: 'Maternity, paternity, parental and adoption benefits for Québec workers, salaried or self-employed; it replaces EI maternity and parental benefits in Québec.',
      fr: 'Prestations de maternité, de paternité, parentales et d’adoption pour les travailleuses et travailleurs du Québec, salariés ou autonomes; il remplace les prestations de maternité et parentales de l’assurance-emploi au Québec.',
    },
    organizationId: 'qc-mess',
    categories: ['family-children', 'income-support'],
    synonyms: {
      en: ['QPIP', 'RQAP', 'maternity leave', 'parental leave', 'paternity leave', 'mat leave', 'adoption leave', 'Quebec parental insurance'],
      fr: ['RQAP', 'assurance parentale', 'congé parental', 'congé de maternité', 'congé de paternité', 'congé d’adoption', 'prestations parentales', 'prestations de maternité'],
    },
    lifeEventIds: ['having-a-baby'],
    channels: {
      online: online('https://www.rqap.gouv.qc.ca/', 'https://www.rqap.gouv.qc.ca/', ['qc-rqap']),
      phones: [phone('1-877-644-4545', ['qc-services-quebec-phone'], undefined, { en: 'Services Québec, toll-free', fr: 'Services Québec, sans frais' })],
    },
    sources: ['qc-rqap', 'qc-rqap-replaces-ei'],
  },
  {
    ...base('QC'),
    id: 'quebec-social-assistance',
    name: { en: 'Québec social assistance (Aide sociale, Objectif emploi)', fr: 'Aide sociale et Objectif emploi (Québec)' },
    description: {
      en: 'Last-resort financial assistance for Québec adults and families without severe constraints on employment, with help to get into work.',
      fr: 'Aide financière de dernier recours pour les adultes et les familles du Québec qui ne présentent pas de contraintes sévères à l’emploi, avec un accompagnement vers l’emploi.',
    },
    organizationId: 'qc-mess',
    categories: ['income-support', 'employment'],
    synonyms: join(ASSISTANCE, { en: ['Objectif emploi', 'last resort assistance Quebec'], fr: ['Objectif emploi', 'programme d’aide sociale', 'BS'] }),
    lifeEventIds: ['looking-for-work', 'disaster-or-emergency'],
    channels: {
      online: online('https://www.quebec.ca/famille-et-soutien-aux-personnes/aide-sociale-et-solidarite-sociale', 'https://www.quebec.ca/famille-et-soutien-aux-personnes/aide-sociale-et-solidarite-sociale', ['qc-aide-sociale']),
      phones: [phone('1-877-644-4545', ['qc-services-quebec-phone'], undefined, { en: 'Services Québec, toll-free', fr: 'Services Québec, sans frais' })],
      offices: offices(['qc-services-quebec'], 'Services Québec offices (formerly local employment centres).', 'Bureaux de Services Québec (anciens centres locaux d’emploi).'),
    },
    sources: ['qc-aide-sociale', 'qc-services-quebec'],
  },
  {
    ...base('QC'),
    id: 'quebec-social-solidarity',
    name: { en: 'Québec Social Solidarity Program (disability income)', fr: 'Programme de solidarité sociale (Québec)' },
    description: {
      en: 'Last-resort financial assistance for Québec adults and families with severe constraints on employment, such as a lasting disability.',
      fr: 'Aide financière de dernier recours pour les adultes et les familles du Québec qui présentent des contraintes sévères à l’emploi, par exemple une incapacité durable.',
    },
    organizationId: 'qc-mess',
    categories: ['disability', 'income-support'],
    synonyms: join(DISABILITY_INCOME, { en: ['social solidarity', 'basic income program Quebec', 'severe employment constraints'], fr: ['solidarité sociale', 'programme de revenu de base', 'contraintes sévères à l’emploi'] }),
    lifeEventIds: ['living-with-a-disability', 'caring-for-someone'],
    channels: {
      online: online('https://www.quebec.ca/famille-et-soutien-aux-personnes/aide-sociale-et-solidarite-sociale', 'https://www.quebec.ca/famille-et-soutien-aux-personnes/aide-sociale-et-solidarite-sociale', ['qc-aide-sociale']),
      phones: [phone('1-877-644-4545', ['qc-services-quebec-phone'], undefined, { en: 'Services Québec, toll-free', fr: 'Services Québec, sans frais' })],
      offices: offices(['qc-services-quebec']),
    },
    sources: ['qc-aide-sociale'],
  },
  {
    ...base('QC'),
    id: 'quebec-student-financial-assistance',
    name: { en: 'Québec student financial assistance (AFE loans and bursaries)', fr: 'Aide financière aux études (prêts et bourses du Québec)' },
    description: {
      en: 'Québec’s own loans and bursaries program for vocational, college and university studies; Québec students apply here rather than to Canada Student Loans.',
      fr: 'Le programme de prêts et bourses du Québec pour la formation professionnelle, le collégial et l’université; les étudiants du Québec en font la demande ici plutôt qu’au Programme canadien de prêts aux étudiants.',
    },
    organizationId: 'qc-mes',
    categories: ['education'],
    synonyms: {
      en: ['AFE', 'student loan', 'student grant', 'Quebec student loan', 'loans and bursaries'],
      fr: ['AFE', 'prêts et bourses', 'aide financière aux études', 'prêt étudiant', 'bourse d’études', 'prêt d’études'],
    },
    lifeEventIds: ['students-and-young-people'],
    channels: {
      online: online('https://www.quebec.ca/education/aide-financiere-aux-etudes', 'https://www.quebec.ca/education/aide-financiere-aux-etudes', ['qc-afe']),
      phones: [],
    },
    sources: ['qc-afe', 'student-loans-opt-out'],
  },
  {
    ...base('QC'),
    id: 'quebec-civil-status-certificates',
    name: { en: 'Québec birth, marriage and death certificates (Directeur de l’état civil)', fr: 'Certificats de naissance, de mariage et de décès (Directeur de l’état civil)' },
    description: {
      en: 'Order a certificate or copy of an act of birth, marriage, civil union or death registered in Québec: online (DEClic!), by mail or at a counter.',
      fr: 'Demander un certificat ou une copie d’acte de naissance, de mariage, d’union civile ou de décès inscrit au registre de l’état civil du Québec : en ligne (DEClic!), par la poste ou à un comptoir.',
    },
    organizationId: 'qc-etat-civil',
    categories: ['identity-documents', 'death-bereavement', 'family-children'],
    synonyms: join(VITAL, { en: ['DEClic', 'Directeur de l’état civil'], fr: ['DEClic', 'Directeur de l’état civil', 'copie d’acte', 'certificat d’état civil'] }),
    lifeEventIds: ['having-a-baby', 'death-of-a-loved-one'],
    channels: {
      online: online('https://www.etatcivil.gouv.qc.ca/en/birth-certificate.html', 'https://etatcivil.gouv.qc.ca/fr/certificats-copies/Qui_demandeur.html', ['qc-etat-civil-en', 'qc-etat-civil']),
      phones: [],
      offices: offices(['qc-etat-civil'], 'Counters of the Directeur de l’état civil and some Services Québec offices.', 'Comptoirs du Directeur de l’état civil et certains bureaux de Services Québec.'),
    },
    sources: ['qc-etat-civil'],
  },
  {
    ...base('QC'),
    id: 'services-quebec-offices',
    name: { en: 'Services Québec: government offices and employment services', fr: 'Services Québec : bureaux du gouvernement et services d’emploi' },
    description: {
      en: 'The Québec government’s one-stop offices: help with provincial programs and online services, and employment services (former local employment centres).',
      fr: 'Les bureaux à guichet unique du gouvernement du Québec : aide pour les programmes et les services en ligne du gouvernement, et services d’emploi (anciens centres locaux d’emploi).',
    },
    organizationId: 'qc-services-quebec',
    categories: ['employment', 'identity-documents', 'income-support'],
    synonyms: {
      en: ['Services Québec', 'Services Quebec', 'Quebec government office', 'employment services Quebec', 'job help Quebec'],
      fr: ['Services Québec', 'bureau de Services Québec', 'CLE', 'centre local d’emploi', 'Emploi-Québec', 'services d’emploi', 'aide à l’emploi'],
    },
    lifeEventIds: ['looking-for-work', 'moving', 'newcomer-to-canada'],
    channels: {
      online: online('https://quebec.ca/nous-joindre/renseignements-generaux', 'https://quebec.ca/nous-joindre/renseignements-generaux', ['qc-services-quebec-phone']),
      phones: [phone('1-877-644-4545', ['qc-services-quebec-phone'], undefined, { en: 'Toll-free', fr: 'Sans frais' })],
      offices: offices(['qc-services-quebec'], 'About 160 Services Québec offices.', 'Environ 160 bureaux de Services Québec.'),
    },
    sources: ['qc-services-quebec', 'qc-services-quebec-phone'],
  },
];

const SNB_PHONE = phone('1-888-762-8600', ['nb-snb-teleservices'], undefined, { en: 'Service New Brunswick TeleServices', fr: 'TéléServices de Services Nouveau-Brunswick' });
const SNB_CENTRES = offices(['nb-snb-teleservices'], 'Service New Brunswick centres (33 across the province).', 'Centres de Services Nouveau-Brunswick (33 dans la province).');

export const atlanticServices: CatalogueServiceInput[] = [
  {
    ...base('NB'),
    id: 'new-brunswick-medicare',
    name: { en: 'New Brunswick Medicare card', fr: 'Carte d’assurance-maladie du Nouveau-Brunswick' },
    description: {
      en: 'Register with New Brunswick Medicare and renew or replace your Medicare card, by phone or at a Service New Brunswick centre.',
      fr: 'S’inscrire à l’Assurance-maladie du Nouveau-Brunswick et renouveler ou remplacer votre carte, par téléphone ou dans un centre de Services Nouveau-Brunswick.',
    },
    organizationId: 'nb-health',
    categories: ['health', 'identity-documents'],
    synonyms: join(HEALTH_CARD, { en: ['NB Medicare', 'New Brunswick health card'], fr: ['assurance-maladie du Nouveau-Brunswick', 'carte santé N.-B.'] }),
    lifeEventIds: ['newcomer-to-canada', 'having-a-baby', 'moving'],
    channels: {
      online: online('https://www2.gnb.ca/content/gnb/en/departments/health/DrugPlans/content/medicare/YourNewBrunswickMedicareCard.html', undefined, ['nb-medicare-card']),
      phones: [SNB_PHONE],
      offices: SNB_CENTRES,
    },
    sources: ['nb-medicare-card', 'nb-snb-teleservices'],
  },
  {
    ...base('NB'),
    id: 'service-new-brunswick',
    name: { en: 'Service New Brunswick: driver’s licences, vehicle registration, vital statistics', fr: 'Services Nouveau-Brunswick : permis de conduire, immatriculation, statistiques de l’état civil' },
    description: {
      en: 'Renew a driver’s licence, register a vehicle, book a driving test, and get marriage licences and vital statistics documents at Service New Brunswick, online, by phone or at a centre.',
      fr: 'Renouveler un permis de conduire, immatriculer un véhicule, réserver un examen de conduite et obtenir des licences de mariage et des documents de l’état civil auprès de Services Nouveau-Brunswick, en ligne, par téléphone ou dans un centre.',
    },
    organizationId: 'nb-snb',
    categories: ['identity-documents', 'transportation'],
    synonyms: join(DRIVING, VITAL, { en: ['Service New Brunswick', 'SNB', 'Service NB', 'marriage licence'], fr: ['Services Nouveau-Brunswick', 'SNB', 'licence de mariage'] }),
    lifeEventIds: ['moving', 'newcomer-to-canada', 'having-a-baby', 'death-of-a-loved-one'],
    channels: { online: online('https://www2.snb.ca/', undefined, ['nb-snb-home']), phones: [SNB_PHONE], offices: SNB_CENTRES },
    sources: ['nb-snb-teleservices', 'nb-snb-home'],
  },
  {
    ...base('NS'),
    id: 'nova-scotia-health-card',
    name: { en: 'Nova Scotia Health Card (MSI)', fr: 'Carte santé de la Nouvelle-Écosse (MSI)' },
    description: {
      en: 'Register for Nova Scotia’s Medical Services Insurance and get, renew or replace your health card by phone with MSI.',
      fr: 'S’inscrire à l’assurance des services médicaux (MSI) de la Nouvelle-Écosse et obtenir, renouveler ou remplacer votre carte santé par téléphone auprès du MSI.',
    },
    organizationId: 'ns-health',
    categories: ['health', 'identity-documents'],
    synonyms: join(HEALTH_CARD, { en: ['MSI', 'Nova Scotia health card', 'NS health card'], fr: ['MSI', 'carte santé Nouvelle-Écosse'] }),
    lifeEventIds: ['newcomer-to-canada', 'having-a-baby', 'moving'],
    channels: {
      online: online('https://novascotia.ca/dhw/msi/', undefined, ['ns-msi']),
      phones: [
        phone('1-800-563-8880', ['ns-msi'], { en: 'Monday to Friday, 8 am to 5 pm', fr: 'Du lundi au vendredi, de 8 h à 17 h' }, { en: 'MSI, toll-free in Canada', fr: 'MSI, sans frais au Canada' }),
        phone('902-496-7008', ['ns-msi'], { en: 'Monday to Friday, 8 am to 5 pm', fr: 'Du lundi au vendredi, de 8 h à 17 h' }, { en: 'MSI', fr: 'MSI' }),
      ],
    },
    sources: ['ns-msi'],
  },
  {
    ...base('NS'),
    id: 'access-nova-scotia',
    name: { en: 'Access Nova Scotia: driver’s licences and vehicle registration', fr: 'Access Nova Scotia : permis de conduire et immatriculation' },
    description: {
      en: 'Driver licensing, road tests, vehicle registration and marriage licences at Access Nova Scotia centres and Registry of Motor Vehicles offices.',
      fr: 'Permis de conduire, examens de conduite, immatriculation des véhicules et licences de mariage dans les centres Access Nova Scotia et les bureaux du Registry of Motor Vehicles.',
    },
    organizationId: 'ns-service-nova-scotia',
    categories: ['identity-documents', 'transportation'],
    synonyms: join(DRIVING, { en: ['Access Nova Scotia', 'Access NS', 'Registry of Motor Vehicles', 'RMV', 'Service Nova Scotia'], fr: ['Access Nova Scotia', 'Accès Nouvelle-Écosse', 'Service Nova Scotia'] }),
    lifeEventIds: ['moving', 'newcomer-to-canada'],
    channels: {
      online: online('https://novascotia.ca/sns/access/locations/locations.asp', undefined, ['ns-access-locations']),
      phones: [],
      offices: offices(['ns-access-locations'], 'Access Nova Scotia centres and Registry of Motor Vehicles offices.', 'Centres Access Nova Scotia et bureaux du Registry of Motor Vehicles.'),
    },
    sources: ['ns-access-locations', 'ns-online-services'],
  },
  {
    ...base('NS'),
    id: 'nova-scotia-vital-statistics',
    name: { en: 'Nova Scotia birth, marriage and death certificates (Vital Statistics)', fr: 'Certificats de naissance, de mariage et de décès de la Nouvelle-Écosse (statistiques de l’état civil)' },
    description: { en: 'Order birth, marriage and death certificates from Nova Scotia Vital Statistics, online or by mail.', fr: 'Commander des certificats de naissance, de mariage et de décès auprès du service des statistiques de l’état civil de la Nouvelle-Écosse, en ligne ou par la poste.' },
    organizationId: 'ns-service-nova-scotia',
    categories: ['identity-documents', 'death-bereavement'],
    synonyms: VITAL,
    lifeEventIds: ['having-a-baby', 'death-of-a-loved-one'],
    channels: { online: online('https://novascotia.ca/sns/access/vitalstats.asp', undefined, ['ns-vital-statistics']), phones: [] },
    sources: ['ns-vital-statistics', 'ns-online-services'],
  },
  {
    ...base('PE'),
    id: 'pei-health-card',
    name: { en: 'PEI Health Card', fr: 'Carte santé de l’Île-du-Prince-Édouard' },
    description: {
      en: 'Apply for, renew or update your PEI Health Card with PEI Medicare; applications can be dropped off at any Access PEI office.',
      fr: 'Demander, renouveler ou mettre à jour votre carte santé de l’Î.-P.-É. auprès de PEI Medicare; les demandes peuvent être déposées dans tout bureau Access PEI.',
    },
    organizationId: 'pe-government',
    categories: ['health', 'identity-documents'],
    synonyms: join(HEALTH_CARD, { en: ['PEI health card', 'PEI Medicare', 'Health PEI'], fr: ['carte santé Î.-P.-É.', 'Santé Î.-P.-É.'] }),
    lifeEventIds: ['newcomer-to-canada', 'having-a-baby', 'moving'],
    channels: {
      online: online('https://www.princeedwardisland.ca/en/information/health-pei/pei-health-card', undefined, ['pe-health-card']),
      phones: [
        phone('1-800-321-5492', ['pe-health-card'], undefined, { en: 'PEI Medicare, toll-free', fr: 'PEI Medicare, sans frais' }),
        phone('902-838-0900', ['pe-health-card'], undefined, { en: 'PEI Medicare', fr: 'PEI Medicare' }),
      ],
      offices: offices(['pe-health-card'], 'Applications can be dropped off at any Access PEI office.', 'Les demandes peuvent être déposées dans tout bureau Access PEI.'),
    },
    sources: ['pe-health-card'],
  },
  {
    ...base('PE'),
    id: 'access-pei',
    name: { en: 'Access PEI: driver’s licences, vehicle registration and government services', fr: 'Access PEI : permis de conduire, immatriculation et services gouvernementaux' },
    description: {
      en: 'Driver’s licences and tests, vehicle registrations, health card applications and many other provincial services at Access PEI sites, or by phone through Contact PEI.',
      fr: 'Permis et examens de conduite, immatriculation des véhicules, demandes de carte santé et de nombreux autres services provinciaux dans les centres Access PEI, ou par téléphone auprès de Contact PEI.',
    },
    organizationId: 'pe-government',
    categories: ['identity-documents', 'transportation'],
    synonyms: join(DRIVING, { en: ['Access PEI', 'Contact PEI', 'PEI driver’s licence'], fr: ['Access PEI', 'Accès Î.-P.-É.', 'Contact PEI'] }),
    lifeEventIds: ['moving', 'newcomer-to-canada'],
    channels: {
      online: online('https://www.princeedwardisland.ca/en/information/finance/access-pei-locations', undefined, ['pe-access-pei']),
      phones: [phone('1-833-734-1873', ['pe-contact-pei'], undefined, { en: 'Contact PEI', fr: 'Contact PEI' })],
      offices: offices(['pe-access-pei'], 'Ten Access PEI sites across the Island.', 'Dix centres Access PEI dans l’Île.'),
    },
    sources: ['pe-access-pei', 'pe-contact-pei'],
  },
  {
    ...base('NL'),
    id: 'newfoundland-labrador-mcp',
    name: { en: 'Newfoundland and Labrador Medical Care Plan (MCP) card', fr: 'Carte du régime d’assurance médicale de Terre-Neuve-et-Labrador (MCP)' },
    description: {
      en: 'Register with MCP and replace or update your MCP card; forms go to an MCP office in person or by mail.',
      fr: 'S’inscrire au régime d’assurance médicale (MCP) et remplacer ou mettre à jour votre carte MCP; les formulaires sont remis à un bureau du MCP en personne ou par la poste.',
    },
    organizationId: 'nl-health',
    categories: ['health', 'identity-documents'],
    synonyms: join(HEALTH_CARD, { en: ['MCP', 'MCP card', 'Medical Care Plan', 'NL health card'], fr: ['MCP', 'carte MCP', 'carte santé T.-N.-L.'] }),
    lifeEventIds: ['newcomer-to-canada', 'having-a-baby', 'moving'],
    channels: {
      online: online('https://www.gov.nl.ca/hcs/mcp', undefined, ['nl-mcp']),
      phones: [],
      offices: offices(['nl-mcp'], 'MCP offices receive forms in person.', 'Les bureaux du MCP reçoivent les formulaires en personne.'),
    },
    sources: ['nl-mcp'],
  },
  {
    ...base('NL'),
    id: 'service-nl-drivers',
    name: { en: 'Service NL: driver’s licences and vehicle registration', fr: 'Service NL : permis de conduire et immatriculation' },
    description: {
      en: 'Driver licensing and vehicle registration with the Motor Registration Division of Digital Government and Service NL.',
      fr: 'Permis de conduire et immatriculation des véhicules auprès de la division de l’immatriculation des véhicules (Motor Registration Division) de Digital Government and Service NL.',
    },
    organizationId: 'nl-service-nl',
    categories: ['identity-documents', 'transportation'],
    synonyms: join(DRIVING, { en: ['Service NL', 'Motor Registration', 'MRD'], fr: ['Service NL'] }),
    lifeEventIds: ['moving', 'newcomer-to-canada'],
    channels: {
      online: online('https://www.gov.nl.ca/dgsnl/drivers/', undefined, ['nl-drivers']),
      phones: [],
      offices: offices(['nl-service-nl'], 'Motor Registration offices of Service NL.', 'Bureaux d’immatriculation de Service NL.'),
    },
    sources: ['nl-drivers', 'nl-service-nl'],
  },
  {
    ...base('NL'),
    id: 'newfoundland-labrador-vital-statistics',
    name: { en: 'Newfoundland and Labrador birth certificates (Vital Statistics)', fr: 'Certificats de naissance de Terre-Neuve-et-Labrador (statistiques de l’état civil)' },
    description: { en: 'Order birth and other vital statistics certificates from Service NL.', fr: 'Commander des certificats de naissance et d’autres documents de l’état civil auprès de Service NL.' },
    organizationId: 'nl-service-nl',
    categories: ['identity-documents'],
    synonyms: VITAL,
    lifeEventIds: ['having-a-baby'],
    channels: { online: online('https://www.gov.nl.ca/dgsnl/birth/', undefined, ['nl-birth']), phones: [] },
    sources: ['nl-birth'],
  },
];

export const prairieServices: CatalogueServiceInput[] = [
  {
    ...base('MB'),
    id: 'manitoba-health-card',
    name: { en: 'Manitoba health card (registration)', fr: 'Carte Santé du Manitoba (inscription)' },
    description: {
      en: 'Register for Manitoba health coverage, replace a lost card and report changes to Manitoba Health.',
      fr: 'S’inscrire à l’assurance-maladie du Manitoba, remplacer une carte perdue et signaler des changements à Santé Manitoba.',
    },
    organizationId: 'mb-government',
    categories: ['health', 'identity-documents'],
    synonyms: join(HEALTH_CARD, { en: ['Manitoba Health', 'PHIN', 'Manitoba health card'], fr: ['Santé Manitoba', 'carte Santé Manitoba', 'NIMP'] }),
    lifeEventIds: ['newcomer-to-canada', 'having-a-baby', 'moving'],
    channels: { online: online('https://www.gov.mb.ca/health/mhsip/index.html', undefined, ['mb-health-coverage']), phones: [] },
    sources: ['mb-health-coverage'],
  },
  {
    ...base('MB'),
    id: 'manitoba-drivers-licence',
    name: { en: 'Manitoba driver’s licence and vehicle registration (MPI)', fr: 'Permis de conduire et immatriculation au Manitoba (SAPM)' },
    description: {
      en: 'Driver licensing and vehicle registration in Manitoba are handled by Manitoba Public Insurance and its service centres and agents.',
      fr: 'Au Manitoba, les permis de conduire et l’immatriculation des véhicules relèvent de la Société d’assurance publique du Manitoba, de ses centres de service et de ses agents.',
    },
    organizationId: 'mb-mpi',
    categories: ['identity-documents', 'transportation'],
    synonyms: join(DRIVING, { en: ['MPI', 'Manitoba Public Insurance', 'Autopac'], fr: ['SAPM', 'Société d’assurance publique du Manitoba'] }),
    lifeEventIds: ['moving', 'newcomer-to-canada'],
    channels: { online: online('https://www.mpi.mb.ca/', undefined, ['mb-mpi']), phones: [], offices: offices(['mb-mpi']) },
    sources: ['mb-mpi'],
  },
  {
    ...base('MB'),
    id: 'manitoba-vital-statistics',
    name: { en: 'Manitoba birth, marriage and death certificates (Vital Statistics)', fr: 'Certificats de naissance, de mariage et de décès du Manitoba (Bureau de l’état civil)' },
    description: { en: 'Order certificates from the Manitoba Vital Statistics Agency.', fr: 'Commander des certificats auprès du Bureau de l’état civil du Manitoba.' },
    organizationId: 'mb-government',
    categories: ['identity-documents', 'death-bereavement'],
    synonyms: VITAL,
    lifeEventIds: ['having-a-baby', 'death-of-a-loved-one'],
    channels: { online: online('https://vitalstats.gov.mb.ca/', undefined, ['mb-vital-statistics']), phones: [] },
    sources: ['mb-vital-statistics'],
  },
  {
    ...base('SK'),
    id: 'saskatchewan-health-card',
    name: { en: 'Saskatchewan Health Card (eHealth Saskatchewan)', fr: 'Carte santé de la Saskatchewan (eHealth Saskatchewan)' },
    description: {
      en: 'Apply for, replace or update a Saskatchewan Health Card with eHealth Saskatchewan, online, by phone or at its front desk in Regina.',
      fr: 'Demander, remplacer ou mettre à jour une carte santé de la Saskatchewan auprès d’eHealth Saskatchewan, en ligne, par téléphone ou à son comptoir de Regina.',
    },
    organizationId: 'sk-ehealth',
    categories: ['health', 'identity-documents'],
    synonyms: join(HEALTH_CARD, { en: ['eHealth Saskatchewan', 'Saskatchewan health card', 'HSN', 'health services number'], fr: ['carte santé Saskatchewan', 'eHealth Saskatchewan'] }),
    lifeEventIds: ['newcomer-to-canada', 'having-a-baby', 'moving'],
    channels: {
      online: online('https://www.ehealthsask.ca/residents/health-cards', undefined, ['sk-health-cards']),
      phones: [phone('1-800-667-7551', ['sk-health-cards'], undefined, { en: 'eHealth Saskatchewan, toll-free', fr: 'eHealth Saskatchewan, sans frais' })],
      offices: offices(['sk-health-cards'], 'Front desk of eHealth Saskatchewan in Regina.', 'Comptoir d’eHealth Saskatchewan à Regina.'),
    },
    sources: ['sk-health-cards'],
  },
  {
    ...base('SK'),
    id: 'saskatchewan-vital-statistics',
    name: { en: 'Saskatchewan birth and death certificates (eHealth Saskatchewan)', fr: 'Certificats de naissance et de décès de la Saskatchewan (eHealth Saskatchewan)' },
    description: { en: 'Order birth, death and other vital statistics certificates from eHealth Saskatchewan.', fr: 'Commander des certificats de naissance, de décès et d’autres documents de l’état civil auprès d’eHealth Saskatchewan.' },
    organizationId: 'sk-ehealth',
    categories: ['identity-documents', 'death-bereavement'],
    synonyms: VITAL,
    lifeEventIds: ['having-a-baby', 'death-of-a-loved-one'],
    channels: { online: online('https://www.ehealthsask.ca/residents/vital-statistics', undefined, ['sk-vital-statistics']), phones: [] },
    sources: ['sk-vital-statistics', 'sk-contact'],
  },
  {
    ...base('SK'),
    id: 'saskatchewan-assured-income-disability',
    name: { en: 'Saskatchewan Assured Income for Disability (SAID)', fr: 'Revenu assuré pour personnes handicapées de la Saskatchewan (SAID)' },
    description: {
      en: 'Long-term income support for Saskatchewan residents with significant and enduring disabilities.',
      fr: 'Soutien du revenu à long terme pour les résidents de la Saskatchewan ayant une incapacité importante et durable.',
    },
    organizationId: 'sk-government',
    categories: ['disability', 'income-support'],
    synonyms: join(DISABILITY_INCOME, { en: ['SAID', 'Saskatchewan disability'], fr: ['SAID', 'invalidité Saskatchewan'] }),
    lifeEventIds: ['living-with-a-disability', 'caring-for-someone'],
    channels: {
      online: online('https://www.saskatchewan.ca/residents/family-and-social-support/people-with-disabilities/income-support-for-people-with-disabilities', undefined, ['sk-said']),
      phones: [phone('1-888-567-7243', ['sk-said-phone'], undefined, { en: 'SAID line (1-888-567-SAID)', fr: 'Ligne du SAID (1-888-567-SAID)' })],
      offices: offices(['sk-said-phone'], 'Local Social Services offices.', 'Bureaux locaux des Services sociaux.'),
    },
    sources: ['sk-said', 'sk-said-phone'],
  },
  {
    ...base('SK'),
    id: 'saskatchewan-drivers-licence',
    name: { en: 'Saskatchewan driver’s licence (SGI)', fr: 'Permis de conduire de la Saskatchewan (SGI)' },
    description: {
      en: 'Driver’s licences and vehicle registration in Saskatchewan are issued through SGI and its motor licence issuers.',
      fr: 'En Saskatchewan, les permis de conduire et l’immatriculation des véhicules sont délivrés par SGI et ses émetteurs de permis.',
    },
    organizationId: 'sk-sgi',
    categories: ['identity-documents', 'transportation'],
    synonyms: join(DRIVING, { en: ['SGI', 'motor licence issuer'], fr: ['SGI'] }),
    lifeEventIds: ['moving', 'newcomer-to-canada'],
    channels: { online: online('https://www.sgi.sk.ca/drivers-licences', undefined, ['sk-sgi-licences']), phones: [], offices: offices(['sk-sgi-licences']) },
    sources: ['sk-sgi-licences'],
  },
  {
    ...base('AB'),
    id: 'alberta-health-care-insurance',
    name: { en: 'Alberta Health Care Insurance Plan (AHCIP) and health card', fr: 'Régime d’assurance-maladie de l’Alberta (AHCIP) et carte santé' },
    description: {
      en: 'Register for AHCIP coverage and update your Alberta health card through a participating registry agent.',
      fr: 'S’inscrire à l’AHCIP et mettre à jour votre carte santé de l’Alberta par l’entremise d’un agent d’immatriculation (registry agent) participant.',
    },
    organizationId: 'ab-government',
    categories: ['health', 'identity-documents'],
    synonyms: join(HEALTH_CARD, { en: ['AHCIP', 'Alberta health card', 'Alberta Health Care'], fr: ['AHCIP', 'carte santé Alberta'] }),
    lifeEventIds: ['newcomer-to-canada', 'having-a-baby', 'moving'],
    channels: {
      online: online('https://www.alberta.ca/ahcip-apply', undefined, ['ab-ahcip']),
      phones: [],
      offices: offices(['ab-ahcip'], 'Participating registry agents.', 'Agents d’immatriculation (registry agents) participants.'),
    },
    sources: ['ab-ahcip'],
  },
  {
    ...base('AB'),
    id: 'alberta-drivers-licence-id',
    name: { en: 'Alberta driver’s licence and ID card (registry agents)', fr: 'Permis de conduire et carte d’identité de l’Alberta (agents d’immatriculation)' },
    description: {
      en: 'Get an Alberta driver’s licence or ID card, and register a vehicle, at a registry agent.',
      fr: 'Obtenir un permis de conduire ou une carte d’identité de l’Alberta, et immatriculer un véhicule, chez un agent d’immatriculation (registry agent).',
    },
    organizationId: 'ab-government',
    categories: ['identity-documents', 'transportation'],
    synonyms: join(DRIVING, { en: ['registry agent', 'Alberta registry', 'Alberta ID card', 'photo ID'], fr: ['agent d’immatriculation', 'carte d’identité Alberta', 'pièce d’identité avec photo'] }),
    lifeEventIds: ['moving', 'newcomer-to-canada'],
    channels: {
      online: online('https://www.alberta.ca/id-requirements-for-identification-cards.aspx', undefined, ['ab-id-requirements']),
      phones: [],
      offices: offices(['ab-id-requirements'], 'Registry agents across Alberta.', 'Agents d’immatriculation partout en Alberta.'),
    },
    sources: ['ab-id-requirements'],
  },
  {
    ...base('AB'),
    id: 'alberta-aish',
    name: { en: 'Assured Income for the Severely Handicapped (AISH)', fr: 'Revenu assuré pour les personnes gravement handicapées de l’Alberta (AISH)' },
    description: {
      en: 'Financial and health benefits for Albertans with a permanent disability that substantially limits their ability to earn a living.',
      fr: 'Prestations financières et de santé pour les Albertains ayant une incapacité permanente qui limite grandement leur capacité de gagner leur vie.',
    },
    organizationId: 'ab-government',
    categories: ['disability', 'income-support'],
    synonyms: join(DISABILITY_INCOME, { en: ['AISH', 'Alberta disability'], fr: ['AISH', 'invalidité Alberta'] }),
    lifeEventIds: ['living-with-a-disability', 'caring-for-someone'],
    channels: { online: online('https://www.alberta.ca/aish.aspx', undefined, ['ab-aish']), phones: [], offices: offices(['ab-aish'], 'Alberta Supports offices.', 'Bureaux Alberta Supports.') },
    sources: ['ab-aish'],
  },
];

export const territorialServices: CatalogueServiceInput[] = [
  {
    ...base('YT'),
    id: 'yukon-health-care-card',
    name: { en: 'Yukon Health Care Card (Yukon Health Care Insurance Plan)', fr: 'Carte santé du Yukon (Régime d’assurance-santé du Yukon)' },
    description: {
      en: 'Register for the Yukon Health Care Insurance Plan in person, and update or replace your card by phone, in Whitehorse or at a territorial agent.',
      fr: 'S’inscrire en personne au Régime d’assurance-santé du Yukon, et mettre à jour ou remplacer votre carte par téléphone, à Whitehorse ou auprès d’un agent territorial.',
    },
    organizationId: 'yt-government',
    categories: ['health', 'identity-documents'],
    synonyms: join(HEALTH_CARD, { en: ['YHCIP', 'Yukon health card', 'Insured Health Services'], fr: ['carte santé Yukon', 'assurance-santé du Yukon'] }),
    lifeEventIds: ['newcomer-to-canada', 'having-a-baby', 'moving'],
    channels: {
      online: online('https://yukon.ca/en/health-and-wellness/care-services/find-out-about-your-health-care-coverage', undefined, ['yt-health-coverage']),
      phones: [
        phone('867-667-5209', ['yt-health-card-news'], undefined, { en: 'Insured Health Services', fr: 'Services de santé assurés' }),
        phone('1-800-661-0408', ['yt-health-card-news'], undefined, { en: 'Toll-free within Yukon, extension 5209', fr: 'Sans frais au Yukon, poste 5209' }),
      ],
      offices: offices(['yt-health-card-news'], 'Whitehorse office (204 Lambert Street, 4th floor) and territorial agents in rural communities.', 'Bureau de Whitehorse (204, rue Lambert, 4e étage) et agents territoriaux dans les collectivités rurales.'),
    },
    sources: ['yt-health-coverage', 'yt-health-card-news'],
  },
  {
    ...base('YT'),
    id: 'yukon-drivers-licence',
    name: { en: 'Yukon driver’s licence (Motor Vehicles)', fr: 'Permis de conduire du Yukon (Véhicules automobiles)' },
    description: {
      en: 'Get or renew a Yukon driver’s licence; knowledge tests are taken at a Motor Vehicles office.',
      fr: 'Obtenir ou renouveler un permis de conduire du Yukon; les examens théoriques se passent dans un bureau des véhicules automobiles.',
    },
    organizationId: 'yt-government',
    categories: ['identity-documents', 'transportation'],
    synonyms: join(DRIVING, { en: ['Yukon Motor Vehicles', 'Yukon driver’s licence'], fr: ['permis de conduire Yukon'] }),
    lifeEventIds: ['moving', 'newcomer-to-canada'],
    channels: {
      online: online('https://yukon.ca/en/driving-and-transportation/drivers-licences', undefined, ['yt-drivers-licences']),
      phones: [],
      offices: offices(['yt-drivers-licences'], 'Motor Vehicles offices.', 'Bureaux des véhicules automobiles.'),
    },
    sources: ['yt-drivers-licences'],
  },
  {
    ...base('NT'),
    id: 'nwt-health-care-card',
    name: { en: 'NWT Health Care Card', fr: 'Carte d’assurance-maladie des Territoires du Nord-Ouest' },
    description: {
      en: 'Apply for NWT health care coverage and renew your card online (eServices), by email or by mail to Health Services Administration in Inuvik.',
      fr: 'Demander la couverture d’assurance-maladie des T.N.-O. et renouveler votre carte en ligne (eServices), par courriel ou par la poste auprès de l’Administration des services de santé à Inuvik.',
    },
    organizationId: 'nt-government',
    categories: ['health', 'identity-documents'],
    synonyms: join(HEALTH_CARD, { en: ['NWT health card', 'NWT Health Care Plan'], fr: ['carte santé T.N.-O.', 'assurance-maladie des T.N.-O.'] }),
    lifeEventIds: ['newcomer-to-canada', 'having-a-baby', 'moving'],
    channels: {
      online: online('https://www.hss.gov.nt.ca/en/services/applying-health-care', undefined, ['nt-health-care']),
      phones: [phone('1-800-661-0830', ['nt-health-care'], { en: 'Monday to Friday, 8:30 am to 5 pm', fr: 'Du lundi au vendredi, de 8 h 30 à 17 h' }, { en: 'Health Services Administration, toll-free', fr: 'Administration des services de santé, sans frais' })],
    },
    sources: ['nt-health-care'],
  },
  {
    ...base('NT'),
    id: 'nwt-vital-statistics',
    name: { en: 'NWT birth, marriage and death certificates (vital statistics)', fr: 'Certificats de naissance, de mariage et de décès des T.N.-O. (état civil)' },
    description: { en: 'Register a vital event and apply for birth, marriage or death certificates in the Northwest Territories.', fr: 'Enregistrer un événement de l’état civil et demander des certificats de naissance, de mariage ou de décès aux Territoires du Nord-Ouest.' },
    organizationId: 'nt-government',
    categories: ['identity-documents', 'death-bereavement'],
    synonyms: VITAL,
    lifeEventIds: ['having-a-baby', 'death-of-a-loved-one'],
    channels: { online: online('https://www.hss.gov.nt.ca/en/services/registering-vital-event', undefined, ['nt-vital-event']), phones: [] },
    sources: ['nt-vital-event'],
  },
  {
    ...base('NU'),
    id: 'nunavut-health-care-card',
    name: { en: 'Nunavut Health Care Card', fr: 'Carte d’assurance-maladie du Nunavut' },
    description: {
      en: 'Register for the Nunavut Health Care Plan with the Health Insurance Programs office; forms are at every community health centre.',
      fr: 'S’inscrire au régime d’assurance-maladie du Nunavut auprès du bureau des programmes d’assurance-maladie; les formulaires sont offerts dans chaque centre de santé communautaire.',
    },
    organizationId: 'nu-government',
    categories: ['health', 'identity-documents'],
    synonyms: join(HEALTH_CARD, { en: ['Nunavut health card', 'Nunavut Health Care Plan'], fr: ['carte santé Nunavut'] }),
    lifeEventIds: ['newcomer-to-canada', 'having-a-baby', 'moving'],
    channels: {
      online: online('https://www.gov.nu.ca/health/information/health-care-card', undefined, ['nu-health-card']),
      phones: [
        phone('1-800-661-0833', ['nu-health-card'], undefined, { en: 'Health Insurance Programs, toll-free', fr: 'Programmes d’assurance-maladie, sans frais' }),
        phone('867-645-8001', ['nu-health-card'], undefined, { en: 'Health Insurance Programs, Rankin Inlet', fr: 'Programmes d’assurance-maladie, Rankin Inlet' }),
      ],
    },
    sources: ['nu-health-card'],
  },
];

export const nationalProvincialServices: CatalogueServiceInput[] = [...quebecServices, ...atlanticServices, ...prairieServices, ...territorialServices];
