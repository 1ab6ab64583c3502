import { z } from 'zod';
import {
  DeliveryMode,
  GovernmentOrder,
  Locale,
  Localized,
  LocationType,
  Organization,
  Precision,
  ProvinceCode,
  ServiceAtLocation,
  ServicePoint,
  SourceReport,
} from '../model/schema';
import { Interval } from '../model/schedule';
import { ApplicationChannel, CatalogueSource, Origin, ServiceCategory } from '../model/catalogue';
import { COVERAGE_ORDERS } from '../coverage/coverage';
import { ACCESS_COLUMNS, GAP_COLUMNS, OPPORTUNITY_COLUMNS } from '../planning/export';
import { LISTING_KINDS, REASONS, STATUSES } from '../reports/validation';
import { ApiErrorBody } from './error';

/**
 * What /api/v1 answers, described once: the route handlers type their bodies with these schemas, the tests parse real
 * answers with them, and the `components.schemas` of /api/v1/openapi.json are generated from them (lib/api/openapi.ts).
 * Each schema named in API_SCHEMAS becomes a component; the others are inlined where they are used.
 */

const iso = (description: string) => z.string().meta({ format: 'date-time', description });
const count = (description?: string) => (description ? z.number().int().min(0).describe(description) : z.number().int().min(0));
const url = (description?: string) => (description ? z.string().meta({ format: 'uri', description }) : z.string().meta({ format: 'uri' }));
const sitePath = (description: string) => z.string().describe(description);
const IdName = z.object({ id: z.string(), name: z.string() });
const SourceIds = z.array(z.string()).describe('ids of the sources (see `sources`) the fact comes from');

// ——— Hours ———

const OPEN_STATES = {
  open: 'open now',
  'closes-soon': 'open now, closing soon',
  closed: 'closed now; see reason and opensAt',
  'opens-later-today': 'closed now, opens later today',
  unknown: 'the source gives no usable hours',
} as const;

const ClosedReason = z.enum(['holiday', 'temporary-closure', 'lunch', 'outside-hours', 'no-visit-today', 'text-only', 'no-hours']);
const BilingualName = z.object({ en: z.string(), fr: z.string() });
const SourceNote = z.object({ en: z.string().optional(), fr: z.string().optional() });

export const LocalMoment = z.object({
  date: z.string().describe('local date, YYYY-MM-DD'),
  time: z.string().describe('local time, HH:MM'),
  instant: iso('the same moment in UTC'),
});

export const OpenStatus = z.object({
  state: z.enum(Object.keys(OPEN_STATES) as [keyof typeof OPEN_STATES]).describe(
    Object.entries(OPEN_STATES)
      .map(([state, meaning]) => `${state}: ${meaning}`)
      .join('; '),
  ),
  closesAt: LocalMoment.optional(),
  opensAt: LocalMoment.optional(),
  reason: ClosedReason.optional(),
  holidayName: BilingualName.optional(),
  closureNote: SourceNote.optional().describe('the source’s words for a dated closure'),
});

// ——— Search ———

const NOTICES = {
  'needs-query': 'no need (q), life event (event) or location type (type) was given',
  'no-match': 'no catalogue service, life event, location type or service point name matches the need',
  'needs-place': 'no usable place: the matched services and their online and phone channels are listed, without points',
  'place-unknown': 'the postal code or place name is not known (nothing near somewhere else is substituted)',
  'place-ambiguous': 'several places have this name: see place.choices',
  'place-invalid': 'the place cannot be used (empty, too long, or coordinates outside Canada): see place.reason',
  'no-results-nearby': 'no point delivers the matched services in person under these filters',
  'not-offered-here': 'the matched services exist only in other provinces or cities than the place',
  'online-only': 'the matched services have no counter: their online and phone channels are the answer',
  'past-end': 'places match (see total), but offset is past the last of them',
} as const;

export const OrganizationRef = z.object({ id: z.string(), name: z.string(), order: GovernmentOrder });

