import { parse } from 'csv-parse/sync';
import {
  ProvinceCode,
  type GovernmentOrder,
  type Localized,
  type LocationType,
  type Organization,
  type Provenance,
  type Reject,
} from '../model/schema';
import type { ServicePointDraft } from './contract';
import { describeError, ENTITY_OF_TABLE, hsdsValidator } from '../hsds/validate';
import { PROFILE_TERMS, PROFILE_TERM_BY_ID, type ProfileTermCode } from '../hsds/vocabulary';
import { LocationType as LocationTypeEnum, DeliveryMode } from '../model/schema';
import { profileSchema } from '../hsds/profile';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** One row of a feed, with where it was read. */
export interface FeedRow {
  file: string;
  line: number;
  table: string;
  values: Record<string, unknown>;
}

export type FeedTables = Map<string, FeedRow[]>;

/** Tables the import reads; others (contacts, programs, funding…) are read, counted and left as reference rows. */
export const KNOWN_TABLES = Object.keys(ENTITY_OF_TABLE);
const EMPTY_ALLOWED = new Set(['addresses.postal_code', 'addresses.address_1']);
const NUMBER_FIELDS = new Set([
  'latitude',
  'longitude',
  'year_incorporated',
  'minimum_age',
  'maximum_age',
  'extension',
  'timezone',
  'count',
  'interval',
  'amount',
]);

/** The table a file holds: `locations.csv` → locations, `service_at_location.csv` → service_at_locations. */
export function tableOfFile(name: string): string | undefined {
  const base = name
    .replace(/^.*[\\/]/, '')
    .replace(/\.(csv|json)$/i, '')
    .toLowerCase();
  if (base === 'service_at_location') return 'service_at_locations';
  return KNOWN_TABLES.includes(base) ? base : undefined;
}

/** Reads CSV text as HSDS rows (header = field names; empty cells absent; number fields as numbers). */
export function readCsvTable(file: string, table: string, text: string): FeedRow[] {
  const records = parse(text, { columns: true, skip_empty_lines: true, bom: true, info: true, relax_column_count: false }) as Array<{
    record: Record<string, string>;
    info: { lines: number };
  }>;
  return records.map(({ record, info }) => {
    const values: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(record)) {
      // An empty cell is an absent value, except where HSDS requires the field and Canadian data often has none.
      if (raw === '') {
        if (EMPTY_ALLOWED.has(`${table}.${key}`)) values[key] = '';
        continue;
      }
      values[key] = NUMBER_FIELDS.has(key) && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : raw;
    }
    return { file, line: info.lines, table, values };
  });
}

/** Reads JSON: an object of tables ({ "locations": [...] }) or, for a `<table>.json` file, an array of rows. */
export function readJsonTables(file: string, json: unknown, table?: string): FeedTables {
  const out: FeedTables = new Map();
  const add = (name: string, rows: unknown): void => {
    if (!Array.isArray(rows)) throw new Error(`${name}: expected an array of records`);
    out.set(
      name,
      rows.map((values, i) => ({
        file,
        line: i + 1,
        table: name,
        values: (typeof values === 'object' && values !== null ? values : { value: values }) as Record<string, unknown>,
      })),
    );
  };
  if (Array.isArray(json)) {
    if (!table) throw new Error('a JSON array needs a table name (name the file after the table, e.g. locations.json)');
    add(table, json);
  } else if (typeof json === 'object' && json !== null) {
    for (const [name, rows] of Object.entries(json)) {
      const known = tableOfFile(name);
      if (known) add(known, rows);
    }
  } else {
    throw new Error('expected a JSON object of tables or an array of records');
  }
  return out;
}

export interface Declaration {
  id?: string;
  title: { en?: string; fr?: string };
  publisher: string;
  order: GovernmentOrder;
  jurisdiction: string;
  licence: string;
  sourceDate: string;
  upstreamUrl?: string;
  language: 'en' | 'fr';
  format: 'csv' | 'json';
  defaultLocationType?: LocationType;
}

let profileValidators: Map<string, ValidateFunction> | undefined;
function profileValidator(definition: string): ValidateFunction | undefined {
  if (!profileValidators) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const schema = profileSchema();
    ajv.addSchema(schema, 'profile');
    profileValidators = new Map();
    for (const name of Object.keys(schema['definitions'] as object))
      profileValidators.set(name, ajv.getSchema(`profile#/definitions/${name}`)!);
  }
  return profileValidators.get(definition);
}

