import { GovernmentOrder, Locale, LocationType, Precision, ProvinceCode } from '../model/schema';
import { ServiceCategory } from '../model/catalogue';
import type { ClosedReason, OpenStatus } from '../hours';
import { COVERAGE_ORDERS, type CoverageGap } from '../coverage/coverage';
import type { SearchOutcome } from '../search/outcome';
import type { ResolvedPlace } from '../search/place';
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY_LENGTH } from '../search/params';

/**
 * The OpenAPI 3.1 description of the public API, served at /api/v1/openapi.json. Enumerations come from the zod enums
 * of the model, and the lists below are checked against the engine's types with `satisfies`, so they cannot drift.
 */

type Schema = Record<string, unknown>;

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
} satisfies Record<NonNullable<SearchOutcome['notice']>, string>;

const OPEN_STATES = {
  open: 'open now',
  'closes-soon': 'open now, closing soon',
  closed: 'closed now; see reason and opensAt',
  'opens-later-today': 'closed now, opens later today',
  unknown: 'the source gives no usable hours',
} satisfies Record<OpenStatus['state'], string>;

const CLOSED_REASONS = Object.keys({
  holiday: true,
  'temporary-closure': true,
  lunch: true,
  'outside-hours': true,
  'no-visit-today': true,
  'text-only': true,
  'no-hours': true,
} satisfies Record<ClosedReason, true>);

const COVERAGE_GAPS = Object.keys({
  'no-own-offices': true,
  'own-offices-incomplete': true,
  'federal-offices-incomplete': true,
  'no-municipal-data': true,
  'municipal-data-partial': true,
  'no-indigenous-data': true,
  'dated-sources': true,
} satisfies Record<CoverageGap['kind'], true>);

const UNDERSTOOD_AS = Object.keys({ 'postal-code': true, fsa: true, 'place-name': true, coordinates: true } satisfies Record<ResolvedPlace['kind'], true>);

const string = (description?: string): Schema => ({ type: 'string', ...(description ? { description } : {}) });
const integer = (description?: string): Schema => ({ type: 'integer', ...(description ? { description } : {}) });
const nullable = (schema: Schema): Schema => ('$ref' in schema ? { oneOf: [schema, { type: 'null' }] } : { ...schema, type: [schema.type as string, 'null'] });
const enumOf = (values: readonly string[], description?: string): Schema => ({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
const arrayOf = (items: Schema): Schema => ({ type: 'array', items });
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const object = (properties: Record<string, Schema>, optional: readonly string[] = []): Schema => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
});