export const ResolvedPlace = z.object({
  label: z.string(),
  lat: z.number(),
  lon: z.number(),
  precision: Precision,
  province: ProvinceCode.nullable(),
  understoodAs: z.enum(['postal-code', 'fsa', 'place-name', 'coordinates']),
  alternatives: z
    .array(z.object({ label: z.string(), province: ProvinceCode.nullable() }))
    .describe('other places of the same name, offered beside the preselected larger one'),
});

export const PlaceResolution = z
  .discriminatedUnion('status', [
    ResolvedPlace.extend({ status: z.literal('resolved') }),
    z.object({
      status: z.literal('ambiguous'),
      reason: z
        .enum(['same-name', 'rural-fsa', 'postal-code-places'])
        .describe('same-name places, a rural postal area’s communities, or sources disagreeing'),
      choices: z.array(ResolvedPlace),
    }),
    z.object({ status: z.literal('unknown'), reason: z.enum(['no-such-postal-code', 'no-such-place']) }),
    z.object({ status: z.literal('invalid'), reason: z.enum(['empty', 'too-long', 'coordinates-out-of-range']) }),
  ])
  .describe('how `near` (or lat/lon) was understood');

export const NeedMatch = z.object({
  id: z.string().describe('catalogue service, life event, location type or organization id'),
  kind: z.enum(['service', 'life-event', 'location-type', 'organization']),
  relevance: z.number().min(0).max(1).describe('1 = exactly a name, synonym or abbreviation'),
  via: z.enum(['exact', 'words']),
});

export const ServiceChannels = z.object({
  id: z.string(),
  name: z.string(),
  order: GovernmentOrder,
  online: url('the page in the requested language when one is known').optional(),
  onlineLanguage: Locale.describe('language of the online page: the other language when none is known in the requested one').optional(),
  phones: z.array(z.object({ number: z.string(), label: z.string().optional(), hours: z.string().optional() })),
  inPerson: z.boolean().describe('whether some service points deliver it in person'),
  path: sitePath('the service page on this site'),
  audience: z.enum(['veterans']).nullable().describe('a program for one group of people'),
});

const DistanceDisplay = z
  .discriminatedUnion('show', [
    z.object({ show: z.literal('exact'), km: z.number() }),
    z.object({ show: z.literal('approximate'), km: z.number() }),
    z.object({ show: z.literal('none') }),
  ])
  .describe('the distance as a page may show it: none when the placement error can exceed it');

const Directions = z.object({
  destination: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('coordinates'), lat: z.number(), lon: z.number() }),
    z.object({ kind: z.literal('address'), text: z.string() }),
  ]),
  default: url('the platform’s default map app'),
  openStreetMap: url(),
  geo: z.string().describe('geo: URI for phones'),
});

export const LocatedResult = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  type: LocationType,
  address: z.object({ lines: z.array(z.string()), city: z.string(), province: ProvinceCode, postalCode: z.string().optional() }),
  lat: z.number(),
  lon: z.number(),
  precision: Precision,
  approximate: z.boolean().describe('true unless the point is placed exactly (postal-code or locality centroid)'),
  distanceKm: z.number().nullable().describe('great-circle distance from the place'),
  timeZone: z.string().describe('IANA zone'),
  timeZoneLabel: z.string().describe('the zone as a page names it ("Eastern time")'),
  distance: DistanceDisplay,
  directions: Directions,
  phone: z.string().optional().describe('the point’s first phone number'),
  dataDate: z.string().optional().describe('the newest source date of the listing, when it is more than a year old'),
  host: OrganizationRef.nullable(),
  providers: z.array(OrganizationRef),
  services: z.array(IdName).describe('the matched catalogue services delivered here'),
  status: OpenStatus,
  localDate: z.string().describe('the point’s local date at the time of the search'),
  path: sitePath('the point’s page on this site'),
});

const OfficeFinder = z.object({
  jurisdiction: ProvinceCode,
  jurisdictionName: z.string(),
  label: z.string(),
  url: url('the official office finder of that province or territory'),
  language: Locale.describe('language of the linked page'),
});

const ReplacedService = IdName.extend({
  note: z.string().describe('why it does not apply in the province'),
  replacedBy: z.array(IdName),
});

