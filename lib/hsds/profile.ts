import { GovernmentOrder, LocationType, ProvinceCode } from '../model/schema';
import { PROFILE_TAXONOMY, PROFILE_TERMS, profileTermId } from './vocabulary';

export const PROFILE_VERSION = PROFILE_TAXONOMY.version;
export const PROFILE_PATH = '/api/hsds/profile.json';

/**
 * The Canadian HSDS profile as a JSON Schema (draft-07): rules on top of HSDS 3.0 for the flat rows of each table
 * (one object per table, as in an HSDS JSON datapackage or the CSV files of simple/schema.csv) and for the declaration
 * file a publisher drops next to a feed. Cross-table rules (every location carries a precision and a licence
 * attribute) are listed in `x-cross-table-rules` and checked by the feed checker.
 */
export function profileSchema(id: string = `urn:guichet:hsds-ca-profile:${PROFILE_VERSION}`): Record<string, unknown> {
  const valueRules = PROFILE_TERMS.filter((t) => 'values' in t).map((t) => ({
    if: { properties: { taxonomy_term_id: { const: profileTermId(t.code) } }, required: ['taxonomy_term_id'] },
    then: { properties: { value: { enum: [...(t as { values: readonly string[] }).values] } }, required: ['value'] },
  }));
  const table = (definition: string): Record<string, unknown> => ({ type: 'array', items: { $ref: `#/definitions/${definition}` } });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id,
    title: 'Guichet Canadian profile of Open Referral HSDS 3.0',
    description:
      'Rules Guichet adds to HSDS 3.0 for Canadian government service points. Extra facts travel as HSDS attributes of the taxonomy "guichet-profile" (value = code), provenance as metadata rows; records are in one official language with the other in text-en/text-fr attributes. Validate each row against HSDS 3.0 first, then against this profile.',
    version: PROFILE_VERSION,
    type: 'object',
    properties: {
      organizations: table('organization'),
      locations: table('location'),
      addresses: table('address'),
      languages: table('language'),
      schedules: table('schedule'),
      attributes: table('attribute'),
      services: table('service'),
      service_at_locations: table('service_at_location'),
    },
    definitions: {
      organization: { type: 'object', required: ['id', 'name', 'description'], properties: { name: { type: 'string', minLength: 1 } } },
      location: {
        type: 'object',
        required: ['id', 'location_type', 'name'],
        properties: {
          name: { type: 'string', minLength: 1 },
          location_type: { const: 'physical', description: 'Guichet lists counters people can visit.' },
          latitude: { type: 'number', minimum: 41, maximum: 84, description: 'Within Canada.' },
          longitude: { type: 'number', minimum: -142, maximum: -52, description: 'Within Canada.' },
        },
      },
      address: {
        type: 'object',
        required: ['id', 'location_id', 'address_1', 'city', 'state_province', 'country'],
        properties: {
          city: { type: 'string', minLength: 1 },
          state_province: { enum: [...ProvinceCode.options], description: 'Two-letter province or territory code.' },
          country: { const: 'CA' },
          postal_code: {
            type: 'string',
            pattern: '^([A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d)?$',
            description: 'Canadian postal code, or empty when the source gives none (HSDS requires the field, not a value).',
          },
        },
      },
      language: {
        type: 'object',
        properties: { code: { enum: ['en', 'fr'], description: 'Official languages of service: ISO 639-1 en or fr.' } },
      },
      schedule: {
        type: 'object',
        properties: {
          freq: { enum: ['WEEKLY', 'MONTHLY'] },
          byday: {
            type: 'string',
            pattern: '^(-?[1-5]?(MO|TU|WE|TH|FR|SA|SU))(,-?[1-5]?(MO|TU|WE|TH|FR|SA|SU))*$',
            description: 'RFC 5545 BYDAY; MONTHLY rules number the week (2WE = second Wednesday, -1FR = last Friday).',
          },
          opens_at: {
            type: 'string',
            pattern: '^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$',
            description: 'Wall-clock time in the location’s time-zone attribute.',
          },
          closes_at: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$' },
          valid_from: { type: 'string', format: 'date' },
          valid_to: { type: 'string', format: 'date' },
        },
      },
      attribute: { type: 'object', required: ['id', 'link_id', 'taxonomy_term_id', 'link_entity'], allOf: valueRules },
      service: { type: 'object', required: ['id', 'name', 'status', 'organization_id'] },
      service_at_location: { type: 'object', required: ['id', 'service_id', 'location_id'] },
      declaration: {
        description: 'hsds-feed.json, next to the feed and its PROVENANCE.md in data/sources/<folder>/.',
        type: 'object',
        required: ['title', 'publisher', 'order', 'jurisdiction', 'licence', 'sourceDate', 'language', 'format'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'source id (default: the folder name)' },
          title: {
            type: 'object',
            properties: { en: { type: 'string' }, fr: { type: 'string' } },
            minProperties: 1,
            additionalProperties: false,
          },
          publisher: { type: 'string', minLength: 1 },
          order: { enum: [...GovernmentOrder.options] },
          jurisdiction: { type: 'string', minLength: 1, description: '"CA", a province code, or a municipality or nation name' },
          licence: { type: 'string', minLength: 1 },
          sourceDate: { type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' },
          upstreamUrl: { type: 'string', format: 'uri' },
          language: { enum: ['en', 'fr'], description: 'language of the feed’s text fields' },
          format: {
            enum: ['csv', 'json'],
            description:
              'csv: one <table>.csv per table (simple/schema.csv columns); json: one <table>.json array per table or a single hsds.json object of tables',
          },
          defaultLocationType: {
            enum: [...LocationType.options],
            description: 'kind of point when a location has no location-type attribute',
          },
        },
      },
    },
    'x-profile-terms': PROFILE_TERMS.map((t) => ({ id: profileTermId(t.code), ...t })),
    'x-cross-table-rules': [
      'every location has an address row (HSDS addresses, country CA) or latitude and longitude',
      'every location carries coordinate-precision when it has latitude and longitude (default: exact)',
      'every record carries at least one licence attribute and one redistribution attribute (Guichet export); imported feeds take the licence of their declaration',
      'service_at_location carries provider-organization, host-organization and delivery-mode (default: the service’s organization, the location’s organization, in-person)',
      'ids are unique per table; every foreign key resolves',
    ],
  };
}
