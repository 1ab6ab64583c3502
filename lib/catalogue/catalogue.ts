import { join } from 'node:path';
import { curatedCatalogue } from '../../data/catalogue';
import { officeFinderLink } from './office-finder';
import { pickText, pickedLanguage } from '../i18n-text';
import { orderRank, type GovernmentOrder, type Locale, type LocationType, type ProvinceCode } from '../model/schema';
import { processSlot } from '../data/process-slot';
import { readCatalogueImports, type CatalogueImports } from './imports';
import { attachInventory, channelShares, withoutTakenAbbreviations, type ChannelShare } from './inventory-import';
import {
  Catalogue,
  type CatalogueInput,
  type CatalogueJurisdiction,
  type CatalogueOrganization,
  type CatalogueService,
  type CatalogueSource,
  type CuratedCatalogueInput,
  type LifeEvent,
  type ServiceCategory,
} from '../model/catalogue';

export interface CatalogueIndex {
  catalogue: Catalogue;
  serviceById: Map<string, CatalogueService>;
  lifeEventById: Map<string, LifeEvent>;
  organizationById: Map<string, CatalogueOrganization>;
  sourceById: Map<string, CatalogueSource>;
  servicesByLifeEvent: Map<string, CatalogueService[]>;
  jurisdictionByCode: Map<string, CatalogueJurisdiction>;
}

/**
 * The written entries with the imported ones: the VAC benefits follow the federal entries, GC Service Inventory records
 * attach to the entries they match, and every other public-facing federal service from the inventory comes last.
 */
export function joinCatalogue(curated: CuratedCatalogueInput, imports: CatalogueImports): CatalogueInput {
  const { federalServices, otherServices, ...rest } = curated;
  const knownServices = [...attachInventory([...federalServices, ...imports.vacBenefits], imports.serviceInventory), ...otherServices];
  return { ...rest, services: [...knownServices, ...withoutTakenAbbreviations(imports.serviceInventory.services, knownServices)] };
}

/** The catalogue's entries before validation, read from data/catalogue and data/build (the server runs from the repository root). */
export function catalogueInput(): CatalogueInput {
  return joinCatalogue(curatedCatalogue, readCatalogueImports(join(process.cwd(), 'data', 'build')));
}

/** Once per process, not per bundle (see processSlot). */
const slot = processSlot<CatalogueIndex>('catalogue');

/** The validated catalogue with its lookup maps; validated once per process (a bad entry throws here). */
export function getCatalogue(): CatalogueIndex {
  slot.value ??= indexCatalogue(Catalogue.parse(catalogueInput()));
  return slot.value;
}

function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const servicesByLifeEvent = new Map<string, CatalogueService[]>(catalogue.lifeEvents.map((lifeEvent) => [lifeEvent.id, []]));
  for (const service of catalogue.services) {
    for (const lifeEventId of service.lifeEventIds) servicesByLifeEvent.get(lifeEventId)?.push(service);
  }
  return {
    catalogue,
    serviceById: new Map(catalogue.services.map((service) => [service.id, service])),
    lifeEventById: new Map(catalogue.lifeEvents.map((lifeEvent) => [lifeEvent.id, lifeEvent])),
    organizationById: new Map(catalogue.organizations.map((organization) => [organization.id, organization])),
    sourceById: new Map(catalogue.sources.map((source) => [source.id, source])),
    servicesByLifeEvent,
    jurisdictionByCode: new Map(catalogue.jurisdictions.map((jurisdiction) => [jurisdiction.code, jurisdiction])),
  };
}

export interface OrganizationView {
  id: string;
  name: string;
  order: GovernmentOrder;
  jurisdiction: string;
}

export interface ServiceSummary {
  id: string;
  name: string;
  description: string;
  order: GovernmentOrder;
  jurisdiction: string;
  organization: OrganizationView;
  categories: ServiceCategory[];
  lifeEventIds: string[];
  inPerson: boolean;
}

export interface SourceView {
  id: string;
  publisher: string;
  title: string;
  url?: string;
  /** folder under data/sources/ of bundled data (the same as the id) */
  file?: string;
  checked: string;
}