export const SearchResponse = z.object({
  query: z.object({
    q: z.string(),
    near: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    lang: Locale,
    filters: z.object({
      event: z.string().nullable(),
      order: GovernmentOrder.nullable(),
      type: LocationType.nullable(),
      open: z.boolean(),
      language: Locale.nullable(),
      within: z.number().nullable(),
    }),
    at: iso('the instant opening hours are evaluated at'),
    limit: count(),
    offset: count(),
    matched: z.array(NeedMatch),
  }),
  notice: z
    .enum(Object.keys(NOTICES) as [keyof typeof NOTICES])
    .nullable()
    .describe(
      Object.entries(NOTICES)
        .map(([notice, meaning]) => `${notice}: ${meaning}`)
        .join('; '),
    ),
  place: PlaceResolution.nullable(),
  services: z.array(ServiceChannels),
  total: count('points matching, before limit and offset'),
  officeGaps: z
    .object({ finder: OfficeFinder, services: z.array(IdName.extend({ note: z.string().optional() })) })
    .nullable()
    .describe('the matched programs of a province or territory whose offices Guichet does not list, and its office finder'),
  replaced: z.array(ReplacedService).describe('federal services not offered in the place’s province, and what takes their place'),
  results: z.array(LocatedResult),
  lifeEvents: z.array(IdName.extend({ path: sitePath('the life event’s page on this site, in the response language') })),
  organizations: z.array(
    OrganizationRef.extend({
      pointCount: count('points the organization hosts or serves at; 0: Guichet lists no counter of theirs'),
    }),
  ),
  nearby: z
    .array(
      z.object({
        order: GovernmentOrder,
        type: LocationType,
        total: count('points of this kind and order near the place'),
        results: z.array(LocatedResult),
      }),
    )
    .nullable()
    .describe('a place given without a need (notice needs-query): what is near it, by order of government then kind of place'),
  message: z.string().nullable().describe('the notice, and any office gap, explained in English'),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

export const SearchMapPoint = z.object({
  id: z.string(),
  lat: z.number(),
  lon: z.number(),
  label: z.string().describe('the name of the place, in the response language'),
  href: sitePath('the place’s page on this site, in the response language'),
  approximate: z.boolean().describe('the position is that of a postal code area or a town, not the building'),
});

export const SearchMapResponse = z.object({
  total: count('points matching, as in /api/v1/search'),
  points: z.array(SearchMapPoint).describe('the nearest points of the whole list (at most 100), nearest first'),
});
export type SearchMapResponse = z.infer<typeof SearchMapResponse>;

// ——— Catalogue ———

/** A public source a catalogue fact comes from: a web page, or data bundled under data/sources/. */
export const Source = z.object({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  url: url().optional(),
  file: z.string().optional().describe('folder under data/sources/ of bundled data (the same as the id)'),
  checked: z.string().describe('how the fact was checked'),
});

export const OrganizationView = OrganizationRef.extend({ jurisdiction: z.string().describe("'CA', a province code or a municipality") });

export const ServiceSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  order: GovernmentOrder,
  jurisdiction: z.string(),
  organization: OrganizationView,
  categories: z.array(ServiceCategory),
  lifeEventIds: z.array(z.string()),
  inPerson: z.boolean(),
});

export const ServiceDetail = ServiceSummary.extend({
  synonyms: z.array(z.string()),
  lifeEvents: z.array(IdName),
  channels: z.object({
    online: z
      .object({ url: url(), language: Locale.describe('language of the page: English when no French page is known'), sources: SourceIds })
      .optional(),
    phones: z.array(z.object({ number: z.string(), label: z.string().optional(), hours: z.string().optional(), sources: SourceIds })),
    inPerson: z
      .object({
        locationTypes: z.array(LocationType),
        someLocationsOnly: z.boolean(),
        requiredFeatures: z.array(z.string()),
        note: z.string().optional(),
        sources: SourceIds,
      })
      .optional(),
    offices: z
      .object({ note: z.string().optional(), sources: SourceIds })
      .optional()
      .describe('the government’s own counters, which Guichet may not list'),
  }),
  notAvailableIn: z
    .array(z.object({ provinces: z.array(ProvinceCode), note: z.string(), replacedBy: z.array(IdName), sources: SourceIds }))
    .describe('provinces whose residents get this from their own government instead'),
  officeFinder: OfficeFinder.optional(),
  sources: z.array(Source),
  origin: Origin,
  applications: z
    .object({
      recordId: z.string().describe('GC Service Inventory service id'),
      fiscalYear: z.string(),
      total: count(),
      channels: z.array(z.object({ channel: ApplicationChannel, count: count(), share: z.number().min(0).max(1) })),
      sources: SourceIds,
    })
    .optional()
    .describe('applications received by channel in one fiscal year (GC Service Inventory), largest first'),
});

