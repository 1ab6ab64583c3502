import type { Row } from './export';
import {
  nestedLocation,
  nestedOrganization,
  nestedService,
  nestedServiceAtLocation,
  organizationSummary,
  withAnnotations,
  type HsdsIndex,
} from './nested';
import { catalogueTaxonomyId } from './vocabulary';

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 500;

export type HsdsList = 'services' | 'organizations' | 'service_at_locations' | 'taxonomies' | 'taxonomy_terms';

export interface Problem {
  param: string;
  message: string;
}

/** The HSDS 3.0 `Page` (components.schemas.Page of the API description) with its `contents`. */
export interface HsdsPage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: unknown[];
}

const ALLOWED: Record<HsdsList, string[]> = {
  services: [
    'search',
    'page',
    'per_page',
    'format',
    'taxonomy_term_id',
    'taxonomy_id',
    'organization_id',
    'modified_after',
    'minimal',
    'full',
    'lang',
  ],
  organizations: ['search', 'full_service', 'full', 'page', 'per_page', 'format', 'lang'],
  service_at_locations: [
    'search',
    'taxonomy_term_id',
    'taxonomy_id',
    'organization_id',
    'modified_after',
    'full',
    'page',
    'per_page',
    'format',
    'postcode',
    'proximity',
    'lang',
  ],
  taxonomies: ['search', 'page', 'per_page', 'format', 'lang'],
  taxonomy_terms: ['search', 'page', 'per_page', 'format', 'taxonomy_id', 'top_only', 'parent_id', 'lang'],
};

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function bool(params: URLSearchParams, name: string, problems: Problem[]): boolean {
  const raw = params.get(name);
  if (raw === null) return false;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  problems.push({ param: name, message: 'must be true or false' });
  return false;
}

function positiveInt(params: URLSearchParams, name: string, fallback: number, max: number, problems: Problem[]): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    problems.push({ param: name, message: `must be an integer from 1 to ${max}` });
    return fallback;
  }
  return Number(raw);
}

export type ListOutcome = { ok: true; page: HsdsPage; format: 'json' | 'ndjson' } | { ok: false; problems: Problem[] };

/** Parameters of the `lang` choice shared by every HSDS route: en (default) or fr. */
export function parseHsdsLang(params: URLSearchParams): 'en' | 'fr' | undefined {
  const raw = params.get('lang');
  if (raw === null || raw === 'en') return 'en';
  if (raw === 'fr') return 'fr';
  return undefined;
}