export function declarationProblems(value: unknown): string[] {
  const validate = profileValidator('declaration')!;
  return validate(value) ? [] : (validate.errors ?? []).map(describeError);
}

export interface FeedIssue {
  file: string;
  line: number;
  table: string;
  field: string;
  /** hsds: fails HSDS 3.0; profile: fails the Canadian profile; structure: ids and links between tables */
  level: 'hsds' | 'profile' | 'structure';
  message: string;
}

const ID_FIELD_TARGETS: Record<string, Array<[string, string]>> = {
  locations: [['organization_id', 'organizations']],
  services: [['organization_id', 'organizations']],
  service_at_locations: [
    ['service_id', 'services'],
    ['location_id', 'locations'],
  ],
  addresses: [['location_id', 'locations']],
  phones: [
    ['location_id', 'locations'],
    ['service_id', 'services'],
    ['organization_id', 'organizations'],
  ],
  schedules: [
    ['location_id', 'locations'],
    ['service_id', 'services'],
    ['service_at_location_id', 'service_at_locations'],
  ],
  languages: [
    ['location_id', 'locations'],
    ['service_id', 'services'],
  ],
  accessibility: [['location_id', 'locations']],
};

/**
 * Every problem of a feed, row by row: HSDS 3.0 schema, Canadian profile, duplicate ids and links to missing rows.
 * A row with an issue of level hsds or structure is not imported; profile issues are reported only.
 */