export const ServicesResponse = z.object({
  version: z.string().describe('catalogue version'),
  lang: Locale,
  count: count(),
  services: z.array(ServiceSummary),
});
export type ServicesResponse = z.infer<typeof ServicesResponse>;

export const ServiceResponse = z.object({
  version: z.string().describe('catalogue version'),
  snapshot: z.string().describe('data snapshot version'),
  lang: Locale,
  service: ServiceDetail,
  deliveryPoints: z.object({ count: count(), servicePointIds: z.array(z.string()), serviceAtLocationIds: z.array(z.string()) }),
});
export type ServiceResponse = z.infer<typeof ServiceResponse>;

export const LifeEventSummary = z.object({ id: z.string(), name: z.string(), description: z.string(), serviceCount: count() });

export const LifeEventDetail = LifeEventSummary.extend({
  synonyms: z.array(z.string()),
  // the catalogue's own source records, which say `bundled` where a service's sources name the folder as `file`
  sources: z.array(CatalogueSource),
  governments: z
    .array(z.object({ order: GovernmentOrder, jurisdiction: z.string(), services: z.array(ServiceSummary) }))
    .describe('federal first'),
});

export const LifeEventsResponse = z.object({ version: z.string(), lang: Locale, count: count(), lifeEvents: z.array(LifeEventSummary) });
export type LifeEventsResponse = z.infer<typeof LifeEventsResponse>;

export const LifeEventResponse = z.object({ version: z.string(), lang: Locale, lifeEvent: LifeEventDetail });
export type LifeEventResponse = z.infer<typeof LifeEventResponse>;

// ——— Locations ———

export const LocationResponse = z.object({
  at: iso('the instant evaluated'),
  location: ServicePoint,
  host: Organization.nullable(),
  services: z.array(
    ServiceAtLocation.extend({
      service: Localized.nullable().describe('the name of the service delivered'),
      provider: Organization.nullable(),
      host: Organization.nullable(),
    }),
  ),
  status: OpenStatus,
  nextOpening: LocalMoment.nullable(),
  nextOutreachVisit: z.object({ date: z.string(), opensAt: LocalMoment, closesAt: LocalMoment }).nullable(),
  week: z
    .array(
      z.object({
        date: z.string(),
        weekday: z.number().int().min(1).max(7).describe('ISO weekday, 1 = Monday'),
        intervals: z.array(Interval),
        closedReason: z.enum(['holiday', 'temporary-closure', 'outside-hours', 'no-visit-today']).optional(),
        holidayName: BilingualName.optional(),
        closureNote: SourceNote.optional(),
        today: z.boolean(),
      }),
    )
    .describe('seven local days from the local date of `at`'),
  links: z.object({ en: sitePath('the point’s page in English'), fr: sitePath('the point’s page in French') }),
});
export type LocationResponse = z.infer<typeof LocationResponse>;

// ——— Reference ———

export const CoverageSource = z.object({
  id: z.string(),
  title: z.string().describe('in the requested language when the source has one'),
  titleLanguage: Locale,
  publisher: z.string().describe('as the source states it (a proper name, usually in English)'),
  licence: z.string().describe('as the source states it'),
  order: GovernmentOrder,
  date: z.string().describe('the date the source describes: YYYY, YYYY-MM or YYYY-MM-DD'),
  dateText: z.string().describe('the date written out in the requested language'),
  dated: z.boolean().describe('more than three years older than the snapshot'),
  upstreamUrl: url().nullable(),
});