const SCHEMAS: Record<string, Schema> = {
  Error: object({
    error: object(
      {
        code: enumOf(['invalid-parameter', 'invalid-path', 'uri-too-long', 'not-found']),
        message: string('what went wrong, in English; the input is never echoed'),
        parameter: string('the query parameter or path parameter at fault'),
        details: arrayOf(object({ parameter: string(), message: string('what it must be') })),
      },
      ['parameter', 'details'],
    ),
  }),
  Organization: object({ id: string(), name: string(), order: ref('GovernmentOrder') }),
  OrganizationView: object({ id: string(), name: string(), order: ref('GovernmentOrder'), jurisdiction: string("'CA', a province code or a municipality") }),
  GovernmentOrder: enumOf(GovernmentOrder.options),
  LocationType: enumOf(LocationType.options),
  Precision: enumOf(Precision.options, 'how precisely a point or place is located'),
  ProvinceCode: enumOf(ProvinceCode.options),
  Locale: enumOf(Locale.options),
  LocalMoment: object({ date: string('local date, YYYY-MM-DD'), time: string('local time, HH:MM'), instant: { type: 'string', format: 'date-time' } }),
  OpenStatus: object(
    {
      state: enumOf(Object.keys(OPEN_STATES), Object.entries(OPEN_STATES).map(([state, meaning]) => `${state}: ${meaning}`).join('; ')),
      closesAt: ref('LocalMoment'),
      opensAt: ref('LocalMoment'),
      reason: enumOf(CLOSED_REASONS),
      holidayName: object({ en: string(), fr: string() }),
      closureNote: object({ en: string(), fr: string() }, ['en', 'fr']),
    },
    ['closesAt', 'opensAt', 'reason', 'holidayName', 'closureNote'],
  ),
  ResolvedPlace: object({
    label: string(),
    lat: { type: 'number' },
    lon: { type: 'number' },
    precision: ref('Precision'),
    province: nullable(ref('ProvinceCode')),
    understoodAs: enumOf(UNDERSTOOD_AS),
  }),
  PlaceResolution: {
    description: 'how `near` (or lat/lon) was understood; null when no place was given',
    oneOf: [
      { allOf: [object({ status: enumOf(['resolved']) }), ref('ResolvedPlace')] },
      object({ status: enumOf(['ambiguous']), choices: arrayOf(ref('ResolvedPlace')) }),
      object({ status: enumOf(['unknown']), reason: enumOf(['no-such-postal-code', 'no-such-place']) }),
      object({ status: enumOf(['invalid']), reason: enumOf(['empty', 'too-long', 'coordinates-out-of-range']) }),
    ],
  },
  NeedMatch: object({
    id: string('catalogue service, life event, location type or organization id'),
    kind: enumOf(['service', 'life-event', 'location-type', 'organization']),
    relevance: { type: 'number', minimum: 0, maximum: 1, description: '1 = exactly a name, synonym or abbreviation' },
    via: enumOf(['exact', 'words']),
  }),
  ServiceChannels: object(
    {
      id: string(),
      name: string(),
      order: ref('GovernmentOrder'),
      online: { type: 'string', format: 'uri', description: 'the page in the requested language when one is known' },
      phones: arrayOf(object({ number: string(), label: string(), hours: string() }, ['label', 'hours'])),
      inPerson: { type: 'boolean', description: 'whether some service points deliver it in person' },
      path: string('the service page on this site'),
    },
    ['online'],
  ),
  LocatedResult: object({
    id: string(),
    slug: string(),
    name: string(),
    type: ref('LocationType'),
    address: object({ lines: arrayOf(string()), city: string(), province: ref('ProvinceCode'), postalCode: string() }, ['postalCode']),
    lat: { type: 'number' },
    lon: { type: 'number' },
    precision: ref('Precision'),
    approximate: { type: 'boolean', description: 'true unless the point is placed exactly (postal-code or locality centroid)' },
    distanceKm: nullable({ type: 'number', description: 'great-circle distance from the place, to 0.1 km' }),
    timeZone: string('IANA zone'),
    host: nullable(ref('Organization')),
    providers: arrayOf(ref('Organization')),
    services: arrayOf(object({ id: string(), name: string() })),
    status: ref('OpenStatus'),
    localDate: string('the point’s local date at the time of the search'),
    path: string('the point’s page on this site'),
  }),
  SearchResponse: object({
    query: object({
      q: string(),
      near: nullable(string()),
      lat: nullable({ type: 'number' }),
      lon: nullable({ type: 'number' }),
      lang: ref('Locale'),
      filters: object({
        event: nullable(string()),
        order: nullable(ref('GovernmentOrder')),
        type: nullable(ref('LocationType')),
        open: { type: 'boolean' },
        language: nullable(ref('Locale')),
        within: nullable({ type: 'number' }),
      }),
      at: { type: 'string', format: 'date-time' },
      limit: integer(),
      offset: integer(),
      matched: arrayOf(ref('NeedMatch')),
    }),
    notice: nullable(enumOf(Object.keys(NOTICES), Object.entries(NOTICES).map(([notice, meaning]) => `${notice}: ${meaning}`).join('; '))),
    place: nullable(ref('PlaceResolution')),
    services: arrayOf(ref('ServiceChannels')),
    total: integer('points matching, before limit and offset'),
    officeGaps: nullable(
      object({
        finder: object({
          jurisdiction: ref('ProvinceCode'),
          jurisdictionName: string(),
          label: string(),
          url: { type: 'string', format: 'uri', description: 'the official office finder of that province or territory' },
          language: ref('Locale'),
        }),
        services: arrayOf(object({ id: string(), name: string(), note: string() }, ['note'])),
      }),
    ),
    replaced: arrayOf(object({ id: string(), name: string(), note: string('why it does not apply in the place’s province'), replacedBy: arrayOf(object({ id: string(), name: string() })) })),
    results: arrayOf(ref('LocatedResult')),
    lifeEvents: arrayOf(object({ id: string(), name: string(), path: string('the life event’s page on this site, in the response language') })),
    organizations: arrayOf(
      object({
        id: string(),
        name: string(),
        order: ref('GovernmentOrder'),
        pointCount: integer('points the organization hosts or serves at; 0: Guichet lists no counter of theirs (the notice and services say how to reach them)'),
      }),
    ),
    nearby: nullable(
      {
        ...arrayOf(
          object({
            order: ref('GovernmentOrder'),
            type: ref('LocationType'),
            total: integer('points of this kind and order of government near the place'),
            results: arrayOf(ref('LocatedResult')),
          }),
        ),
        description: 'a place given without a need (notice needs-query): what is near it, by order of government then kind of place, the nearest few of each',
      },
    ),
    message: nullable(string('the notice, and any office gap, explained in English')),
  }),
  ServiceSummary: object({
    id: string(),
    name: string(),
    description: string(),
    order: ref('GovernmentOrder'),
    jurisdiction: string(),
    organization: ref('OrganizationView'),
    categories: arrayOf(enumOf(ServiceCategory.options)),
    lifeEventIds: arrayOf(string()),
    inPerson: { type: 'boolean' },
  }),
  Source: object({ id: string(), publisher: string(), title: string(), url: { type: 'string', format: 'uri' }, file: string(), checked: string() }, ['url', 'file']),
  ServiceDetail: {
    allOf: [
      ref('ServiceSummary'),
      object({
        synonyms: arrayOf(string()),
        lifeEvents: arrayOf(object({ id: string(), name: string() })),
        channels: object(
          {
            online: object({ url: { type: 'string', format: 'uri' }, language: ref('Locale'), sources: arrayOf(string()) }),
            phones: arrayOf(object({ number: string(), label: string(), hours: string(), sources: arrayOf(string()) }, ['label', 'hours'])),
            inPerson: object(
              { locationTypes: arrayOf(ref('LocationType')), someLocationsOnly: { type: 'boolean' }, requiredFeatures: arrayOf(string()), note: string(), sources: arrayOf(string()) },
              ['note'],
            ),
          },
          ['online', 'inPerson'],
        ),
        sources: arrayOf(ref('Source')),
        origin: {
          oneOf: [object({ kind: enumOf(['curated']) }), object({ kind: enumOf(['imported']), sourceId: string(), file: string(), recordId: string() })],
        },
      }),
    ],
  },
  LifeEventSummary: object({ id: string(), name: string(), description: string(), serviceCount: integer() }),
  LifeEventDetail: {
    allOf: [
      ref('LifeEventSummary'),
      object({
        synonyms: arrayOf(string()),
        sources: arrayOf(ref('Source')),
        governments: arrayOf(object({ order: ref('GovernmentOrder'), jurisdiction: string(), services: arrayOf(ref('ServiceSummary')) })),
      }),
    ],
  },
  CoverageSource: object({
    id: string(),
    title: string('in the requested language when the source has one'),
    titleLanguage: ref('Locale'),
    publisher: string('as the source states it (a proper name, usually in English)'),
    licence: string('as the source states it'),
    order: ref('GovernmentOrder'),
    date: string('the date the source describes: YYYY, YYYY-MM or YYYY-MM-DD'),
    dateText: string('the date written out in the requested language'),
    dated: { type: 'boolean', description: 'more than three years older than the snapshot' },
    upstreamUrl: nullable({ type: 'string', format: 'uri' }),
  }),
  CoverageJurisdiction: object({
    code: ref('ProvinceCode'),
    name: string(),
    order: enumOf(['provincial', 'territorial']),
    points: integer('distinct service points in the province or territory'),
    services: integer('distinct catalogue services that apply to its residents'),
    ownPoints: integer('service points of its own government'),
    municipalities: arrayOf(string()),
    officeFinder: object({ label: string(), url: { type: 'string', format: 'uri' }, language: ref('Locale') }),
    orders: arrayOf(
      object({
        key: enumOf(COVERAGE_ORDERS, 'own: the province’s or territory’s own government'),
        order: ref('GovernmentOrder'),
        label: string(),
        points: integer('points where a government (or organization) of this order delivers a service'),
        services: integer('catalogue services of this order that apply to residents'),
        servicesWithPoints: integer('of those, the services delivered at a listed point in the province or territory'),
        sources: arrayOf(object({ id: string(), title: string(), titleLanguage: ref('Locale'), date: string(), dateText: string(), dated: { type: 'boolean' } })),
      }),
    ),
    gaps: arrayOf(
      object({
        kind: enumOf(COVERAGE_GAPS),
        text: string('the gap in a sentence, in the requested language'),
        serviceIds: arrayOf(string()),
        link: nullable(object({ label: string(), url: { type: 'string', format: 'uri' }, language: ref('Locale') })),
      }),
    ),
    replaced: arrayOf(object({ id: string(), name: string(), note: string(), replacedBy: arrayOf(object({ id: string(), name: string() })) })),
  }),
  Coverage: object({
    lang: ref('Locale'),
    snapshot: object({ version: string(), builtAt: string(), builtAtText: string() }),
    catalogueVersion: string(),
    national: object({
      points: integer(),
      services: integer(),
      orders: arrayOf(object({ order: ref('GovernmentOrder'), label: string(), points: integer(), services: integer() })),
      pointSources: arrayOf(ref('CoverageSource')),
      referenceSources: arrayOf(ref('CoverageSource')),
    }),
    jurisdictions: arrayOf(ref('CoverageJurisdiction')),
  }),
  SourceReport: object({
    id: string(),
    title: object({ en: string(), fr: string() }, ['en', 'fr']),
    publisher: string(),
    order: ref('GovernmentOrder'),
    licence: string(),
    date: string('the date the source describes'),
    upstream: nullable(string()),
    files: arrayOf(string()),
    counts: object({
      read: integer(),
      imported: integer(),
      merged: integer(),
      rejected: integer(),
      byPrecision: object(Object.fromEntries(Precision.options.map((precision) => [precision, integer()]))),
      hours: object({ structured: integer(), textOnly: integer(), none: integer() }),
    }),
  }),
};

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description: string;
  schema: Schema;
}

