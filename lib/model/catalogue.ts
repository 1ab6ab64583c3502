import { z } from 'zod';
import { GovernmentOrder, HttpsUrl, LocationType, ProvinceCode } from './schema';

/**
 * Catalogue of the services and benefits people look for. Unlike the common model's `Localized`
 * (one language is enough for a record read from a source), every catalogue text must exist in both
 * official languages: the catalogue is written by us, so a missing language is a defect.
 */

/** folder under data/sources/ of the GC Service Inventory */
export const INVENTORY_SOURCE_FOLDER = 'federal-gc-service-inventory';

export const CatalogueId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id');

export const Bilingual = z.object({ en: z.string().trim().min(1), fr: z.string().trim().min(1) });
export type Bilingual = z.infer<typeof Bilingual>;

/** Words people type for a service: abbreviations, older names, plain-language phrases (not misspellings). */
export const Synonyms = z.object({
  en: z.array(z.string().trim().min(1)),
  fr: z.array(z.string().trim().min(1)),
});
export type Synonyms = z.infer<typeof Synonyms>;

/**
 * A public source a catalogue fact comes from: a web page (https) or a data file bundled under data/sources/, which
 * is cited by its folder's name, the source's one id (`bundled`).
 */
export const CatalogueSource = z
  .object({
    id: CatalogueId,
    publisher: z.string().min(1),
    title: z.string().min(1),
    url: HttpsUrl.optional(),
    /** the id is a folder under data/sources/: the fact comes from that data */
    bundled: z.literal(true).optional(),
    /** the evidence the fact was checked against and when, since these pages could not be fetched live */
    checked: z.string().min(1),
  })
  .refine((source) => source.url !== undefined || source.bundled === true, 'a source needs a url or bundled data');
export type CatalogueSource = z.infer<typeof CatalogueSource>;

const SourceIds = z.array(CatalogueId).min(1);

export const ServiceCategory = z.enum([
  'income-support',
  'employment',
  'pensions-retirement',
  'family-children',
  'health',
  'disability',
  'identity-documents',
  'immigration-citizenship',
  'taxes',
  'business',
  'education',
  'housing',
  'veterans',
  'emergencies',
  'community-recreation',
  'death-bereavement',
  'transportation',
]);
export type ServiceCategory = z.infer<typeof ServiceCategory>;

export const CatalogueOrganization = z.object({
  id: CatalogueId,
  name: Bilingual,
  /** legal name as listed in data/sources/federal-gc-departments-bilingual, when the organization is there */
  legalName: Bilingual.optional(),
  departmentsCsvId: z.number().int().positive().optional(),
  order: GovernmentOrder,
  /** 'CA', a province code, or a municipality */
  jurisdiction: z.string().min(1),
  sources: SourceIds,
});
export type CatalogueOrganization = z.infer<typeof CatalogueOrganization>;

export const OnlineChannel = z.object({
  /** French page when it differs; absent = only the English address is known to us */
  url: z.object({ en: HttpsUrl, fr: HttpsUrl.optional() }),
  sources: SourceIds,
});
export type OnlineChannel = z.infer<typeof OnlineChannel>;

export const PhoneChannel = z.object({
  number: z.string().regex(/^(\d-\d-\d|\d{3}|1-\d{3}-\d{3}-\d{4}|\d{3}-\d{3}-\d{4})$/, 'expected 1-800-000-0000, 416-000-0000 or 311'),
  label: Bilingual.optional(),
  hours: Bilingual.optional(),
  sources: SourceIds,
});
export type PhoneChannel = z.infer<typeof PhoneChannel>;

/**
 * Which service points deliver a service in person, as a rule over the snapshot's service-at-location records.
 * A record qualifies when its point's type is listed and, for each non-empty list: its offered service is one of
 * `offeredServiceIds` (snapshot offered-service ids from the ingest adapters; an id ending in `*` is a prefix), and it
 * carries at least one of `anyOfFeatures`.
 */
export const InPersonChannel = z.object({
  locationTypes: z.array(LocationType).min(1),
  offeredServiceIds: z.array(z.string().regex(/^[a-z0-9-]+\*?$/)).default([]),
  anyOfFeatures: z.array(z.string().min(1)).default([]),
  /** true when only some of the matching kind of point offer it (the features above pick them out) */
  someLocationsOnly: z.boolean(),
  note: Bilingual.optional(),
  sources: SourceIds,
});
export type InPersonChannel = z.infer<typeof InPersonChannel>;

/**
 * The government serves the program at its own counters (registry agents, Access centres, SNB centres...), which the
 * snapshot may not list: the search then says so and links the jurisdiction's office finder instead of "online only".
 */