const Link = z.object({ label: z.string(), url: url(), language: Locale });

export const CoverageJurisdiction = z.object({
  code: ProvinceCode,
  name: z.string(),
  order: z.enum(['provincial', 'territorial']),
  points: count('distinct service points in the province or territory'),
  services: count('distinct catalogue services that apply to its residents'),
  ownPoints: count('service points of its own government'),
  municipalities: z.array(z.string()),
  officeFinder: Link,
  orders: z.array(
    z.object({
      key: z.enum(COVERAGE_ORDERS).describe('own: the province’s or territory’s own government'),
      order: GovernmentOrder,
      label: z.string(),
      points: count('points where a government (or organization) of this order delivers a service'),
      services: count('catalogue services of this order that apply to residents'),
      servicesWithPoints: count('of those, the services delivered at a listed point in the province or territory'),
      sources: z.array(CoverageSource.pick({ id: true, title: true, titleLanguage: true, date: true, dateText: true, dated: true })),
    }),
  ),
  gaps: z.array(
    z.object({
      kind: z.enum([
        'no-own-offices',
        'own-offices-incomplete',
        'federal-offices-incomplete',
        'no-municipal-data',
        'municipal-data-partial',
        'no-indigenous-data',
        'dated-sources',
      ]),
      text: z.string().describe('the gap in a sentence, in the requested language'),
      serviceIds: z.array(z.string()),
      link: Link.nullable(),
    }),
  ),
  replaced: z.array(ReplacedService),
});

export const CoverageResponse = z.object({
  lang: Locale,
  snapshot: z.object({ version: z.string(), builtAt: z.string(), builtAtText: z.string() }),
  catalogueVersion: z.string(),
  national: z.object({
    points: count(),
    services: count(),
    orders: z.array(z.object({ order: GovernmentOrder, label: z.string(), points: count(), services: count() })),
    pointSources: z.array(CoverageSource),
    referenceSources: z.array(CoverageSource),
  }),
  jurisdictions: z.array(CoverageJurisdiction),
});
export type CoverageResponse = z.infer<typeof CoverageResponse>;

export const SourceSummary = z.object({
  id: z.string(),
  title: Localized,
  publisher: z.string(),
  order: GovernmentOrder,
  licence: z.string(),
  date: z.string().describe('the date the source describes'),
  upstream: z.string().nullable(),
  files: z.array(z.string()),
  counts: SourceReport.shape.counts,
});

export const SourcesResponse = z.object({
  snapshot: z.object({ version: z.string(), builtAt: z.string() }),
  sources: z.array(SourceSummary),
});
export type SourcesResponse = z.infer<typeof SourcesResponse>;

const Ring = z.array(z.tuple([z.number(), z.number()])).describe('[lon, lat] pairs, closed');
export const BoundariesResponse = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ code: ProvinceCode, nameEn: z.string(), nameFr: z.string() }),
      geometry: z.discriminatedUnion('type', [
        z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring) }),
        z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring)) }),
      ]),
    }),
  ),
});
export type BoundariesResponse = z.infer<typeof BoundariesResponse>;

// ——— Planning ———

const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const rowOf = (columns: readonly string[]) => z.object(Object.fromEntries(columns.map((column) => [column, Cell])));

const PlanningAnswer = z.object({
  snapshot: z.object({ version: z.string(), builtAt: z.string() }),
  estimate: z.string().describe('how the figures are estimated'),
  query: z.object({
    organization: z.string().optional(),
    order: GovernmentOrder.optional(),
    province: ProvinceCode.optional(),
    within: z.number().optional(),
  }),
});

