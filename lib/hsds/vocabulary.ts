import { Coordinates, DeliveryMode, GovernmentOrder, LocationType, Precision } from '../model/schema';
import { hsdsId } from './uuid';

/**
 * Guichet's Canadian HSDS profile vocabulary: the attributes every exported record may carry. Each term is an HSDS
 * taxonomy_term of the taxonomy "guichet-profile"; the attribute's `value` holds the code (e.g. "federal").
 */
export const PROFILE_TAXONOMY = {
  key: 'guichet-profile',
  name: 'Guichet Canadian HSDS profile',
  description:
    'Attributes of the Canadian HSDS profile published by Guichet: order of government, roles, delivery mode, coordinate precision, licence and provenance.',
  version: '1.0.0',
} as const;

export const CATALOGUE_TAXONOMY = {
  key: 'guichet-catalogue',
  name: 'Guichet catalogue of government services',
  description:
    'Bilingual catalogue of Canadian government services and benefits; a service point’s offered services link to these entries. Top-level terms are categories.',
  version: '1.0.0',
} as const;

export interface ProfileTerm {
  code: string;
  name: string;
  description: string;
  /** the allowed values, when closed */
  values?: readonly string[];
  /** the HSDS tables whose records may carry it */
  on: readonly string[];
}

export const PROFILE_TERMS = [
  {
    code: 'order-of-government',
    name: 'Order of government',
    description: 'Order of government of the organization.',
    values: GovernmentOrder.options,
    on: ['organization'],
  },
  {
    code: 'jurisdiction',
    name: 'Jurisdiction',
    description: '"CA" for federal, a province or territory code, or a municipality or nation name.',
    on: ['organization'],
  },
  {
    code: 'location-type',
    name: 'Kind of service point',
    description: 'Guichet’s kind of service point.',
    values: LocationType.options,
    on: ['location'],
  },
  {
    code: 'coordinate-precision',
    name: 'Coordinate precision',
    description: 'How precisely the point is placed: exact address, postal-code (FSA) centroid, or locality centroid.',
    values: Precision.options,
    on: ['location'],
  },
  {
    code: 'coordinate-method',
    name: 'Coordinate method',
    description: 'Where the coordinates come from: the source, an FSA centroid or the gazetteer.',
    values: Coordinates.shape.method.options,
    on: ['location'],
  },
  {
    code: 'time-zone',
    name: 'Time zone',
    description: 'IANA time zone of the service point; every schedule time is wall-clock time in it.',
    on: ['location'],
  },
  {
    code: 'holiday-calendar',
    name: 'Statutory holidays',
    description: '"federal" or "provincial": the calendar of statutory holidays on which the point closes; "open" when it does not close.',
    values: ['federal', 'provincial', 'open'],
    on: ['location'],
  },
  {
    code: 'host-organization',
    name: 'Host organization',
    description: 'HSDS id of the organization whose site or counter this is.',
    on: ['location', 'service_at_location'],
  },
  {
    code: 'provider-organization',
    name: 'Provider organization',
    description: 'HSDS id of the government accountable for the service delivered here.',
    on: ['service_at_location'],
  },
  {
    code: 'delivery-mode',
    name: 'Delivery mode',
    description: 'How the provider delivers the service at the host site.',
    values: DeliveryMode.options,
    on: ['service_at_location'],
  },
  {
    code: 'service-feature',
    name: 'Service level',
    description: 'A service level offered at this point (e.g. passport: urgent, express).',
    on: ['service_at_location'],
  },
  {
    code: 'catalogue-service',
    name: 'Catalogue service',
    description: 'A Guichet catalogue entry this service fulfils (the taxonomy_term_id links the term).',
    on: ['service'],
  },
  {
    code: 'same-site',
    name: 'Same site as',
    description: 'HSDS id of another location judged to be the same physical site.',
    on: ['location'],
  },
  {
    code: 'schedule-kind',
    name: 'Schedule entry kind',
    description:
      '"hours", "closure" (dated closure, no hours), "session" (program session, not counter hours) or "text" (source text that could not be parsed).',
    values: ['hours', 'closure', 'session', 'text'],
    on: ['schedule'],
  },
  {
    code: 'licence',
    name: 'Licence',
    description: 'Licence of the source(s) of the record, as stated in each source’s PROVENANCE.md.',
    on: ['organization', 'service', 'location', 'service_at_location'],
  },
  {
    code: 'redistribution',
    name: 'Redistribution',
    description:
      '"open" when every source of the record has an open licence; otherwise "restricted: <reason>". Restricted records are served by the API with their licence and left out of the bulk download.',
    on: ['organization', 'service', 'location', 'service_at_location'],
  },
  {
    code: 'source-date',
    name: 'Source date',
    description: 'Date the source describes (YYYY-MM-DD or YYYY-MM).',
    on: ['organization', 'service', 'location', 'service_at_location'],
  },
  {
    code: 'record-id',
    name: 'Record id',
    description: 'The record’s id in the publisher’s own system (Guichet’s id in Guichet’s export), kept by an import.',
    on: ['organization', 'service', 'location', 'service_at_location'],
  },
  {
    code: 'text-language',
    name: 'Language of a field',
    description: 'When a field is not in the record’s language (a French-only name in the English export): "<field>=fr" or "<field>=en".',
    on: ['organization', 'service', 'location', 'address'],
  },
  {
    code: 'text-fr',
    name: 'French text',
    description: 'The French version of a field, as "<field>=<text>" (e.g. "name=Centre Service Canada").',
    on: ['organization', 'service', 'location', 'address'],
  },
  {
    code: 'text-en',
    name: 'English text',
    description: 'The English version of a field, as "<field>=<text>".',
    on: ['organization', 'service', 'location', 'address'],
  },
] as const satisfies readonly ProfileTerm[];

export type ProfileTermCode = (typeof PROFILE_TERMS)[number]['code'];

export const profileTaxonomyId = (): string => hsdsId('taxonomy', PROFILE_TAXONOMY.key);
export const catalogueTaxonomyId = (): string => hsdsId('taxonomy', CATALOGUE_TAXONOMY.key);
export const profileTermId = (code: ProfileTermCode): string => hsdsId('taxonomy_term', `${PROFILE_TAXONOMY.key}:${code}`);
export const catalogueTermId = (catalogueId: string): string => hsdsId('taxonomy_term', `${CATALOGUE_TAXONOMY.key}:${catalogueId}`);
export const categoryTermId = (category: string): string => hsdsId('taxonomy_term', `${CATALOGUE_TAXONOMY.key}:category:${category}`);

export const PROFILE_TERM_BY_ID: Map<string, ProfileTermCode> = new Map(PROFILE_TERMS.map((t) => [profileTermId(t.code), t.code]));
