import { z } from 'zod';
import { Schedule } from './schedule';

/**
 * Guichet's common model: a Canadian profile of Open Referral HSDS 3.
 * organization ↔ HSDS organization, ServicePoint ↔ HSDS location (+address, phone, accessibility, schedule),
 * OfferedService ↔ HSDS service, ServiceAtLocation ↔ HSDS service_at_location.
 * Canadian additions: order of government, two roles per service at a location (accountable provider vs host site),
 * coordinate precision, IANA zone, official-language designation, per-record provenance.
 */

export const Locale = z.enum(['en', 'fr']);
export type Locale = z.infer<typeof Locale>;

/** Text in one or both official languages; at least one must be present. */
export const Localized = z
  .object({ en: z.string().min(1).optional(), fr: z.string().min(1).optional() })
  .refine((v) => v.en !== undefined || v.fr !== undefined, 'needs English or French text');
export type Localized = z.infer<typeof Localized>;

export const GovernmentOrder = z.enum(['federal', 'provincial', 'territorial', 'municipal', 'indigenous', 'community']);
export type GovernmentOrder = z.infer<typeof GovernmentOrder>;
/** Where an order of government comes in lists: federal first, community organizations last (the enum's order). */
export const orderRank = (order: GovernmentOrder): number => GovernmentOrder.options.indexOf(order);

export const ProvinceCode = z.enum(['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT']);
export type ProvinceCode = z.infer<typeof ProvinceCode>;
export const isProvinceCode = (value: string): value is ProvinceCode => ProvinceCode.safeParse(value).success;
/** Statistics Canada's Standard Geographical Classification code of each province and territory (census and boundary files). */
export const PROVINCE_BY_SGC_CODE: Readonly<Record<string, ProvinceCode>> = {
  '10': 'NL',
  '11': 'PE',
  '12': 'NS',
  '13': 'NB',
  '24': 'QC',
  '35': 'ON',
  '46': 'MB',
  '47': 'SK',
  '48': 'AB',
  '59': 'BC',
  '60': 'YT',
  '61': 'NT',
  '62': 'NU',
};

export const HttpsUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://'), 'only https links are kept');

export const Provenance = z.object({
  sourceId: z.string(),
  /** id of the record in the source, or file:line when the source has none */
  recordId: z.string(),
  file: z.string(),
  line: z.number().int().positive().optional(),
  /** date the source describes (YYYY-MM-DD or YYYY-MM) */
  sourceDate: z.string(),
  licence: z.string(),
  upstreamUrl: z.string().optional(),
});
export type Provenance = z.infer<typeof Provenance>;

export const Organization = z.object({
  id: z.string(),
  name: Localized,
  order: GovernmentOrder,
  /** 'CA' for federal, a province code, or a municipality / nation name */
  jurisdiction: z.string(),
  url: HttpsUrl.optional(),
});
export type Organization = z.infer<typeof Organization>;

export const LocationType = z.enum([
  'service-centre', // general government service counter (Service Canada Centre, Service BC, ServiceOntario)
  'passport-office',
  'outreach-site', // scheduled visits at a host site
  'partner-site', // another organization's counter delivering on a government's behalf
  'employment-centre',
  'land-registry-office',
  'government-office',
  'municipal-office', // a city's own counter for residents: city hall, borough office, municipal point of service
  'library',
  'community-centre',
  'child-family-centre',
  'community-agency',
  'shelter',
  'indigenous-community',
]);
export type LocationType = z.infer<typeof LocationType>;

export const Precision = z.enum(['exact', 'postal-code', 'locality']);
export type Precision = z.infer<typeof Precision>;

export const Coordinates = z.object({
  lat: z.number().min(41).max(84),
  lon: z.number().min(-142).max(-52),
  precision: Precision,
  /** how the point was placed: from the source, from an FSA centroid, or from the gazetteer */
  method: z.enum(['source', 'fsa-centroid', 'gazetteer', 'same-address']),
  /** why a source pin was replaced, when it was */
  note: z.string().optional(),
});
export type Coordinates = z.infer<typeof Coordinates>;

export const Address = z.object({
  lines: z.object({ en: z.array(z.string()).optional(), fr: z.array(z.string()).optional() }),
  city: Localized,
  province: ProvinceCode,
  postalCode: z
    .string()
    .regex(/^[A-Z]\d[A-Z] \d[A-Z]\d$/)
    .optional(),
});
export type Address = z.infer<typeof Address>;

export const Phone = z.object({ number: z.string(), label: Localized.optional() });

