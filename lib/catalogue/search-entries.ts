import type { GovernmentOrder } from '../model/schema';
import { getCatalogue } from './catalogue';
import type { Bilingual, Synonyms } from '../model/catalogue';

/** One searchable catalogue entry with both languages side by side, ready for a fuse.js index. */
export interface CatalogueSearchEntry {
  kind: 'service' | 'life-event';
  id: string;
  name: Bilingual;
  description: Bilingual;
  synonyms: Synonyms;
  /** services only */
  order?: GovernmentOrder;
  jurisdiction?: string;
  organizationId?: string;
  organizationName?: Bilingual;
  categories: string[];
  lifeEventIds: string[];
}

export function catalogueSearchEntries(): CatalogueSearchEntry[] {
  const { catalogue, organizationById } = getCatalogue();
  const services = catalogue.services.map((service): CatalogueSearchEntry => {
    const organization = organizationById.get(service.organizationId);
    return {
      kind: 'service',
      id: service.id,
      name: service.name,
      description: service.description,
      synonyms: service.synonyms,
      order: service.order,
      jurisdiction: service.jurisdiction,
      organizationId: service.organizationId,
      ...(organization === undefined ? {} : { organizationName: organization.name }),
      categories: service.categories,
      lifeEventIds: service.lifeEventIds,
    };
  });
  const lifeEvents = catalogue.lifeEvents.map((lifeEvent): CatalogueSearchEntry => ({
    kind: 'life-event',
    id: lifeEvent.id,
    name: lifeEvent.name,
    description: lifeEvent.description,
    synonyms: lifeEvent.synonyms,
    categories: [],
    lifeEventIds: [lifeEvent.id],
  }));
  return [...services, ...lifeEvents];
}