export function feedIssues(tables: FeedTables): FeedIssue[] {
  const issues: FeedIssue[] = [];
  const validator = hsdsValidator();
  const ids = new Map<string, Set<string>>();
  for (const [table, rows] of tables) {
    const entity = ENTITY_OF_TABLE[table]!;
    const seen = new Set<string>();
    ids.set(table, seen);
    const profileDefinition = profileValidator(entity);
    for (const row of rows) {
      for (const error of validator.validate(entity, row.values)) {
        issues.push({
          file: row.file,
          line: row.line,
          table,
          field: error.instancePath.replace(/^\//, '') || String((error.params as { missingProperty?: string }).missingProperty ?? ''),
          level: 'hsds',
          message: describeError(error),
        });
      }
      if (profileDefinition && !profileDefinition(row.values)) {
        for (const error of profileDefinition.errors ?? []) {
          if (error.keyword === 'if') continue;
          issues.push({
            file: row.file,
            line: row.line,
            table,
            field: error.instancePath.replace(/^\//, '') || String((error.params as { missingProperty?: string }).missingProperty ?? ''),
            level: 'profile',
            message: describeError(error),
          });
        }
      }
      const id = row.values['id'];
      if (typeof id === 'string') {
        if (seen.has(id))
          issues.push({
            file: row.file,
            line: row.line,
            table,
            field: 'id',
            level: 'structure',
            message: 'duplicate id: an earlier row of this table has it',
          });
        seen.add(id);
      }
    }
  }
  for (const [table, links] of Object.entries(ID_FIELD_TARGETS)) {
    for (const row of tables.get(table) ?? []) {
      for (const [field, target] of links) {
        const value = row.values[field];
        if (typeof value === 'string' && !(ids.get(target)?.has(value) ?? false)) {
          issues.push({ file: row.file, line: row.line, table, field, level: 'structure', message: `no row of ${target} has this id` });
        }
      }
    }
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------------------------
// Mapping into Guichet's model

const PROVINCE_NAMES: Record<string, ProvinceCode> = {
  alberta: 'AB',
  'british columbia': 'BC',
  'colombie-britannique': 'BC',
  manitoba: 'MB',
  'new brunswick': 'NB',
  'nouveau-brunswick': 'NB',
  'newfoundland and labrador': 'NL',
  'terre-neuve-et-labrador': 'NL',
  'nova scotia': 'NS',
  'nouvelle-ecosse': 'NS',
  'northwest territories': 'NT',
  'territoires du nord-ouest': 'NT',
  nunavut: 'NU',
  ontario: 'ON',
  'prince edward island': 'PE',
  'ile-du-prince-edouard': 'PE',
  quebec: 'QC',
  saskatchewan: 'SK',
  yukon: 'YT',
};

export function provinceOf(value: unknown): ProvinceCode | undefined {
  if (typeof value !== 'string') return undefined;
  const upper = value.trim().toUpperCase();
  if (ProvinceCode.safeParse(upper).success) return upper as ProvinceCode;
  const key = value
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return PROVINCE_NAMES[key];
}

const toHHMM = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(value.trim());
  if (!m) return undefined;
  const hhmm = `${m[1]!.padStart(2, '0')}:${m[2]}`;
  return hhmm === '23:59' && m[3] === '59' ? '24:00' : hhmm;
};
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export interface MappedFeed {
  organizations: Organization[];
  services: Array<{ id: string; name: Localized; providerOrganizationId: string }>;
  points: ServicePointDraft[];
  rejects: Reject[];
  warnings: Reject[];
  rowsRead: number;
  referenceRows: number;
}

export interface MapOptions {
  sourceId: string;
  /** directory of the source under data/sources (for provenance file paths) */
  dir: string;
  declaration: Declaration;
}

/** Maps validated HSDS tables into Guichet's drafts. Every row read ends up imported, as a reference row, or rejected. */
export function mapFeed(tables: FeedTables, issues: FeedIssue[], options: MapOptions): MappedFeed {
  const { sourceId, dir, declaration } = options;
  const lang = declaration.language;
  const alt: 'en' | 'fr' = lang === 'en' ? 'fr' : 'en';
  const rejects: Reject[] = [];
  const warnings: Reject[] = [];
  const rejected = new Set<FeedRow>();
  const reject = (row: FeedRow, field: string, reason: string): void => {
    if (rejected.has(row)) return;
    rejected.add(row);
    rejects.push({ sourceId, file: `${dir}/${row.file}`, line: row.line, field, reason });
  };
  for (const issue of issues) {
    if (issue.level === 'profile') continue;
    const row = (tables.get(issue.table) ?? []).find((r) => r.file === issue.file && r.line === issue.line);
    if (row) reject(row, issue.field || 'row', `${issue.level === 'hsds' ? 'HSDS 3.0' : 'feed structure'}: ${issue.message}`);
  }
  const rows = (table: string): FeedRow[] => (tables.get(table) ?? []).filter((r) => !rejected.has(r));
  const str = (row: FeedRow, field: string): string | undefined => {
    const v = row.values[field];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined;
  };

  // Attributes by link id, with their profile term code.
  const attrs = new Map<string, Array<{ code: ProfileTermCode | undefined; value: string; row: FeedRow }>>();
  for (const row of rows('attributes')) {
    const link = str(row, 'link_id');
    if (!link) continue;
    const termId = str(row, 'taxonomy_term_id') ?? '';
    const linkType = str(row, 'link_type');
    const code =
      PROFILE_TERM_BY_ID.get(termId) ?? (PROFILE_TERMS.some((t) => t.code === linkType) ? (linkType as ProfileTermCode) : undefined);
    attrs.set(link, [...(attrs.get(link) ?? []), { code, value: str(row, 'value') ?? '', row }]);
  }
  const attr = (id: string | undefined, code: ProfileTermCode): string[] =>
    id ? (attrs.get(id) ?? []).filter((a) => a.code === code).map((a) => a.value) : [];
  const altField = (id: string | undefined, field: string): string | undefined => {
    const prefix = `${field}=`;
    return attr(id, alt === 'fr' ? 'text-fr' : 'text-en')
      .find((v) => v.startsWith(prefix))
      ?.slice(prefix.length);
  };
  const localized = (primary: string | undefined, other: string | undefined, id?: string, field?: string): Localized | undefined => {
    if (!primary && !other) return undefined;
    const inAlt = id !== undefined && attr(id, 'text-language').includes(`${field}=${alt}`);
    if (inAlt) return { [alt]: primary ?? other } as Localized;
    return { ...(primary ? { [lang]: primary } : {}), ...(other ? { [alt]: other } : {}) } as Localized;
  };
  const provenance = (row: FeedRow, recordId: string): Provenance => ({
    sourceId,
    recordId,
    file: `${dir}/${row.file}`,
    line: row.line,
    sourceDate: declaration.sourceDate,
    licence: declaration.licence,
    ...(declaration.upstreamUrl ? { upstreamUrl: declaration.upstreamUrl } : {}),
  });
  const https = (value: string | undefined): string | undefined => (value && /^https:\/\/[^\s]+$/.test(value) ? value : undefined);

  // Organizations.
  const orgId = new Map<string, string>();
  const organizations: Organization[] = [];
  const publisherOrg: Organization = {
    id: `${sourceId}-publisher`,
    name: { [lang]: declaration.publisher } as Localized,
    order: declaration.order,
    jurisdiction: declaration.jurisdiction,
  };
  let publisherUsed = false;
  const identifiers = new Map<string, string>();
  for (const row of rows('organization_identifiers')) {
    if (str(row, 'identifier_scheme') === 'guichet' && str(row, 'organization_id') && str(row, 'identifier'))
      identifiers.set(str(row, 'organization_id')!, str(row, 'identifier')!);
  }
  for (const row of rows('organizations')) {
    const hsds = str(row, 'id')!;
    const id = attr(hsds, 'record-id')[0] ?? identifiers.get(hsds) ?? `${sourceId}-org-${hsds}`;
    const name = localized(str(row, 'name'), altField(hsds, 'name'), hsds, 'name');
    if (!name) {
      reject(row, 'name', 'organization has no name');
      continue;
    }
    const orderValue = attr(hsds, 'order-of-government')[0];
    const order =
      (['federal', 'provincial', 'territorial', 'municipal', 'indigenous', 'community'] as const).find((o) => o === orderValue) ??
      declaration.order;
    const url = https(str(row, 'website'));
    organizations.push({
      id,
      name,
      order,
      jurisdiction: attr(hsds, 'jurisdiction')[0] ?? declaration.jurisdiction,
      ...(url ? { url } : {}),
    });
    orgId.set(hsds, id);
  }
  const orgFor = (hsds: string | undefined): string => {
    const id = hsds ? orgId.get(hsds) : undefined;
    if (id) return id;
    publisherUsed = true;
    return publisherOrg.id;
  };

  // Services.
  const services: MappedFeed['services'] = [];
  const serviceId = new Map<string, { id: string; provider: string }>();
  for (const row of rows('services')) {
    const hsds = str(row, 'id')!;
    const name = localized(str(row, 'name'), altField(hsds, 'name'), hsds, 'name');
    if (!name) {
      reject(row, 'name', 'service has no name');
      continue;
    }
    const id = attr(hsds, 'record-id')[0] ?? `${sourceId}-service-${hsds}`;
    const provider = orgFor(str(row, 'organization_id'));
    services.push({ id, name, providerOrganizationId: provider });
    serviceId.set(hsds, { id, provider });
  }

  // Rows that hang off a location (directly or through a service_at_location).
  const salRows = rows('service_at_locations');
  const salLocation = new Map(salRows.map((r) => [str(r, 'id')!, str(r, 'location_id')]));
  const byLocation = (table: string): Map<string, FeedRow[]> => {
    const map = new Map<string, FeedRow[]>();
    for (const row of rows(table)) {
      const location = str(row, 'location_id') ?? salLocation.get(str(row, 'service_at_location_id') ?? '');
      if (!location) continue;
      map.set(location, [...(map.get(location) ?? []), row]);
    }
    return map;
  };
  const addresses = byLocation('addresses');
  const phones = byLocation('phones');
  const schedules = byLocation('schedules');
  const languages = byLocation('languages');
  const accessibility = byLocation('accessibility');
  const salsAt = byLocation('service_at_locations');

  const points: ServicePointDraft[] = [];
  for (const row of rows('locations')) {
    const hsds = str(row, 'id')!;
    const recordId =
      attr(hsds, 'record-id')[0] ?? (str(row, 'external_identifier_type') === 'guichet' ? str(row, 'external_identifier') : undefined);
    const id = recordId ?? `${sourceId}-${hsds}`;
    const name = localized(str(row, 'name'), altField(hsds, 'name'), hsds, 'name');
    if (!name) {
      reject(row, 'name', 'location has no name');
      continue;
    }
    if (str(row, 'location_type') !== 'physical') {
      reject(row, 'location_type', 'only physical locations are service points (virtual and postal ones have no counter)');
      continue;
    }
    const addressRows = (addresses.get(hsds) ?? []).sort(
      (a, b) => Number(str(b, 'address_type') === 'physical') - Number(str(a, 'address_type') === 'physical'),
    );
    const address = addressRows[0];
    if (!address) {
      reject(row, 'addresses', 'no address: Guichet needs the town and province of every point');
      continue;
    }
    const province = provinceOf(address.values['state_province']);
    if (!province) {
      reject(row, 'state_province', 'not a Canadian province or territory');
      continue;
    }
    const city = localized(str(address, 'city'), altField(str(address, 'id'), 'city'), str(address, 'id'), 'city');
    if (!city) {
      reject(row, 'city', 'address has no city');
      continue;
    }
    const lines = [str(address, 'address_1'), ...(str(address, 'address_2')?.split('\n') ?? [])].filter(
      (l): l is string => l !== undefined,
    );
    const altLines = altField(str(address, 'id'), 'lines')?.split('\n');
    const postal = str(address, 'postal_code')?.toUpperCase().replace(/[\s-]/g, '');
    const postalCode = postal && /^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(postal) ? `${postal.slice(0, 3)} ${postal.slice(3)}` : undefined;
    const lat = row.values['latitude'];
    const lon = row.values['longitude'];
    const precision = attr(hsds, 'coordinate-precision')[0];
    const typeValue = attr(hsds, 'location-type')[0];
    const type: LocationType =
      LocationTypeEnum.options.find((t) => t === typeValue) ?? declaration.defaultLocationType ?? 'government-office';
    const host = orgFor(str(row, 'organization_id'));
    const url = https(str(row, 'url'));
    const altUrl = https(altField(hsds, 'url'));

    const hours = hoursOf(
      schedules.get(hsds) ?? [],
      (r, reason) => warnings.push({ sourceId, file: `${dir}/${r.file}`, line: r.line, field: 'schedule', reason }),
      (id) => attr(id, 'schedule-kind')[0],
    );
    const acc = accessibility.get(hsds)?.[0];
    const details = new Map(
      (acc ? (str(acc, 'details') ?? '') : '')
        .split(';')
        .map((p) => p.trim().split('=') as [string, string])
        .filter((p) => p.length === 2),
    );
    const signLanguage = details
      .get('sign-language')
      ?.split(',')
      .filter((s): s is 'asl' | 'lsq' => s === 'asl' || s === 'lsq');
    const parking = details.get('parking');
    const notes = acc ? str(acc, 'description') : undefined;
    const officialLanguages = [
      ...new Set((languages.get(hsds) ?? []).map((l) => str(l, 'code')).filter((c): c is 'en' | 'fr' => c === 'en' || c === 'fr')),
    ];

    const offers: ServicePointDraft['offers'] = [];
    for (const sal of salsAt.get(hsds) ?? []) {
      const salId = str(sal, 'id')!;
      const service = serviceId.get(str(sal, 'service_id') ?? '');
      if (!service) {
        reject(sal, 'service_id', 'the service was not imported');
        continue;
      }
      const providerAttr = attr(salId, 'provider-organization')[0];
      const modeValue = attr(salId, 'delivery-mode')[0];
      const mode = DeliveryMode.options.find((m) => m === modeValue) ?? (type === 'outreach-site' ? 'outreach' : 'in-person');
      const features = attr(salId, 'service-feature');
      offers.push({
        serviceId: service.id,
        providerOrganizationId: providerAttr ? orgFor(providerAttr) : service.provider,
        mode,
        ...(features.length > 0 ? { features } : {}),
      });
    }

    points.push({
      id,
      name,
      type,
      hostOrganizationId: host,
      address: {
        lines: attr(str(address, 'id'), 'text-language').includes(`lines=${alt}`)
          ? { [alt]: lines }
          : { [lang]: lines, ...(altLines ? { [alt]: altLines } : {}) },
        city,
        province,
        ...(postalCode ? { postalCode } : {}),
      },
      ...(typeof lat === 'number' && typeof lon === 'number'
        ? {
            sourceCoordinates: {
              lat,
              lon,
              ...(precision === 'postal-code'
                ? { placedBy: 'postal' as const }
                : precision === 'locality'
                  ? { placedBy: 'city' as const }
                  : {}),
            },
          }
        : {}),
      ...(officialLanguages.length > 0 ? { officialLanguages } : {}),
      accessibility: {
        ...(details.has('wheelchair') ? { wheelchair: details.get('wheelchair') === 'yes' } : {}),
        ...(signLanguage?.length ? { signLanguage } : {}),
        ...(parking === 'free' || parking === 'paid' ? { parking } : {}),
        ...(notes ? { notes: { [lang]: notes } as Localized } : {}),
      },
      phones: (phones.get(hsds) ?? [])
        .filter((p) => str(p, 'number'))
        .map((p) => ({
          number: str(p, 'number')!,
          ...(str(p, 'description') ? { label: { [lang]: str(p, 'description') } as Localized } : {}),
        })),
      ...(url || altUrl ? { url: { ...(url ? { [lang]: url } : {}), ...(altUrl ? { [alt]: altUrl } : {}) } } : {}),
      hours,
      offers,
      provenance: [provenance(row, recordId ?? hsds)],
    });
  }

  if (publisherUsed) organizations.push(publisherOrg);
  let rowsRead = 0;
  for (const list of tables.values()) rowsRead += list.length;
  const locationRows = (tables.get('locations') ?? []).length;
  const nonLocationRejected = [...rejected].filter((r) => r.table !== 'locations').length;
  return { organizations, services, points, rejects, warnings, rowsRead, referenceRows: rowsRead - locationRows - nonLocationRejected };
}

/**
 * HSDS schedule rows → the structured hours format the ingest already parses (weekly / monthly / dated / closures).
 * Program sessions and unparsed text have no place there: they are reported as warnings.
 */
export function hoursOf(
  rows: FeedRow[],
  warn: (row: FeedRow, reason: string) => void,
  kindOf: (id: string | undefined) => string | undefined,
): ServicePointDraft['hours'] {
  const weekly: Array<[number, string, string]> = [];
  const monthly = new Map<string, [number[], number, string, string]>();
  const dated: Array<[string, string, string]> = [];
  const closedOn: string[] = [];
  const closures: Array<{ from: string; to?: string }> = [];
  for (const row of rows) {
    const v = row.values;
    const kind = kindOf(typeof v['id'] === 'string' ? v['id'] : undefined);
    const opens = toHHMM(v['opens_at']);
    const closes = toHHMM(v['closes_at']);
    const from = typeof v['valid_from'] === 'string' ? v['valid_from'] : undefined;
    const to = typeof v['valid_to'] === 'string' ? v['valid_to'] : undefined;
    const description = typeof v['description'] === 'string' ? v['description'] : '';
    if (kind === 'session' || kind === 'text') {
      warn(row, `schedule entry of kind "${kind}" is not imported (no structured hours)`);
      continue;
    }
    if (kind === 'closure' || (!opens && from && /^(closed|fermé)/i.test(description))) {
      if (!from) {
        warn(row, 'closure without valid_from');
        continue;
      }
      const days = to ? daysBetween(from, to) : undefined;
      // Short closures become closed days (the hours format takes one open-ended or long closure).
      if (days && days.length <= 31) closedOn.push(...days);
      else closures.push({ from, ...(to ? { to } : {}) });
      continue;
    }
    if (!opens || !closes) {
      warn(row, 'schedule row without opens_at and closes_at is not imported');
      continue;
    }
    const byday = typeof v['byday'] === 'string' ? v['byday'].split(',').map((d) => d.trim().toUpperCase()) : [];
    if (v['freq'] === 'WEEKLY') {
      for (const d of byday) {
        const day = DAYS.indexOf(d) + 1;
        if (day > 0) weekly.push([day, opens, closes]);
        else warn(row, `byday ${d} is not a weekday code`);
      }
    } else if (v['freq'] === 'MONTHLY') {
      for (const d of byday) {
        const m = /^(-1|[1-5])(MO|TU|WE|TH|FR|SA|SU)$/.exec(d);
        if (!m) {
          warn(row, `monthly byday ${d} needs a week number (e.g. 2WE)`);
          continue;
        }
        const day = DAYS.indexOf(m[2]!) + 1;
        const key = `${day}|${opens}|${closes}`;
        const entry = monthly.get(key) ?? [[], day, opens, closes];
        entry[0].push(Number(m[1]));
        monthly.set(key, entry);
      }
    } else if (from && (to === undefined || to === from)) {
      dated.push([from, opens, closes]);
    } else {
      warn(row, 'schedule row without freq or a single date is not imported');
    }
  }
  if (weekly.length + monthly.size + dated.length + closedOn.length + closures.length === 0) return { format: 'none', data: {} };
  return {
    format: 'service-canada',
    data: {
      ...(weekly.length > 0 ? { weekly } : {}),
      ...(monthly.size > 0 ? { monthly: [...monthly.values()] } : {}),
      ...(dated.length > 0 ? { dated } : {}),
      ...(closedOn.length > 0 ? { closedOn } : {}),
      ...(closures[0] ? { closure: closures[0] } : {}),
    },
  };
}

function daysBetween(from: string, to: string): string[] | undefined {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return undefined;
  const days: string[] = [];
  for (let t = start; t <= end && days.length <= 366; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}