export interface ServiceDetail extends ServiceSummary {
  synonyms: string[];
  lifeEvents: Array<{ id: string; name: string }>;
  channels: {
    /** `language` is the language of the page, which is English when no French page is known */
    online?: { url: string; language: Locale; sources: string[] };
    phones: Array<{ number: string; label?: string; hours?: string; sources: string[] }>;
    inPerson?: { locationTypes: LocationType[]; someLocationsOnly: boolean; requiredFeatures: string[]; note?: string; sources: string[] };
    /** the government's own counters, which Guichet may not list */
    offices?: { note?: string; sources: string[] };
  };
  /** provinces whose residents get this from their own government instead, and what they get */
  notAvailableIn: Array<{ provinces: ProvinceCode[]; note: string; replacedBy: Array<{ id: string; name: string }>; sources: string[] }>;
  /** the official finder of the offices of the service's province or territory */
  officeFinder?: OfficeFinderView;
  sources: SourceView[];
  origin: CatalogueService['origin'];
  /**
   * Applications the service received by channel in one fiscal year, from the GC Service Inventory (federal services
   * only, where the department reported figures): shares of the year's total, largest first.
   */
  applications?: ApplicationsView;
}

export interface ApplicationsView {
  /** inventory service id */
  recordId: string;
  fiscalYear: string;
  total: number;
  channels: ChannelShare[];
  sources: string[];
}

export interface OfficeFinderView {
  jurisdiction: ProvinceCode;
  /** the province or territory, in the page language */
  jurisdictionName: string;
  label: string;
  url: string;
  /** language of the linked page: English when no French page is known */
  language: Locale;
}

/** The official office finder of a province or territory, in one language. */
export function getOfficeFinder(code: string, lang: Locale): OfficeFinderView | undefined {
  const jurisdiction = getCatalogue().jurisdictionByCode.get(code);
  if (jurisdiction === undefined) return undefined;
  return {
    jurisdiction: jurisdiction.code,
    jurisdictionName: jurisdiction.name[lang],
    ...officeFinderLink(jurisdiction.officeFinder, lang),
  };
}

export interface ListServicesOptions {
  lang: Locale;
  lifeEvent?: string;
  order?: GovernmentOrder;
}

function organizationView(index: CatalogueIndex, id: string, lang: Locale): OrganizationView {
  const organization = index.organizationById.get(id);
  // Catalogue.parse has already rejected services whose organization is unknown.
  if (organization === undefined) throw new Error(`unknown organization ${id}`);
  return { id, name: organization.name[lang], order: organization.order, jurisdiction: organization.jurisdiction };
}

function summarize(index: CatalogueIndex, service: CatalogueService, lang: Locale): ServiceSummary {
  return {
    id: service.id,
    name: service.name[lang],
    description: service.description[lang],
    order: service.order,
    jurisdiction: service.jurisdiction,
    organization: organizationView(index, service.organizationId, lang),
    categories: service.categories,
    lifeEventIds: service.lifeEventIds,
    inPerson: service.channels.inPerson !== undefined,
  };
}

function byGovernmentThenName(lang: Locale): (a: ServiceSummary, b: ServiceSummary) => number {
  return (a, b) =>
    orderRank(a.order) - orderRank(b.order) || a.jurisdiction.localeCompare(b.jurisdiction) || a.name.localeCompare(b.name, lang);
}

/** Services in one language, federal first; an unknown life event yields an empty list (callers check with getLifeEvent). */
export function listServices({ lang, lifeEvent, order }: ListServicesOptions): ServiceSummary[] {
  const index = getCatalogue();
  const services = lifeEvent === undefined ? index.catalogue.services : (index.servicesByLifeEvent.get(lifeEvent) ?? []);
  return services
    .filter((service) => order === undefined || service.order === order)
    .map((service) => summarize(index, service, lang))
    .sort(byGovernmentThenName(lang));
}

export function getService(id: string, lang: Locale): ServiceDetail | undefined {
  const index = getCatalogue();
  const service = index.serviceById.get(id);
  if (service === undefined) return undefined;
  const { online, phones, inPerson, offices } = service.channels;
  const officeFinder = service.order === 'federal' ? undefined : getOfficeFinder(service.jurisdiction, lang);
  const applications = applicationsView(service);
  return {
    ...summarize(index, service, lang),
    synonyms: service.synonyms[lang],
    lifeEvents: service.lifeEventIds.map((lifeEventId) => ({
      id: lifeEventId,
      name: index.lifeEventById.get(lifeEventId)?.name[lang] ?? lifeEventId,
    })),
    channels: {
      ...(online === undefined
        ? {}
        : { online: { url: pickText(online.url, lang), language: pickedLanguage(online.url, lang), sources: online.sources } }),
      phones: phones.map((phone) => ({
        number: phone.number,
        ...(phone.label === undefined ? {} : { label: phone.label[lang] }),
        ...(phone.hours === undefined ? {} : { hours: phone.hours[lang] }),
        sources: phone.sources,
      })),
      ...(inPerson === undefined
        ? {}
        : {
            inPerson: {
              locationTypes: inPerson.locationTypes,
              someLocationsOnly: inPerson.someLocationsOnly,
              requiredFeatures: inPerson.anyOfFeatures,
              ...(inPerson.note === undefined ? {} : { note: inPerson.note[lang] }),
              sources: inPerson.sources,
            },
          }),
      ...(offices === undefined
        ? {}
        : { offices: { ...(offices.note === undefined ? {} : { note: offices.note[lang] }), sources: offices.sources } }),
    },
    notAvailableIn: service.notAvailableIn.map((rule) => ({
      provinces: rule.provinces,
      note: rule.note[lang],
      replacedBy: rule.replacedBy.map((replacementId) => ({
        id: replacementId,
        name: index.serviceById.get(replacementId)?.name[lang] ?? replacementId,
      })),
      sources: rule.sources,
    })),
    ...(officeFinder === undefined ? {} : { officeFinder }),
    sources: sourceViews(index, service),
    origin: service.origin,
    ...(applications === undefined ? {} : { applications }),
  };
}