export const OfficesChannel = z.object({
  note: Bilingual.optional(),
  sources: SourceIds,
});
export type OfficesChannel = z.infer<typeof OfficesChannel>;

export const Channels = z.object({
  online: OnlineChannel.optional(),
  phones: z.array(PhoneChannel).default([]),
  inPerson: InPersonChannel.optional(),
  offices: OfficesChannel.optional(),
});
export type Channels = z.infer<typeof Channels>;

export const Origin = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('curated') }),
  z.object({
    kind: z.literal('imported'),
    /** folder under data/sources/ */
    sourceId: z.string().min(1),
    file: z.string().min(1),
    recordId: z.string().min(1),
  }),
]);
export type Origin = z.infer<typeof Origin>;

/** The channels the GC Service Inventory counts applications on (`num_applications_*`). */
export const ApplicationChannel = z.enum(['online', 'inPerson', 'phone', 'mail', 'email', 'fax', 'other']);
export type ApplicationChannel = z.infer<typeof ApplicationChannel>;

/** A federal fiscal year, April to March: "2023-2024". */
export const FiscalYear = z
  .string()
  .regex(/^\d{4}-\d{4}$/, 'expected a fiscal year such as 2023-2024')
  .refine((year) => Number(year.slice(5)) === Number(year.slice(0, 4)) + 1, 'a fiscal year spans two consecutive years');

const ApplicationCount = z.number().int().nonnegative();

/**
 * Applications a service received in one fiscal year, by channel, as its department reported them to the GC Service
 * Inventory. A channel reported as "not applicable" or "no data" is absent (not 0); at least one count is positive.
 */
export const ApplicationFigures = z
  .object({
    fiscalYear: FiscalYear,
    counts: z
      .object({
        online: ApplicationCount.optional(),
        inPerson: ApplicationCount.optional(),
        phone: ApplicationCount.optional(),
        mail: ApplicationCount.optional(),
        email: ApplicationCount.optional(),
        fax: ApplicationCount.optional(),
        other: ApplicationCount.optional(),
      })
      .strict(),
  })
  .refine(
    (figures) => Object.values(figures.counts).some((count) => count !== undefined && count > 0),
    'no application counted on any channel',
  );
export type ApplicationFigures = z.infer<typeof ApplicationFigures>;

/** The GC Service Inventory record of a federal service (imported, or attached to a curated entry it matches). */
export const InventoryRecord = z.object({
  /** `service_id` in the inventory */
  recordId: z.string().regex(/^(SRV)?\d+$/, 'expected an inventory service id such as 1003 or SRV03049'),
  fiscalYear: FiscalYear,
  applications: ApplicationFigures.optional(),
  sources: SourceIds,
});
export type InventoryRecord = z.infer<typeof InventoryRecord>;

/**
 * A federal service that residents of some provinces get from their own province instead (CPP → QPP in Quebec, EI
 * parental → RQAP): the search never offers it there and proposes `replacedBy` in its place.
 */
export const ProvinceRule = z.object({
  provinces: z.array(ProvinceCode).min(1),
  note: Bilingual,
  /** catalogue services that take its place in those provinces */
  replacedBy: z.array(CatalogueId).default([]),
  sources: SourceIds,
});
export type ProvinceRule = z.infer<typeof ProvinceRule>;

export const CatalogueService = z.object({
  id: CatalogueId,
  name: Bilingual,
  description: Bilingual,
  /** the government accountable for the service */
  organizationId: CatalogueId,
  order: GovernmentOrder,
  jurisdiction: z.string().min(1),
  categories: z.array(ServiceCategory).min(1),
  synonyms: Synonyms,
  lifeEventIds: z.array(CatalogueId).default([]),
  channels: Channels,
  /** provinces whose residents get this from their own government instead */
  notAvailableIn: z.array(ProvinceRule).default([]),
  /** where the entry's facts come from (the name and description included) */
  sources: SourceIds,
  origin: Origin,
  /** the service's record in the GC Service Inventory: its id and the applications it received by channel */
  inventory: InventoryRecord.optional(),
});
export type CatalogueService = z.infer<typeof CatalogueService>;
export type CatalogueServiceInput = z.input<typeof CatalogueService>;

export const LifeEvent = z.object({
  /** also the English slug of its page (/en/life-events/having-a-baby) */
  id: CatalogueId,
  /** the French slug of its page (/fr/evenements-de-vie/avoir-un-bebe); the other language's slug redirects */
  frSlug: CatalogueId,
  name: Bilingual,
  description: Bilingual,
  synonyms: Synonyms,
  /** government life-event lists this event appears in */
  sources: SourceIds,
});
export type LifeEvent = z.infer<typeof LifeEvent>;