export const PlanningAccessResponse = PlanningAnswer.extend({
  placement: z.array(
    z.object({
      region: z.union([ProvinceCode, z.literal('CA')]),
      censusPopulation: count(),
      placedPopulation: count(),
      placedShare: z.number().describe('placed ÷ census; above 1 when figures of different years or areas overlap'),
      municipalityPopulation: count(),
      communityPopulation: count(),
      places: count(),
      setAside: count('copies of another place’s figure, not counted again'),
      communities: count(),
      communitiesWithFigure: count(),
    }),
  ),
  layers: z.array(
    z.object({
      key: z.string(),
      dimension: z.enum(['government', 'order', 'organization', 'kind']),
      order: GovernmentOrder.nullable(),
      organization: z.string().nullable(),
      organizationName: Localized.nullable(),
      kind: z.union([LocationType, z.literal('passport')]).nullable(),
      points: count(),
    }),
  ),
  rows: z.array(rowOf(ACCESS_COLUMNS)),
});

export const PlanningGapsResponse = PlanningAnswer.extend({ rows: z.array(rowOf(GAP_COLUMNS)) });

export const PlanningOpportunitiesResponse = PlanningAnswer.extend({
  targetOrder: GovernmentOrder,
  withinKm: z.number(),
  'counter-gaps': z.array(rowOf(OPPORTUNITY_COLUMNS['counter-gaps'])).optional(),
  partnerships: z.array(rowOf(OPPORTUNITY_COLUMNS.partnerships)).optional(),
  'shared-counters': z.array(rowOf(OPPORTUNITY_COLUMNS['shared-counters'])).optional(),
}).describe('every table, or the one `table` names');

// ——— Problem reports ———

export const ReportRequest = z.object({
  kind: z.enum(LISTING_KINDS),
  id: z.string().describe('the service point slug or catalogue service id'),
  locale: Locale,
  reason: z.enum(REASONS),
  note: z.string().optional().describe('plain text, at most 500 characters'),
  visited: z.string().optional().describe('YYYY-MM-DD, within the last year'),
});

export const ReportReceived = z.object({ status: z.literal('received') });

export const ReportStatusChanged = z.object({ id: z.number().int(), status: z.enum(STATUSES) });

export const ReportsExport = z.object({
  source: z.string(),
  generatedAt: iso('when the export was made'),
  problems: z.array(
    z.object({
      id: z.number().int(),
      listingKind: z.enum(LISTING_KINDS),
      listingId: z.string(),
      sourceId: z.string(),
      recordId: z.string(),
      reason: z.enum(REASONS),
      status: z.enum(STATUSES),
      openedAt: z.string(),
      lastReportedAt: z.string(),
      closedAt: z.string().nullable(),
      reporters: count('people who reported it'),
      submissions: z.array(
        z.object({ receivedAt: z.string(), visitedOn: z.string().nullable(), note: z.string().nullable(), locale: Locale }),
      ),
      links: z.object({ en: url(), fr: url() }),
    }),
  ),
});

/** The components of the OpenAPI document: every schema referenced by name, enumerations of the model included. */
export const API_SCHEMAS = {
  Error: ApiErrorBody,
  GovernmentOrder,
  LocationType,
  Precision,
  ProvinceCode,
  Locale,
  DeliveryMode,
  LocalMoment,
  OpenStatus,
  OrganizationRef,
  ResolvedPlace,
  PlaceResolution,
  NeedMatch,
  ServiceChannels,
  LocatedResult,
  SearchResponse,
  SearchMapPoint,
  SearchMapResponse,
  OrganizationView,
  Source,
  CatalogueSource,
  ServiceSummary,
  ServiceDetail,
  ServicesResponse,
  ServiceResponse,
  LifeEventSummary,
  LifeEventDetail,
  LifeEventsResponse,
  LifeEventResponse,
  Organization,
  ServicePoint,
  ServiceAtLocation,
  LocationResponse,
  CoverageSource,
  CoverageJurisdiction,
  CoverageResponse,
  SourceSummary,
  SourcesResponse,
  BoundariesResponse,
  PlanningAccessResponse,
  PlanningGapsResponse,
  PlanningOpportunitiesResponse,
  ReportRequest,
  ReportReceived,
  ReportStatusChanged,
  ReportsExport,
} satisfies Record<string, z.ZodType>;

export type ApiSchemaName = keyof typeof API_SCHEMAS;