const langParameter: Parameter = { name: 'lang', in: 'query', description: 'language of names, paths and pages (default en)', schema: { ...ref('Locale'), default: 'en' } };

/** Every query parameter `parseSearchParams` reads (a test checks the list against the parser). */
export const SEARCH_PARAMETERS: readonly Parameter[] = [
  { name: 'q', in: 'query', description: 'the need, in English or French: words, a service name, an abbreviation (EI, NAS), a typo', schema: { type: 'string', maxLength: MAX_QUERY_LENGTH } },
  { name: 'near', in: 'query', description: 'postal code (any spacing), FSA, town in English or French, or "lat,lon"', schema: { type: 'string', maxLength: 120 } },
  { name: 'lat', in: 'query', description: 'latitude, with lon (a browser location, rounded by the client); must be inside Canada to list points', schema: { type: 'number', minimum: -90, maximum: 90 } },
  { name: 'lon', in: 'query', description: 'longitude, with lat', schema: { type: 'number', minimum: -180, maximum: 180 } },
  langParameter,
  { name: 'event', in: 'query', description: 'life event id (see /api/v1/life-events): keeps its services only', schema: { type: 'string', pattern: '^[a-z0-9-]+$', maxLength: 80 } },
  { name: 'order', in: 'query', description: 'order of government of the services', schema: ref('GovernmentOrder') },
  { name: 'type', in: 'query', description: 'kind of service point', schema: ref('LocationType') },
  { name: 'language', in: 'query', description: 'official language the point serves in', schema: ref('Locale') },
  { name: 'open', in: 'query', description: '1 or true: only points open at `at`', schema: { type: 'string', enum: ['1', 'true', '0', 'false'] } },
  { name: 'at', in: 'query', description: 'the instant for opening hours, ISO 8601 with a zone (default now)', schema: { type: 'string', format: 'date-time', examples: ['2026-11-23T15:00:00Z'] } },
  { name: 'within', in: 'query', description: 'maximum distance in km', schema: { type: 'number', minimum: 1, maximum: 5000 } },
  { name: 'limit', in: 'query', description: 'points per page', schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
  { name: 'offset', in: 'query', description: 'points to skip', schema: { type: 'integer', minimum: 0, maximum: 10_000, default: 0 } },
];

const json = (schema: Schema, description: string) => ({ description, content: { 'application/json': { schema } } });
const badRequest = json(ref('Error'), 'a bad parameter (lang, order)');
const idParameter = (what: string): Parameter => ({ name: 'id', in: 'path', required: true, description: `${what} id (kebab-case)`, schema: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } });

/** GET /api/v1/planning/*: estimates over the snapshot (lib/planning), JSON by default or CSV with format=csv. */
function planningPaths(): Record<string, unknown> {
  const provinces = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'];
  const common: Parameter[] = [
    { name: 'organization', in: 'query', description: 'id of an organization with in-person points (see `layers` in /api/v1/planning/access)', schema: string() },
    { name: 'order', in: 'query', description: 'order of government', schema: ref('GovernmentOrder') },
    { name: 'province', in: 'query', description: 'province or territory code', schema: enumOf(provinces) },
    { name: 'within', in: 'query', description: 'distance in km, straight line (1 to 1000)', schema: { type: 'number', minimum: 1, maximum: 1000 } },
    { name: 'format', in: 'query', description: 'json (default) or csv', schema: { ...enumOf(['json', 'csv']), default: 'json' } },
  ];
  const row = { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean', 'null'] } } as Schema;
  const answer = (extra: Record<string, Schema>, description: string) => ({
    description,
    content: {
      'application/json': {
        schema: object({ snapshot: object({ version: string(), builtAt: string() }), estimate: string('how the figures are estimated'), query: { type: 'object' } as Schema, ...extra }),
      },
      'text/csv': { schema: string('one table, RFC 4180, with a header row') },
    },
  });
  const bad = json(ref('Error'), 'a bad parameter: error.details lists each one');
  return {
    '/api/v1/planning/access': {
      get: {
        operationId: 'getPlanningAccess',
        summary: 'Estimated share of the population within 25, 50 and 100 km (or `within`) of a point of each government, organization and kind of in-person service',
        description: 'By province and territory, for Canada (region CA) and for First Nations and Inuit communities (region FNI). Population placed from the 2021 census and community figures (see `placement`); straight-line distances.',
        parameters: common,
        responses: { '200': answer({ placement: arrayOf(row), layers: arrayOf(row), rows: arrayOf(row) }, 'access rows (CSV: the rows)'), '400': bad },
      },
    },
    '/api/v1/planning/gaps': {
      get: {
        operationId: 'getPlanningGaps',
        summary: 'Populated places farther than `within` km (default 50) from any in-person point of a government, an order or an organization, largest first',
        parameters: common,
        responses: { '200': answer({ rows: arrayOf(row) }, 'gap rows with the nearest point of each order'), '400': bad },
      },
    },
    '/api/v1/planning/opportunities': {
      get: {
        operationId: 'getPlanningOpportunities',
        summary: 'Partnership opportunities: counters with no point of `order` (default federal) within `within` km, partnerships already in the data, towns with several governments\' offices in separate buildings',
        parameters: [
          ...common,
          { name: 'table', in: 'query', description: 'one table only (CSV gives one table; default counter-gaps)', schema: enumOf(['counter-gaps', 'partnerships', 'shared-counters']) },
        ],
        responses: {
          '200': answer({ targetOrder: string(), withinKm: { type: 'number' } as Schema, 'counter-gaps': arrayOf(row), partnerships: arrayOf(row), 'shared-counters': arrayOf(row) }, 'the opportunity tables'),
          '400': bad,
        },
      },
    },
  };
}

/** Problem reports (lib/reports): the report form's target and the steward export. */
function reportPaths(): Record<string, unknown> {
  const reasons = ['closed-or-moved', 'wrong-hours', 'wrong-phone', 'wrong-address', 'service-not-offered', 'other'];
  const report = object(
    { kind: enumOf(['location', 'service']), id: string('the service point slug or catalogue service id'), locale: enumOf(['en', 'fr']), reason: enumOf(reasons), note: string('plain text, at most 500 characters'), visited: string('YYYY-MM-DD, within the last year') },
    ['note', 'visited'],
  );
  return {
    '/api/v1/reports': {
      post: {
        operationId: 'reportProblem',
        summary: 'Report a problem with a listing (no name, e-mail, location or IP address is stored)',
        description: 'Same origin only (Sec-Fetch-Site or Origin). A form post answers 303 to the confirmation page in its language; JSON answers 202. Limited per client and overall.',
        requestBody: { content: { 'application/x-www-form-urlencoded': { schema: report }, 'application/json': { schema: report } } },
        responses: {
          '202': json(object({ status: enumOf(['received']) }), 'received'),
          '303': { description: 'form posts: to the confirmation page, or back to the form with ?error=' },
          '400': json(ref('Error'), 'a bad field'),
          '403': json(ref('Error'), 'not posted from this site'),
          '404': json(ref('Error'), 'no such listing'),
          '429': json(ref('Error'), 'too many reports'),
        },
      },
    },
    '/api/v1/reports/export': {
      get: {
        operationId: 'exportReports',
        summary: "A source's open reports for its publisher (steward session or Authorization: Bearer token; 404 when the steward view is off)",
        parameters: [
          { name: 'source', in: 'query', required: true, description: 'a source id from /api/v1/sources, or guichet-catalogue', schema: string() },
          { name: 'format', in: 'query', description: 'csv (default) or json', schema: enumOf(['csv', 'json']) },
        ],
        responses: {
          '200': {
            description: 'the open reports, one CSV line per person',
            content: { 'application/json': { schema: object({ source: string(), generatedAt: string(), problems: arrayOf({ type: 'object' } as Schema) }) }, 'text/csv': { schema: string('RFC 4180 with a header row, UTF-8 with BOM') } },
          },
          '400': json(ref('Error'), 'a bad source or format'),
          '401': json(ref('Error'), 'no steward session or token'),
          '404': json(ref('Error'), 'the steward view is off'),
        },
      },
    },
  };
}

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Guichet API',
      version: '1',
      description: 'Find Canadian government services (federal, provincial, territorial, municipal) and the nearest places that deliver them, in English and French.',
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/v1/search': {
        get: {
          operationId: 'search',
          summary: 'A need and a place → matched services with their channels, and the nearest points delivering them',
          description: 'Points are ordered by distance, with relevance as a tie-break. An empty result always carries a notice and a message saying why.',
          parameters: SEARCH_PARAMETERS,
          responses: {
            '200': json(ref('SearchResponse'), 'the search; an empty result carries a notice'),
            '400': json(ref('Error'), 'a bad parameter: error.details lists each one'),
          },
        },
      },
      '/api/v1/services': {
        get: {
          operationId: 'listServices',
          summary: 'Catalogue services, federal first',
          parameters: [
            langParameter,
            { name: 'lifeEvent', in: 'query', description: 'life event id', schema: { type: 'string' } },
            { name: 'order', in: 'query', description: 'order of government', schema: ref('GovernmentOrder') },
          ],
          responses: {
            '200': json(object({ version: string('catalogue version'), lang: ref('Locale'), count: integer(), services: arrayOf(ref('ServiceSummary')) }), 'the services'),
            '400': badRequest,
            '404': json(ref('Error'), 'unknown life event'),
          },
        },
      },
      ...Object.fromEntries(
        (['services', 'organizations', 'service_at_locations', 'taxonomies', 'taxonomy_terms'] as const).map((table) => [
          `/api/hsds/${table}`,
          {
            get: {
              operationId: `hsds_${table}`,
              summary: `Open Referral HSDS 3.0: paginated ${table} (Page: total_items, total_pages, page_number, size, first_page, last_page, empty, contents); every record carries licence and provenance attributes`,
              parameters: [
                { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
                { name: 'per_page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } },
                { name: 'search', in: 'query', schema: { type: 'string', maxLength: 200 } },
                { name: 'format', in: 'query', schema: { enum: ['json', 'ndjson'] } },
                { name: 'lang', in: 'query', schema: { enum: ['en', 'fr'] } },
              ],
              responses: { '200': json({ type: 'object' }, 'an HSDS 3.0 page'), '400': badRequest },
            },
          },
        ]),
      ),
      ...Object.fromEntries(
        (['services', 'organizations', 'service_at_locations'] as const).map((table) => [
          `/api/hsds/${table}/{id}`,
          {
            get: {
              operationId: `hsds_${table}_by_id`,
              summary: `Open Referral HSDS 3.0: one fully nested record of ${table}`,
              parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
              responses: { '200': json({ type: 'object' }, 'the HSDS record'), '400': badRequest, '404': json(ref('Error'), 'no such record') },
            },
          },
        ]),
      ),
      '/api/hsds/profile.json': { get: { operationId: 'hsdsProfile', summary: 'The Canadian HSDS profile (JSON Schema)', responses: { '200': json({ type: 'object' }, 'JSON Schema'), '400': badRequest } } },
      '/api/hsds/datapackage/{file}': {
        get: {
          operationId: 'hsdsDatapackage',
          summary: 'Bulk HSDS datapackage: datapackage.json and the CSV files it lists (redistributable records only; excluded sources with reasons)',
          parameters: [{ name: 'file', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': json({ type: 'object' }, 'datapackage.json, or text/csv for a table'), '400': badRequest, '404': json(ref('Error'), 'no such file') },
        },
      },
      '/api/hsds/points.geojson': { get: { operationId: 'hsdsPointsGeoJson', summary: 'GeoJSON of every redistributable service point', responses: { '200': json({ type: 'object' }, 'FeatureCollection'), '400': badRequest } } },
      '/api/v1/services/{id}': {
        get: {
          operationId: 'getService',
          summary: 'One catalogue service with its channels, sources and in-person delivery points',
          parameters: [idParameter('service'), langParameter],
          responses: {
            '200': json(
              object({
                version: string(),
                snapshot: string('data snapshot version'),
                lang: ref('Locale'),
                service: ref('ServiceDetail'),
                deliveryPoints: object({ count: integer(), servicePointIds: arrayOf(string()), serviceAtLocationIds: arrayOf(string()) }),
              }),
              'the service',
            ),
            '400': badRequest,
            '404': json(ref('Error'), 'unknown service'),
          },
        },
      },
      '/api/v1/life-events': {
        get: {
          operationId: 'listLifeEvents',
          summary: 'Life events, each with its number of services',
          parameters: [langParameter],
          responses: {
            '200': json(object({ version: string(), lang: ref('Locale'), count: integer(), lifeEvents: arrayOf(ref('LifeEventSummary')) }), 'the life events'),
            '400': badRequest,
          },
        },
      },
      '/api/v1/life-events/{id}': {
        get: {
          operationId: 'getLifeEvent',
          summary: 'One life event with its services grouped by government',
          parameters: [idParameter('life event'), langParameter],
          responses: {
            '200': json(object({ version: string(), lang: ref('Locale'), lifeEvent: ref('LifeEventDetail') }), 'the life event'),
            '400': badRequest,
            '404': json(ref('Error'), 'unknown life event'),
          },
        },
      },
      '/api/v1/locations/{id}': {
        get: {
          operationId: 'getLocation',
          summary: 'One service point: the services delivered there (provider and host), its schedule, and its open status',
          description: 'Status, next opening, next outreach visit and the 7-day table are evaluated in the point\'s own IANA time zone.',
          parameters: [
            { name: 'id', in: 'path', required: true, description: 'service point id or slug', schema: { type: 'string', pattern: '^[a-z0-9-]{1,120}$' } },
            SEARCH_PARAMETERS.find((p) => p.name === 'at')!,
          ],
          responses: {
            '200': json(
              object({
                at: string('the instant evaluated'),
                location: object({}),
                host: nullable(object({})),
                services: arrayOf(object({})),
                status: ref('OpenStatus'),
                nextOpening: nullable(object({})),
                nextOutreachVisit: nullable(object({})),
                week: arrayOf(object({})),
                links: object({ en: string(), fr: string() }),
              }),
              'the service point',
            ),
            '400': json(ref('Error'), 'a bad `at` (format, or outside the shipped time-zone range)'),
            '404': json(ref('Error'), 'no point has this id or slug'),
          },
        },
      },
      '/api/v1/boundaries': {
        get: {
          operationId: 'getBoundaries',
          summary: 'Simplified province and territory outlines (GeoJSON FeatureCollection) for maps without tiles',
          responses: { '200': json(object({ type: enumOf(['FeatureCollection']), features: arrayOf(object({})) }), 'the outlines') },
        },
      },
      '/api/v1/coverage': {
        get: {
          operationId: 'getCoverage',
          summary: 'What Guichet covers: per province and territory and order of government, points, services, source dates and what is missing',
          description: 'Computed from the data snapshot and the catalogue. Where Guichet lists no office of a province or territory, the gap links its official office finder.',
          parameters: [langParameter],
          responses: {
            '200': json(ref('Coverage'), 'the coverage statement'),
            '400': badRequest,
          },
        },
      },
      ...planningPaths(),
      ...reportPaths(),
      '/api/v1/sources': {
        get: {
          operationId: 'listSources',
          summary: 'Every source in the current data snapshot: publisher, licence, date, row counts',
          responses: {
            '200': json(object({ snapshot: object({ version: string(), builtAt: string() }), sources: arrayOf(ref('SourceReport')) }), 'the sources'),
          },
        },
      },
    },
    components: { schemas: SCHEMAS },
  };
}