function applicationsView(service: CatalogueService): ApplicationsView | undefined {
  const figures = service.inventory?.applications;
  if (service.inventory === undefined || figures === undefined) return undefined;
  return {
    recordId: service.inventory.recordId,
    fiscalYear: figures.fiscalYear,
    ...channelShares(figures),
    sources: service.inventory.sources,
  };
}

/** Every source the entry cites, the entry's own first, then its channels'. */
function sourceViews(index: CatalogueIndex, service: CatalogueService): SourceView[] {
  const { online, phones, inPerson, offices } = service.channels;
  const ids = new Set([
    ...service.sources,
    ...(online?.sources ?? []),
    ...phones.flatMap((phone) => phone.sources),
    ...(inPerson?.sources ?? []),
    ...(offices?.sources ?? []),
    ...service.notAvailableIn.flatMap((rule) => rule.sources),
    ...(service.inventory?.sources ?? []),
  ]);
  return [...ids].flatMap((id) => {
    const source = index.sourceById.get(id);
    if (source === undefined) return [];
    const { bundled, ...view } = source;
    return [bundled ? { ...view, file: source.id } : view];
  });
}

export interface LifeEventSummary {
  id: string;
  name: string;
  description: string;
  serviceCount: number;
}

export interface GovernmentGroup {
  order: GovernmentOrder;
  jurisdiction: string;
  services: ServiceSummary[];
}

export interface LifeEventDetail extends LifeEventSummary {
  synonyms: string[];
  sources: SourceView[];
  /** services grouped by government (order of government + jurisdiction), federal first */
  governments: GovernmentGroup[];
}

export function listLifeEvents(lang: Locale): LifeEventSummary[] {
  const index = getCatalogue();
  return index.catalogue.lifeEvents.map((lifeEvent) => ({
    id: lifeEvent.id,
    name: lifeEvent.name[lang],
    description: lifeEvent.description[lang],
    serviceCount: index.servicesByLifeEvent.get(lifeEvent.id)?.length ?? 0,
  }));
}

/** The slug of a life event's page in one language: its id in English, its French slug in French. */
export function lifeEventSlug(id: string, lang: Locale): string {
  const lifeEvent = getCatalogue().lifeEventById.get(id);
  return lang === 'fr' && lifeEvent ? lifeEvent.frSlug : id;
}

/** The life event a page slug names, in either language (an id or a French slug), or undefined. */
export function lifeEventIdFromSlug(slug: string): string | undefined {
  const index = getCatalogue();
  if (index.lifeEventById.has(slug)) return slug;
  return index.catalogue.lifeEvents.find((lifeEvent) => lifeEvent.frSlug === slug)?.id;
}

export function getLifeEvent(id: string, lang: Locale): LifeEventDetail | undefined {
  const index = getCatalogue();
  const lifeEvent = index.lifeEventById.get(id);
  if (lifeEvent === undefined) return undefined;
  const services = listServices({ lang, lifeEvent: id });
  const governments: GovernmentGroup[] = [];
  for (const service of services) {
    const last = governments.at(-1);
    if (last !== undefined && last.order === service.order && last.jurisdiction === service.jurisdiction) last.services.push(service);
    else governments.push({ order: service.order, jurisdiction: service.jurisdiction, services: [service] });
  }
  return {
    id: lifeEvent.id,
    name: lifeEvent.name[lang],
    description: lifeEvent.description[lang],
    serviceCount: services.length,
    synonyms: lifeEvent.synonyms[lang],
    sources: lifeEvent.sources.flatMap((sourceId) => {
      const source = index.sourceById.get(sourceId);
      return source === undefined ? [] : [source];
    }),
    governments,
  };
}
