import type { LifeEvent } from '../../lib/model/catalogue';

/**
 * Life events, after the lists governments publish: Canada.ca "Life events" and "What to do when someone dies",
 * Service Canada's former life-event pages (having a baby, following a death…), USAGov "Life experiences"
 * (having a child, approaching retirement, dealing with a disability, recovering from a disaster, death of a loved
 * one, transitioning from military service…) and GOV.UK step-by-steps (what to do when someone dies).
 */
export const catalogueLifeEvents: LifeEvent[] = [
  {
    id: 'having-a-baby',
    frSlug: 'avoir-un-bebe',
    name: { en: 'Having a baby', fr: 'Avoir un bébé' },
    description: {
      en: 'Register the birth, get your baby’s documents and apply for parental leave and family benefits.',
      fr: 'Enregistrer la naissance, obtenir les documents de votre bébé et demander les congés parentaux et les prestations familiales.',
    },
    synonyms: { en: ['new baby', 'pregnancy', 'newborn', 'adoption', 'becoming a parent'], fr: ['naissance', 'grossesse', 'nouveau-né', 'adoption', 'devenir parent'] },
    sources: ['service-canada-life-events-baby', 'canada-life-events', 'usagov-life-experiences'],
  },
  {
    id: 'looking-for-work',
    frSlug: 'chercher-un-emploi',
    name: { en: 'Looking for work or losing a job', fr: 'Chercher un emploi ou perdre son emploi' },
    description: {
      en: 'Income support after a job loss, help finding work and training.',
      fr: 'Soutien du revenu après une perte d’emploi, aide à la recherche d’emploi et formation.',
    },
    synonyms: { en: ['lost my job', 'laid off', 'unemployed', 'job search'], fr: ['perdu mon emploi', 'mise à pied', 'chômage', 'recherche d’emploi'] },
    sources: ['canada-life-events', 'canada-ei-family', 'usagov-life-experiences'],
  },
  {
    id: 'retiring',
    frSlug: 'prendre-sa-retraite',
    name: { en: 'Retiring', fr: 'Prendre sa retraite' },
    description: {
      en: 'Public pensions, income supplements and services for seniors.',
      fr: 'Pensions publiques, suppléments de revenu et services pour les aînés.',
    },
    synonyms: { en: ['retirement', 'seniors', 'pension', 'turning 65'], fr: ['retraite', 'aînés', 'pension', 'avoir 65 ans'] },
    sources: ['canada-life-events', 'canada-public-pensions', 'usagov-life-experiences'],
  },
  {
    id: 'death-of-a-loved-one',
    frSlug: 'deces-d-un-proche',
    name: { en: 'Death of a loved one', fr: 'Décès d’un proche' },
    description: {
      en: 'Register the death, tell the government, and find survivor and death benefits.',
      fr: 'Enregistrer le décès, en aviser le gouvernement et trouver les prestations de survivant et de décès.',
    },
    synonyms: { en: ['someone died', 'bereavement', 'funeral', 'survivor', 'estate'], fr: ['quelqu’un est décédé', 'deuil', 'funérailles', 'survivant', 'succession'] },
    sources: ['canada-death', 'canada-notify-death-checklist', 'service-canada-life-events-loss', 'govuk-when-someone-dies', 'usagov-life-experiences'],
  },
  {
    id: 'moving',
    frSlug: 'demenager',
    name: { en: 'Moving', fr: 'Déménager' },
    description: {
      en: 'Change your address with governments and set up services in your new community.',
      fr: 'Changer votre adresse auprès des gouvernements et trouver les services de votre nouvelle collectivité.',
    },
    synonyms: { en: ['change of address', 'new address', 'relocating'], fr: ['changement d’adresse', 'nouvelle adresse', 'déménagement'] },
    sources: ['canada-life-events', 'canada-labour-mobility', 'bc-address-change', 'on-change-address'],
  },
  {
    id: 'newcomer-to-canada',
    frSlug: 'nouvel-arrivant-au-canada',
    name: { en: 'New to Canada', fr: 'Nouvel arrivant au Canada' },
    description: {
      en: 'First steps after arriving: your SIN, health coverage, benefits, settlement help and status documents.',
      fr: 'Premières démarches après l’arrivée : NAS, assurance maladie, prestations, aide à l’établissement et documents de statut.',
    },
    synonyms: { en: ['newcomer', 'immigrant', 'refugee', 'permanent resident', 'arriving in Canada'], fr: ['nouvel arrivant', 'immigrant', 'réfugié', 'résident permanent', 'arriver au Canada'] },
    sources: ['canada-settle', 'canada-life-events'],
  },
  {
    id: 'living-with-a-disability',
    frSlug: 'vivre-avec-un-handicap',
    name: { en: 'Living with a disability', fr: 'Vivre avec un handicap' },
    description: {
      en: 'Disability benefits, tax credits and help with devices and daily living.',
      fr: 'Prestations d’invalidité, crédits d’impôt et aide pour les appareils et la vie quotidienne.',
    },
    synonyms: { en: ['disability', 'disabled', 'illness', 'injury'], fr: ['handicap', 'invalidité', 'personne handicapée', 'maladie', 'blessure'] },
    sources: ['canada-disability-benefits', 'usagov-life-experiences'],
  },
  {
    id: 'starting-a-business',
    frSlug: 'demarrer-une-entreprise',
    name: { en: 'Starting a business', fr: 'Démarrer une entreprise' },
    description: {
      en: 'Register your business, get your business number and tax accounts, and find licences and financing.',
      fr: 'Enregistrer votre entreprise, obtenir votre numéro d’entreprise et vos comptes fiscaux, et trouver les permis et le financement.',
    },
    synonyms: { en: ['new business', 'self-employed', 'entrepreneur', 'small business'], fr: ['nouvelle entreprise', 'travailleur autonome', 'entrepreneur', 'petite entreprise'] },
    sources: ['canada-start-business', 'usagov-life-experiences'],
  },
  {
    id: 'veterans-and-families',
    frSlug: 'veterans-et-familles',
    name: { en: 'Veterans and their families', fr: 'Vétérans et leur famille' },
    description: {
      en: 'Benefits and services for veterans, former RCMP members, their families and caregivers.',
      fr: 'Avantages et services pour les vétérans, les anciens membres de la GRC, leur famille et leurs aidants.',
    },
    synonyms: { en: ['veteran', 'military', 'Canadian Armed Forces', 'RCMP', 'leaving the military'], fr: ['vétéran', 'ancien combattant', 'militaire', 'Forces armées canadiennes', 'GRC'] },
    sources: ['federal-vac-benefits-directory', 'usagov-life-experiences'],
  },
  {
    id: 'students-and-young-people',
    frSlug: 'etudiants-et-jeunes',
    name: { en: 'Students and young people', fr: 'Étudiants et jeunes' },
    description: {
      en: 'Student aid, first jobs, your SIN and your first tax return.',
      fr: 'Aide financière aux études, premier emploi, NAS et première déclaration de revenus.',
    },
    synonyms: { en: ['student', 'youth', 'college', 'university', 'first job'], fr: ['étudiant', 'jeunes', 'cégep', 'collège', 'université', 'premier emploi'] },
    sources: ['canada-student-aid', 'canada-student-jobs', 'canada-life-events'],
  },
  {
    id: 'caring-for-someone',
    frSlug: 'prendre-soin-d-un-proche',
    name: { en: 'Caring for someone', fr: 'Prendre soin d’un proche' },
    description: {
      en: 'Leave, benefits and support when you care for a family member who is ill, injured or living with a disability.',
      fr: 'Congés, prestations et soutien lorsque vous prenez soin d’un membre de la famille malade, blessé ou handicapé.',
    },
    synonyms: { en: ['caregiver', 'caregiving', 'family caregiver', 'compassionate care'], fr: ['proche aidant', 'aidant naturel', 'soins de compassion'] },
    sources: ['canada-family-benefits', 'usagov-life-experiences'],
  },
  {
    id: 'disaster-or-emergency',
    frSlug: 'catastrophe-ou-urgence',
    name: { en: 'After a disaster or emergency', fr: 'Après une catastrophe ou une urgence' },
    description: {
      en: 'Emergency support, replacing lost documents, and financial help after a fire, flood or other disaster.',
      fr: 'Soutien d’urgence, remplacement des documents perdus et aide financière après un incendie, une inondation ou une autre catastrophe.',
    },
    synonyms: { en: ['wildfire', 'flood', 'evacuation', 'emergency', 'disaster relief'], fr: ['feu de forêt', 'inondation', 'évacuation', 'urgence', 'aide aux sinistrés'] },
    sources: ['canada-emergencies', 'usagov-life-experiences'],
  },
];