/** A province or territory: its name and the official finder of its own offices. */
export const CatalogueJurisdiction = z.object({
  code: ProvinceCode,
  name: Bilingual,
  order: z.enum(['provincial', 'territorial']),
  officeFinder: z.object({
    /** what the link opens, e.g. "ServiceOntario locations" */
    label: Bilingual,
    /** the finder's page in each language the government publishes it in (Québec's is in French only) */
    url: z
      .object({ en: HttpsUrl.optional(), fr: HttpsUrl.optional() })
      .refine((url) => url.en !== undefined || url.fr !== undefined, 'an office finder needs its page in English or in French'),
    sources: SourceIds,
  }),
});
export type CatalogueJurisdiction = z.infer<typeof CatalogueJurisdiction>;

export const MIN_SERVICES_PER_LIFE_EVENT = 4;

export const Catalogue = z
  .object({
    version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/, 'expected YYYY.MM.DD'),
    sources: z.array(CatalogueSource),
    organizations: z.array(CatalogueOrganization),
    lifeEvents: z.array(LifeEvent),
    services: z.array(CatalogueService),
    jurisdictions: z.array(CatalogueJurisdiction),
  })
  .superRefine((catalogue, context) => {
    const sourceIds = new Set(catalogue.sources.map((source) => source.id));
    const lifeEventIds = new Set(catalogue.lifeEvents.map((lifeEvent) => lifeEvent.id));
    const report = (path: Array<string | number>, message: string): void => {
      context.addIssue({ code: 'custom', path, message });
    };
    // A French slug names one life event only, and never another event's English id.
    const frSlugs = new Set<string>();
    catalogue.lifeEvents.forEach((lifeEvent, i) => {
      if (frSlugs.has(lifeEvent.frSlug) || (lifeEventIds.has(lifeEvent.frSlug) && lifeEvent.frSlug !== lifeEvent.id))
        report(['lifeEvents', i, 'frSlug'], `French slug ${lifeEvent.frSlug} is already in use`);
      frSlugs.add(lifeEvent.frSlug);
    });
    for (const [listName, list] of [
      ['sources', catalogue.sources],
      ['organizations', catalogue.organizations],
      ['lifeEvents', catalogue.lifeEvents],
      ['services', catalogue.services],
    ] as const) {
      const seen = new Set<string>();
      list.forEach((item, index) => {
        if (seen.has(item.id)) report([listName, index, 'id'], `duplicate id ${item.id}`);
        seen.add(item.id);
      });
    }
    const checkSources = (path: Array<string | number>, ids: string[]): void => {
      for (const id of ids) if (!sourceIds.has(id)) report(path, `unknown source ${id}`);
    };
    catalogue.organizations.forEach((organization, index) => checkSources(['organizations', index, 'sources'], organization.sources));
    catalogue.lifeEvents.forEach((lifeEvent, index) => checkSources(['lifeEvents', index, 'sources'], lifeEvent.sources));
    const servicesPerLifeEvent = new Map<string, number>();
    const inventoryRecords = new Map<string, string>();
    catalogue.services.forEach((service, index) => {
      const path = ['services', index];
      checkSources([...path, 'sources'], service.sources);
      const organization = catalogue.organizations.find((candidate) => candidate.id === service.organizationId);
      if (organization === undefined) report([...path, 'organizationId'], `unknown organization ${service.organizationId}`);
      else if (organization.order !== service.order)
        report([...path, 'order'], `${service.id} is ${service.order} but ${organization.id} is ${organization.order}`);
      for (const lifeEventId of service.lifeEventIds) {
        if (!lifeEventIds.has(lifeEventId)) report([...path, 'lifeEventIds'], `unknown life event ${lifeEventId}`);
        servicesPerLifeEvent.set(lifeEventId, (servicesPerLifeEvent.get(lifeEventId) ?? 0) + 1);
      }
      const { online, phones, inPerson } = service.channels;
      if (online !== undefined) checkSources([...path, 'channels', 'online', 'sources'], online.sources);
      phones.forEach((phone, phoneIndex) => checkSources([...path, 'channels', 'phones', phoneIndex, 'sources'], phone.sources));
      if (inPerson !== undefined) {
        checkSources([...path, 'channels', 'inPerson', 'sources'], inPerson.sources);
        if (inPerson.someLocationsOnly && inPerson.anyOfFeatures.length === 0) {
          report([...path, 'channels', 'inPerson'], 'offered at only some points, but nothing says which');
        }
      }
      if (service.inventory !== undefined) {
        checkSources([...path, 'inventory', 'sources'], service.inventory.sources);
        const holder = inventoryRecords.get(service.inventory.recordId);
        if (holder !== undefined)
          report(
            [...path, 'inventory', 'recordId'],
            `inventory record ${service.inventory.recordId} is on both ${holder} and ${service.id}`,
          );
        inventoryRecords.set(service.inventory.recordId, service.id);
        const figures = service.inventory.applications;
        if (figures !== undefined && figures.fiscalYear !== service.inventory.fiscalYear) {
          report(
            [...path, 'inventory', 'applications'],
            `${service.id}: figures of ${figures.fiscalYear} on a ${service.inventory.fiscalYear} record`,
          );
        }
        if (
          service.origin.kind === 'imported' &&
          service.origin.recordId !== service.inventory.recordId &&
          service.origin.sourceId === INVENTORY_SOURCE_FOLDER
        ) {
          report(
            [...path, 'inventory', 'recordId'],
            `${service.id}: imported from record ${service.origin.recordId} but linked to ${service.inventory.recordId}`,
          );
        }
      }
      const { offices } = service.channels;
      if (offices !== undefined) checkSources([...path, 'channels', 'offices', 'sources'], offices.sources);
      if (online === undefined && phones.length === 0 && inPerson === undefined && offices === undefined)
        report([...path, 'channels'], 'no way to get the service');
      service.notAvailableIn.forEach((rule, ruleIndex) => {
        const rulePath = [...path, 'notAvailableIn', ruleIndex];
        checkSources([...rulePath, 'sources'], rule.sources);
        if (service.order !== 'federal') report(rulePath, `${service.id}: only a federal service can be replaced by a province's own`);
        for (const replacementId of rule.replacedBy) {
          const replacement = catalogue.services.find((candidate) => candidate.id === replacementId);
          if (replacement === undefined) report([...rulePath, 'replacedBy'], `unknown service ${replacementId}`);
          else if (!rule.provinces.includes(replacement.jurisdiction as ProvinceCode)) {
            report(
              [...rulePath, 'replacedBy'],
              `${replacementId} is a ${replacement.jurisdiction} service, not one of ${rule.provinces.join(', ')}`,
            );
          }
        }
      });
      if (
        service.order !== 'federal' &&
        service.jurisdiction !== 'CA' &&
        !catalogue.jurisdictions.some((j) => j.code === service.jurisdiction) &&
        /^[A-Z]{2}$/.test(service.jurisdiction)
      ) {
        report([...path, 'jurisdiction'], `unknown province or territory ${service.jurisdiction}`);
      }
    });
    const jurisdictionCodes = new Set<string>();
    catalogue.jurisdictions.forEach((jurisdiction, index) => {
      if (jurisdictionCodes.has(jurisdiction.code)) report(['jurisdictions', index, 'code'], `duplicate jurisdiction ${jurisdiction.code}`);
      jurisdictionCodes.add(jurisdiction.code);
      checkSources(['jurisdictions', index, 'officeFinder', 'sources'], jurisdiction.officeFinder.sources);
    });
    for (const code of ProvinceCode.options) {
      if (!jurisdictionCodes.has(code)) report(['jurisdictions'], `no office finder for ${code}`);
    }
    catalogue.lifeEvents.forEach((lifeEvent, index) => {
      const count = servicesPerLifeEvent.get(lifeEvent.id) ?? 0;
      if (count < MIN_SERVICES_PER_LIFE_EVENT)
        report(['lifeEvents', index], `${lifeEvent.id} has ${count} services, needs ${MIN_SERVICES_PER_LIFE_EVENT}`);
    });
  });
export type Catalogue = z.infer<typeof Catalogue>;
export type CatalogueInput = z.input<typeof Catalogue>;

/** What the GC Service Inventory import needs to know of a department (table in data/catalogue/inventory.ts). */
export interface InventoryDepartment {
  /** catalogue organization (data/catalogue/organizations*.ts) */
  organizationId: string;
  /** category given to the department's services (the inventory has no subject classification) */
  category: ServiceCategory;
}

/** inventory service id → catalogue id of the entry it is the same service as, with why */
export interface InventoryMatch {
  recordId: string;
  catalogueId: string;
  note: string;
}

/**
 * The catalogue as written in data/catalogue: everything but the services imported from data files, which are built
 * from data/sources (lib/catalogue/imports.ts) and joined to these entries when the catalogue is loaded.
 */
export type CuratedCatalogueInput = Omit<CatalogueInput, 'services'> & {
  /** federal entries written by hand: the imported VAC benefits follow them, and inventory records attach to both */
  federalServices: CatalogueServiceInput[];
  /** provincial, territorial and municipal entries */
  otherServices: CatalogueServiceInput[];
};
