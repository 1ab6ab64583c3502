import { z } from 'zod';
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY_LENGTH } from '../search/params';
import { API_SCHEMAS, type ApiSchemaName } from './views';

/**
 * The OpenAPI 3.1 description of the public API, served at /api/v1/openapi.json. Its `components.schemas` are generated
 * from the zod schemas the route handlers type their answers with (lib/api/views.ts); only paths and parameters are
 * written here.
 */

type Schema = Record<string, unknown>;

const COMPONENT_PREFIX = '#/components/schemas/';

/**
 * JSON Schema 2020-12 (the dialect of OpenAPI 3.1) for every named schema, referring to one another by component.
 * zod gives each one a `$schema` and an `$id`; they are dropped, since an `$id` that is only a fragment is not allowed
 * and the document's dialect already applies.
 */
function componentSchemas(): Record<string, Schema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(API_SCHEMAS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => `${COMPONENT_PREFIX}${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema as Schema]));
}

const string = (description?: string): Schema => ({ type: 'string', ...(description ? { description } : {}) });
const enumOf = (values: readonly string[], description?: string): Schema => ({
  type: 'string',
  enum: [...values],
  ...(description ? { description } : {}),
});
const ref = (name: ApiSchemaName): Schema => ({ $ref: `${COMPONENT_PREFIX}${name}` });

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description: string;
  schema: Schema;
}

const langParameter: Parameter = {
  name: 'lang',
  in: 'query',
  description: 'language of names, paths and pages (default en)',
  schema: { ...ref('Locale'), default: 'en' },
};

/** Every query parameter `parseSearchParams` reads (a test checks the list against the parser). */
export const SEARCH_PARAMETERS: readonly Parameter[] = [
  {
    name: 'q',
    in: 'query',
    description: 'the need, in English or French: words, a service name, an abbreviation (EI, NAS), a typo',
    schema: { type: 'string', maxLength: MAX_QUERY_LENGTH },
  },
  {
    name: 'near',
    in: 'query',
    description: 'postal code (any spacing), FSA, town in English or French, or "lat,lon"',
    schema: { type: 'string', maxLength: 120 },
  },
  {
    name: 'lat',
    in: 'query',
    description: 'latitude, with lon (a browser location, rounded by the client); must be inside Canada to list points',
    schema: { type: 'number', minimum: -90, maximum: 90 },
  },
  { name: 'lon', in: 'query', description: 'longitude, with lat', schema: { type: 'number', minimum: -180, maximum: 180 } },
  langParameter,
  {
    name: 'event',
    in: 'query',
    description: 'life event id (see /api/v1/life-events): keeps its services only',
    schema: { type: 'string', pattern: '^[a-z0-9-]+$', maxLength: 80 },
  },
  { name: 'order', in: 'query', description: 'order of government of the services', schema: ref('GovernmentOrder') },
  { name: 'type', in: 'query', description: 'kind of service point', schema: ref('LocationType') },
  { name: 'language', in: 'query', description: 'official language the point serves in', schema: ref('Locale') },
  {
    name: 'open',
    in: 'query',
    description: '1 or true: only points open at `at`',
    schema: { type: 'string', enum: ['1', 'true', '0', 'false'] },
  },
  {
    name: 'at',
    in: 'query',
    description: 'the instant for opening hours, ISO 8601 with a zone (default now)',
    schema: { type: 'string', format: 'date-time', examples: ['2026-11-23T15:00:00Z'] },
  },
  { name: 'within', in: 'query', description: 'maximum distance in km', schema: { type: 'number', minimum: 1, maximum: 5000 } },
  {
    name: 'limit',
    in: 'query',
    description: 'points per page',
    schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
  },
  { name: 'offset', in: 'query', description: 'points to skip', schema: { type: 'integer', minimum: 0, maximum: 10_000, default: 0 } },
];

const json = (schema: Schema, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);
const badRequest = error('a bad parameter (lang, order)');
const idParameter = (what: string): Parameter => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `${what} id (kebab-case)`,
  schema: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
});

const atParameter = SEARCH_PARAMETERS.find((parameter) => parameter.name === 'at')!;
const pointIdParameter: Parameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'service point id or slug',
  schema: { type: 'string', pattern: '^[a-z0-9-]{1,120}$' },
};

/** GET /api/v1/planning/*: estimates over the snapshot (lib/planning), JSON by default or CSV with format=csv. */
function planningPaths(): Record<string, unknown> {
  const common: Parameter[] = [
    {
      name: 'organization',
      in: 'query',
      description: 'id of an organization with in-person points (see `layers` in /api/v1/planning/access)',
      schema: string(),
    },
    { name: 'order', in: 'query', description: 'order of government', schema: ref('GovernmentOrder') },
    { name: 'province', in: 'query', description: 'province or territory code', schema: ref('ProvinceCode') },
    {
      name: 'within',
      in: 'query',
      description: 'distance in km, straight line (1 to 1000)',
      schema: { type: 'number', minimum: 1, maximum: 1000 },
    },
    { name: 'format', in: 'query', description: 'json (default) or csv', schema: { ...enumOf(['json', 'csv']), default: 'json' } },
  ];
  const answer = (schema: ApiSchemaName, description: string) => ({
    description,
    content: { 'application/json': { schema: ref(schema) }, 'text/csv': { schema: string('one table, RFC 4180, with a header row') } },
  });
  const bad = error('a bad parameter: error.details lists each one');
  return {
    '/api/v1/planning/access': {
      get: {
        operationId: 'getPlanningAccess',
        summary:
          'Estimated share of the population within 25, 50 and 100 km (or `within`) of a point of each government, organization and kind of in-person service',
        description:
          'By province and territory, for Canada (region CA) and for First Nations and Inuit communities (region FNI). Population placed from the 2021 census and community figures (see `placement`); straight-line distances.',
        parameters: common,
        responses: { '200': answer('PlanningAccessResponse', 'access rows (CSV: the rows)'), '400': bad },
      },
    },
    '/api/v1/planning/gaps': {
      get: {
        operationId: 'getPlanningGaps',
        summary:
          'Populated places farther than `within` km (default 50) from any in-person point of a government, an order or an organization, largest first',
        parameters: common,
        responses: { '200': answer('PlanningGapsResponse', 'gap rows with the nearest point of each order'), '400': bad },
      },
    },
    '/api/v1/planning/opportunities': {
      get: {
        operationId: 'getPlanningOpportunities',
        summary:
          "Partnership opportunities: counters with no point of `order` (default federal) within `within` km, partnerships already in the data, towns with several governments' offices in separate buildings",
        parameters: [
          ...common,
          {
            name: 'table',
            in: 'query',
            description: 'one table only (CSV gives one table; default counter-gaps)',
            schema: enumOf(['counter-gaps', 'partnerships', 'shared-counters']),
          },
        ],
        responses: { '200': answer('PlanningOpportunitiesResponse', 'the opportunity tables'), '400': bad },
      },
    },
  };
}

/** Problem reports (lib/reports): the report form's target, the steward's sign-in, status changes and export. */
function reportPaths(): Record<string, unknown> {
  const form = (schema: Schema) => ({ content: { 'application/x-www-form-urlencoded': { schema } } });
  return {
    '/api/v1/reports': {
      post: {
        operationId: 'reportProblem',
        summary: 'Report a problem with a listing (no name, e-mail, location or IP address is stored)',
        description:
          'Same origin only (Sec-Fetch-Site or Origin). A form post answers 303 to the confirmation page in its language; JSON answers 202. Limited per client and overall.',
        requestBody: { content: { ...form(ref('ReportRequest')).content, 'application/json': { schema: ref('ReportRequest') } } },
        responses: {
          '202': json(ref('ReportReceived'), 'received'),
          '303': { description: 'form posts: to the confirmation page, or back to the form with ?error=' },
          '400': error('a bad field'),
          '403': error('not posted from this site'),
          '404': error('no such listing'),
          '413': error('a body over 8 KiB'),
          '415': error('neither a form nor JSON'),
          '429': error('too many reports'),
          '503': error('reports cannot be stored at the moment'),
        },
      },
    },
    '/api/v1/reports/{id}': {
      post: {
        operationId: 'setReportStatus',
        summary:
          'A steward marks a reported problem resolved, not reproducible, or open again (steward session or Authorization: Bearer token)',
        description: 'Same origin only. A form post answers 303 back to the steward page; JSON answers 200.',
        parameters: [{ name: 'id', in: 'path', required: true, description: 'problem id', schema: { type: 'integer', minimum: 1 } }],
        requestBody: form({
          type: 'object',
          properties: { status: enumOf(['open', 'resolved', 'not-reproducible']), locale: ref('Locale'), source: string() },
          required: ['status'],
        }),
        responses: {
          '200': json(ref('ReportStatusChanged'), 'changed'),
          '303': { description: 'form posts: back to the steward page' },
          '400': error('a bad status'),
          '401': error('no steward session or token'),
          '403': error('not posted from this site'),
          '404': error('the steward view is off, or no open problem has this id and another status'),
          '503': error('reports cannot be changed at the moment'),
        },
      },
    },
    '/api/v1/reports/session': {
      post: {
        operationId: 'stewardSession',
        summary: 'The steward page’s sign-in (token → HttpOnly, SameSite=Strict session cookie) and sign-out; limited per client',
        requestBody: form({ type: 'object', properties: { token: string(), action: enumOf(['sign-out']), locale: ref('Locale') } }),
        responses: {
          '303': { description: 'back to the steward page, with the session cookie set or cleared, or with ?error=' },
          '403': error('not posted from this site'),
          '404': error('the steward view is off'),
        },
      },
    },
    '/api/v1/reports/export': {
      get: {
        operationId: 'exportReports',
        summary:
          "A source's open reports for its publisher (steward session or Authorization: Bearer token; 404 when the steward view is off)",
        parameters: [
          {
            name: 'source',
            in: 'query',
            required: true,
            description: 'a source id from /api/v1/sources, or guichet-catalogue',
            schema: string(),
          },
          { name: 'format', in: 'query', description: 'csv (default) or json', schema: enumOf(['csv', 'json']) },
        ],
        responses: {
          '200': {
            description: 'the open reports, one CSV line per person',
            content: {
              'application/json': { schema: ref('ReportsExport') },
              'text/csv': { schema: string('RFC 4180 with a header row, UTF-8 with BOM') },
            },
          },
          '400': error('a bad source or format'),
          '401': error('no steward session or token'),
          '404': error('the steward view is off'),
          '503': error('reports cannot be read at the moment'),
        },
      },
    },
  };
}

/** GET /api/v1/locations/{id}/*.ics: calendar files of a service point (lib/calendar). */
function calendarPaths(): Record<string, unknown> {
  const calendar = (operationId: string, summary: string, withDate: boolean) => ({
    get: {
      operationId,
      summary,
      parameters: [
        pointIdParameter,
        { ...langParameter, description: 'language of the calendar texts (default en)' },
        ...(withDate
          ? [
              {
                name: 'date',
                in: 'query',
                description: 'a local date, YYYY-MM-DD',
                schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
              },
            ]
          : []),
        atParameter,
      ],
      responses: {
        '200': { description: 'an iCalendar file (RFC 5545)', content: { 'text/calendar': { schema: string() } } },
        '400': error('a bad lang, date or at'),
        '404': error('no point has this id or slug, or nothing to put in the calendar'),
      },
    },
  });
  return {
    '/api/v1/locations/{id}/next-visit.ics': calendar(
      'getNextVisitCalendar',
      'The next outreach visit (or the visit on `date`) as one calendar event',
      true,
    ),
    '/api/v1/locations/{id}/visits.ics': calendar('getVisitsCalendar', 'A feed of the next outreach visits, to subscribe to', false),
    '/api/v1/locations/{id}/hours.ics': calendar('getHoursCalendar', 'An office’s openings on `date`', true),
  };
}

/** Open Referral HSDS 3.0 (lib/hsds), served under /api/hsds. */
function hsdsPaths(): Record<string, unknown> {
  return {
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
            responses: { '200': json({ type: 'object' }, 'the HSDS record'), '400': badRequest, '404': error('no such record') },
          },
        },
      ]),
    ),
    '/api/hsds/profile.json': {
      get: {
        operationId: 'hsdsProfile',
        summary: 'The Canadian HSDS profile (JSON Schema)',
        responses: { '200': json({ type: 'object' }, 'JSON Schema'), '400': badRequest },
      },
    },
    '/api/hsds/datapackage/{file}': {
      get: {
        operationId: 'hsdsDatapackage',
        summary:
          'Bulk HSDS datapackage: datapackage.json and the CSV files it lists (redistributable records only; excluded sources with reasons)',
        parameters: [{ name: 'file', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': json({ type: 'object' }, 'datapackage.json, or text/csv for a table'),
          '400': badRequest,
          '404': error('no such file'),
        },
      },
    },
    '/api/hsds/points.geojson': {
      get: {
        operationId: 'hsdsPointsGeoJson',
        summary: 'GeoJSON of every redistributable service point',
        responses: { '200': json({ type: 'object' }, 'FeatureCollection'), '400': badRequest },
      },
    },
  };
}

let document: Record<string, unknown> | undefined;

/** Built once per process: the schemas and the paths change only with the code. */
export function openApiDocument(): Record<string, unknown> {
  document ??= {
    openapi: '3.1.0',
    info: {
      title: 'Guichet API',
      version: '1',
      description:
        'Find Canadian government services (federal, provincial, territorial, municipal) and the nearest places that deliver them, in English and French.',
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/v1/search': {
        get: {
          operationId: 'search',
          summary: 'A need and a place → matched services with their channels, and the nearest points delivering them',
          description:
            'Points are ordered by distance, with relevance as a tie-break. An empty result always carries a notice and a message saying why.',
          parameters: SEARCH_PARAMETERS,
          responses: {
            '200': json(ref('SearchResponse'), 'the search; an empty result carries a notice'),
            '400': error('a bad parameter: error.details lists each one'),
          },
        },
      },
      '/api/v1/search/map': {
        get: {
          operationId: 'searchMap',
          summary: 'The points of a search for a map: the nearest 100 of the whole list, slim, nearest first',
          description:
            'Takes the parameters of /api/v1/search; `offset` and `limit` do not change the answer, so every page of a search shares it. Cacheable all day unless `open` keeps only what is open now (then for the minute, as a search).',
          parameters: SEARCH_PARAMETERS,
          responses: {
            '200': json(ref('SearchMapResponse'), 'the points'),
            '400': error('a bad parameter: error.details lists each one'),
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
          responses: { '200': json(ref('ServicesResponse'), 'the services'), '400': badRequest, '404': error('unknown life event') },
        },
      },
      '/api/v1/services/{id}': {
        get: {
          operationId: 'getService',
          summary: 'One catalogue service with its channels, sources and in-person delivery points',
          parameters: [idParameter('service'), langParameter],
          responses: { '200': json(ref('ServiceResponse'), 'the service'), '400': badRequest, '404': error('unknown service') },
        },
      },
      '/api/v1/life-events': {
        get: {
          operationId: 'listLifeEvents',
          summary: 'Life events, each with its number of services',
          parameters: [langParameter],
          responses: { '200': json(ref('LifeEventsResponse'), 'the life events'), '400': badRequest },
        },
      },
      '/api/v1/life-events/{id}': {
        get: {
          operationId: 'getLifeEvent',
          summary: 'One life event with its services grouped by government',
          parameters: [idParameter('life event'), langParameter],
          responses: { '200': json(ref('LifeEventResponse'), 'the life event'), '400': badRequest, '404': error('unknown life event') },
        },
      },
      '/api/v1/locations/{id}': {
        get: {
          operationId: 'getLocation',
          summary: 'One service point: the services delivered there (provider and host), its schedule, and its open status',
          description: "Status, next opening, next outreach visit and the 7-day table are evaluated in the point's own IANA time zone.",
          parameters: [pointIdParameter, atParameter],
          responses: {
            '200': json(ref('LocationResponse'), 'the service point'),
            '400': error('a bad `at` (format, or outside the shipped time-zone range)'),
            '404': error('no point has this id or slug'),
          },
        },
      },
      ...calendarPaths(),
      '/api/v1/boundaries': {
        get: {
          operationId: 'getBoundaries',
          summary: 'Simplified province and territory outlines (GeoJSON FeatureCollection) for maps without tiles',
          responses: { '200': json(ref('BoundariesResponse'), 'the outlines') },
        },
      },
      '/api/v1/coverage': {
        get: {
          operationId: 'getCoverage',
          summary:
            'What Guichet covers: per province and territory and order of government, points, services, source dates and what is missing',
          description:
            'Computed from the data snapshot and the catalogue. Where Guichet lists no office of a province or territory, the gap links its official office finder.',
          parameters: [langParameter],
          responses: { '200': json(ref('CoverageResponse'), 'the coverage statement'), '400': badRequest },
        },
      },
      ...planningPaths(),
      ...reportPaths(),
      '/api/v1/sources': {
        get: {
          operationId: 'listSources',
          summary: 'Every source in the current data snapshot: publisher, licence, date, row counts',
          responses: { '200': json(ref('SourcesResponse'), 'the sources') },
        },
      },
      '/api/v1/openapi.json': {
        get: { operationId: 'getOpenApi', summary: 'This document', responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1') } },
      },
      ...hsdsPaths(),
    },
    components: { schemas: componentSchemas() },
  };
  return document;
}
