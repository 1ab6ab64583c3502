import { z } from 'zod';
import type { CatalogueServiceInput, InPersonChannel, ServiceCategory } from '../model/catalogue';

/**
 * Turns the Veterans Affairs Canada Benefits Directory export (data/sources/federal-vac-benefits-directory)
 * into catalogue entries. Names, descriptions, pages and needs come from the file; the mapping of VAC "needs" to
 * our categories and life events is ours and is the only judgement applied.
 */

/** folder under data/sources/, which is also the source the imported entries cite */
export const VAC_SOURCE_ID = 'federal-vac-benefits-directory';
export const VAC_FILE = 'vac_benefits_directory_data.json';

const Text = z.string().transform((value) => value.trim());

const VacBenefit = z.object({
  id: z.string(),
  vacNameEn: Text,
  vacNameFr: Text,
  oneLineDescriptionEn: Text,
  oneLineDescriptionFr: Text,
  benefitPageEn: Text,
  benefitPageFr: Text,
  needs: z.array(z.string()).default([]),
});

const VacNeed = z.object({ id: z.string(), nameEn: Text, nameFr: Text });

export const VacDirectory = z.object({ benefits: z.array(VacBenefit), needs: z.array(VacNeed) });
export type VacDirectory = z.infer<typeof VacDirectory>;

interface NeedMapping {
  categories: ServiceCategory[];
  lifeEventIds: string[];
}

/** Keyed by the need's English name as VAC wrote it (trimmed), so an added or renamed need fails the import. */
const NEED_MAPPINGS: Record<string, NeedMapping> = {
  'Emergency funds': { categories: ['income-support', 'emergencies'], lifeEventIds: ['disaster-or-emergency'] },
  'Education and jobs': { categories: ['education', 'employment'], lifeEventIds: ['looking-for-work'] },
  'Income & compensation': { categories: ['income-support'], lifeEventIds: [] },
  'Medical and related travel costs': { categories: ['health'], lifeEventIds: [] },
  'Health and well-being': { categories: ['health'], lifeEventIds: [] },
  'Housing and home life': { categories: ['housing'], lifeEventIds: [] },
  Bereavement: { categories: ['death-bereavement'], lifeEventIds: ['death-of-a-loved-one'] },
};

/** Abbreviations VAC puts in brackets in its names, and their counterpart in the other language. */
const BRACKETED_TERMS: Record<string, { en: string; fr?: string }> = {
  RCMP: { en: 'RCMP', fr: 'GRC' },
  GRC: { en: 'RCMP', fr: 'GRC' },
  WVA: { en: 'WVA' },
  OSI: { en: 'OSI', fr: 'TSO' },
};

export const VAC_PHONE_SOURCE = 'vac-phone';
export const VAC_AREA_OFFICES_SOURCE = 'federal-vac-area-offices-2019';

/**
 * VAC's area offices (snapshot source federal-vac-area-offices-2019, adapter lib/ingest/sources/vac-area-offices.ts):
 * every benefit can be asked about and applied for there. The list dates from February 2019, hence the note.
 */
export const VAC_AREA_OFFICES: InPersonChannel = {
  locationTypes: ['government-office'],
  offeredServiceIds: ['vac-area-office-services'],
  anyOfFeatures: [],
  someLocationsOnly: false,
  note: {
    en: 'Veterans Affairs Canada area offices as listed in February 2019: some have moved or closed since. Call 1-866-522-2122 before you go.',
    fr: 'Bureaux de secteur d’Anciens Combattants Canada selon la liste de février 2019 : certains ont déménagé ou fermé depuis. Appelez le 1-866-522-2022 avant de vous déplacer.',
  },
  sources: [VAC_AREA_OFFICES_SOURCE],
};

export function vacServiceId(nameEn: string): string {
  const slug = nameEn
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `vac-${slug}`;
}

function frenchTypography(text: string): string {
  return text.replace(/'/g, '’').replace(/\s+/g, ' ').trim();
}

function bracketedSynonyms(nameEn: string, nameFr: string): { en: string[]; fr: string[] } {
  const terms = [...`${nameEn} ${nameFr}`.matchAll(/\(([A-Z]{2,5})\)/g)].map((match) => match[1] ?? '');
  const en = new Set<string>();
  const fr = new Set<string>();
  for (const term of terms) {
    const counterpart = BRACKETED_TERMS[term];
    if (counterpart === undefined) continue;
    en.add(counterpart.en);
    if (counterpart.fr !== undefined) fr.add(counterpart.fr);
  }
  return { en: [...en], fr: [...fr] };
}

export function importVacBenefits(raw: unknown): CatalogueServiceInput[] {
  const directory = VacDirectory.parse(raw);
  const needsById = new Map(directory.needs.map((need) => [need.id, need]));
  const services = directory.benefits.map((benefit): CatalogueServiceInput => {
    const categories = new Set<ServiceCategory>(['veterans']);
    const lifeEventIds = new Set<string>(['veterans-and-families']);
    for (const needId of benefit.needs) {
      const need = needsById.get(needId);
      if (need === undefined) throw new Error(`VAC benefit ${benefit.id} refers to unknown need ${needId}`);
      const mapping = NEED_MAPPINGS[need.nameEn];
      if (mapping === undefined) throw new Error(`VAC need "${need.nameEn}" has no mapping to catalogue categories`);
      mapping.categories.forEach((category) => categories.add(category));
      mapping.lifeEventIds.forEach((lifeEventId) => lifeEventIds.add(lifeEventId));
    }
    const bracketed = bracketedSynonyms(benefit.vacNameEn, benefit.vacNameFr);
    return {
      id: vacServiceId(benefit.vacNameEn),
      name: { en: benefit.vacNameEn, fr: frenchTypography(benefit.vacNameFr) },
      description: { en: benefit.oneLineDescriptionEn, fr: frenchTypography(benefit.oneLineDescriptionFr) },
      organizationId: 'gc-vac',
      order: 'federal',
      jurisdiction: 'CA',
      categories: [...categories],
      synonyms: { en: ['veterans', 'VAC', ...bracketed.en], fr: ['vétérans', 'anciens combattants', 'ACC', ...bracketed.fr] },
      lifeEventIds: [...lifeEventIds],
      channels: {
        online: { url: { en: benefit.benefitPageEn, fr: benefit.benefitPageFr }, sources: [VAC_SOURCE_ID] },
        phones: [{ number: '1-866-522-2122', sources: [VAC_PHONE_SOURCE] }],
        inPerson: VAC_AREA_OFFICES,
      },
      sources: [VAC_SOURCE_ID],
      origin: { kind: 'imported', sourceId: VAC_SOURCE_ID, file: VAC_FILE, recordId: benefit.id },
    };
  });
  const ids = new Set(services.map((service) => service.id));
  if (ids.size !== services.length) throw new Error('two VAC benefits map to the same catalogue id');
  return services;
}