export const ServicePoint = z.object({
  id: z.string(),
  /** URL slug, stable across snapshots */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  name: Localized,
  type: LocationType,
  /** the organization whose site or counter this is */
  hostOrganizationId: z.string(),
  address: Address,
  coordinates: Coordinates,
  timeZone: z.string(),
  /** official languages in which service is offered, when the source says */
  officialLanguages: z.array(Locale).optional(),
  accessibility: z
    .object({
      wheelchair: z.boolean().optional(),
      signLanguage: z.array(z.enum(['asl', 'lsq'])).optional(),
      parking: z.enum(['free', 'paid']).optional(),
      notes: Localized.optional(),
    })
    .default({}),
  phones: z.array(Phone).default([]),
  email: z.string().email().optional(),
  /** official page for this point (https only) */
  url: z.object({ en: HttpsUrl.optional(), fr: HttpsUrl.optional() }).optional(),
  schedule: Schedule,
  /** ids of points judged to be the same physical site (co-location) */
  sameSiteAs: z.array(z.string()).default([]),
  provenance: z.array(Provenance).min(1),
});
export type ServicePoint = z.infer<typeof ServicePoint>;

/** A service as delivered at service points (e.g. "Service Canada in-person services", "Passport: urgent"). */
export const OfferedService = z.object({
  id: z.string(),
  name: Localized,
  /** the government accountable for the service */
  providerOrganizationId: z.string(),
  /** catalogue ids this offering fulfils (filled by the catalogue) */
  catalogueIds: z.array(z.string()).default([]),
});
export type OfferedService = z.infer<typeof OfferedService>;

export const DeliveryMode = z.enum([
  'in-person', // the provider's own counter
  'co-located', // provider's staff inside another organization's site
  'outreach', // scheduled visits at a host site
  'partner', // the host delivers on the provider's behalf
  'virtual', // remote service from a host site
]);
export type DeliveryMode = z.infer<typeof DeliveryMode>;

/** The core record: one service delivered at one point, with its two roles. */
export const ServiceAtLocation = z.object({
  id: z.string(),
  serviceId: z.string(),
  locationId: z.string(),
  providerOrganizationId: z.string(),
  hostOrganizationId: z.string(),
  mode: DeliveryMode,
  /** e.g. passport service levels at this office: urgent, express, pickup10, mail20, biometrics */
  features: z.array(z.string()).default([]),
  provenance: Provenance,
});
export type ServiceAtLocation = z.infer<typeof ServiceAtLocation>;

/** A place a resident can search from (not a service point): gazetteer entries, Indigenous communities. */
export const Place = z.object({
  id: z.string(),
  name: Localized,
  altNames: z.array(z.string()).default([]),
  /** 'postal-code': a full postal code whose place is known (e.g. a band office's mailing code), searched by code only */
  kind: z.enum(['city', 'town', 'municipality', 'first-nation', 'inuit-community', 'fsa', 'postal-code']),
  province: ProvinceCode,
  lat: z.number(),
  lon: z.number(),
  precision: Precision,
  population: z.number().int().optional(),
  /** postal codes (full "X0A 0H0" or FSA "X0A") the source gives for this place */
  postalCodes: z.array(z.string()).optional(),
  provenance: Provenance,
});
export type Place = z.infer<typeof Place>;

export const SourceReport = z.object({
  sourceId: z.string(),
  title: Localized,
  publisher: z.string(),
  order: GovernmentOrder,
  licence: z.string(),
  sourceDate: z.string(),
  upstreamUrl: z.string().optional(),
  files: z.array(z.string()),
  counts: z.object({
    read: z.number().int(),
    imported: z.number().int(),
    merged: z.number().int(),
    rejected: z.number().int(),
    byPrecision: z.object({ exact: z.number().int(), 'postal-code': z.number().int(), locality: z.number().int() }),
    hours: z.object({ structured: z.number().int(), textOnly: z.number().int(), none: z.number().int() }),
  }),
});
export type SourceReport = z.infer<typeof SourceReport>;

export const Reject = z.object({
  sourceId: z.string(),
  file: z.string(),
  line: z.number().int(),
  field: z.string(),
  reason: z.string(),
});
export type Reject = z.infer<typeof Reject>;

export const Snapshot = z.object({
  version: z.string(),
  builtAt: z.string(),
  organizations: z.array(Organization),
  servicePoints: z.array(ServicePoint),
  services: z.array(OfferedService),
  servicesAtLocations: z.array(ServiceAtLocation),
  places: z.array(Place),
  sources: z.array(SourceReport),
  rejects: z.array(Reject),
  /** problems in rows that were imported anyway (HTML reduced to text, source pins replaced…) */
  warnings: z.array(Reject).optional(),
});
export type Snapshot = z.infer<typeof Snapshot>;