/** A paginated HSDS listing, filtered as the HSDS API description says. Unknown or malformed parameters are 400s. */
export function listHsds(index: HsdsIndex, list: HsdsList, params: URLSearchParams): ListOutcome {
  const problems: Problem[] = [];
  for (const key of new Set(params.keys())) {
    if (!ALLOWED[list].includes(key))
      problems.push({ param: key.slice(0, 40), message: `unknown parameter; accepted: ${ALLOWED[list].join(', ')}` });
  }
  const page = positiveInt(params, 'page', 1, 1_000_000, problems);
  const perPage = positiveInt(params, 'per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE, problems);
  const format = params.get('format') ?? 'json';
  if (format !== 'json' && format !== 'ndjson') problems.push({ param: 'format', message: 'must be json or ndjson' });
  const full = bool(params, 'full', problems);
  const minimal = bool(params, 'minimal', problems);
  const fullService = bool(params, 'full_service', problems);
  const topOnly = bool(params, 'top_only', problems);
  const search = params.get('search');
  if (search !== null && search.length > 200) problems.push({ param: 'search', message: 'at most 200 characters' });
  const modifiedAfter = params.get('modified_after');
  if (modifiedAfter !== null && Number.isNaN(Date.parse(modifiedAfter)))
    problems.push({ param: 'modified_after', message: 'must be an ISO 8601 date or date-time' });
  if (params.get('postcode') !== null || params.get('proximity') !== null) {
    problems.push({
      param: params.get('postcode') !== null ? 'postcode' : 'proximity',
      message: 'not supported: use /api/v1/search for places and distances',
    });
  }
  if (parseHsdsLang(params) === undefined) problems.push({ param: 'lang', message: 'must be one of: en, fr' });
  if (problems.length > 0) return { ok: false, problems };

  const t = index.export.tables;
  let rows: Row[] =
    list === 'services'
      ? t.services
      : list === 'organizations'
        ? t.organizations
        : list === 'service_at_locations'
          ? t.service_at_locations
          : list === 'taxonomies'
            ? t.taxonomies
            : t.taxonomy_terms;

  const termIds = (row: Row): string[] => (index.attributesByLink.get(String(row['id'])) ?? []).map((a) => String(a['taxonomy_term_id']));
  const serviceOf = (sal: Row): Row | undefined => index.byId.services.get(String(sal['service_id']));
  const termId = params.get('taxonomy_term_id');
  const taxonomyId = params.get('taxonomy_id');
  const orgId = params.get('organization_id');
  if (list === 'services' || list === 'service_at_locations') {
    const service = (row: Row): Row | undefined => (list === 'services' ? row : serviceOf(row));
    if (termId !== null)
      rows = rows.filter((r) => {
        const s = service(r);
        return s !== undefined && termIds(s).includes(termId);
      });
    if (taxonomyId !== null) {
      rows = rows.filter((r) => {
        const s = service(r);
        return s !== undefined && termIds(s).some((id) => index.byId.taxonomy_terms.get(id)?.['taxonomy_id'] === taxonomyId);
      });
    }
    if (orgId !== null) rows = rows.filter((r) => service(r)?.['organization_id'] === orgId);
    if (modifiedAfter !== null && Date.parse(modifiedAfter) > Date.parse(index.export.builtAt)) rows = [];
  }
  if (list === 'taxonomy_terms') {
    if (taxonomyId !== null) rows = rows.filter((r) => r['taxonomy_id'] === taxonomyId);
    const parent = params.get('parent_id');
    if (parent !== null) rows = rows.filter((r) => r['parent_id'] === parent);
    if (topOnly) rows = rows.filter((r) => r['parent_id'] === undefined);
  }
  if (search !== null && search.trim() !== '') {
    const needle = fold(search.trim());
    const text = (row: Row): string => {
      if (list === 'service_at_locations') {
        const location = index.byId.locations.get(String(row['location_id']));
        return `${String(serviceOf(row)?.['name'] ?? '')} ${String(location?.['name'] ?? '')}`;
      }
      return `${String(row['name'] ?? '')} ${String(row['alternate_name'] ?? '')} ${String(row['description'] ?? '')} ${String(row['code'] ?? '')}`;
    };
    rows = rows.filter((r) => fold(text(r)).includes(needle));
  }

  const item = (row: Row): unknown => {
    if (list === 'services') {
      if (minimal) return { id: row['id'], last_modified: row['last_modified'] };
      return full ? nestedService(index, row) : withAnnotations(index, row);
    }
    if (list === 'organizations')
      return full || fullService ? nestedOrganization(index, row, fullService) : organizationSummary(index, row);
    if (list === 'service_at_locations') return full ? nestedServiceAtLocation(index, row) : withAnnotations(index, row);
    return row;
  };

  if (format === 'ndjson') {
    return { ok: true, format: 'ndjson', page: pageOf(rows.map(item), 1, Math.max(rows.length, 1)) };
  }
  const start = (page - 1) * perPage;
  return { ok: true, format: 'json', page: pageOf(rows.slice(start, start + perPage).map(item), page, perPage, rows.length) };
}

function pageOf(contents: unknown[], page: number, perPage: number, total: number = contents.length): HsdsPage {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: total === 0,
    contents,
  };
}

export type HsdsRecordKind = 'services' | 'organizations' | 'service_at_locations';

/** One fully nested record by its HSDS id (or, for convenience, its Guichet id). */
export function getHsdsRecord(index: HsdsIndex, kind: HsdsRecordKind, id: string, params: URLSearchParams): unknown {
  const map = index.byId[kind];
  let row = map.get(id);
  if (!row) {
    for (const [hsds, guichet] of index.export.guichetIds) if (guichet === id && map.has(hsds)) row = map.get(hsds);
  }
  if (!row) return undefined;
  if (kind === 'services') return nestedService(index, row);
  if (kind === 'organizations') return nestedOrganization(index, row, params.get('full_service') === 'true');
  return nestedServiceAtLocation(index, row);
}

export { nestedLocation, catalogueTaxonomyId };
