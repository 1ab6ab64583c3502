import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Snapshot } from '../model/schema';
import { TABLES, type HsdsExport, type HsdsTables, type Row, type TableName } from './export';
import { recordLicence } from './licence';
import { ENTITY_OF_TABLE, HSDS_SPEC_DIR } from './validate';

export interface FieldDescriptor {
  name: string;
  type: 'string' | 'number' | 'integer' | 'date' | 'time' | 'datetime';
  format?: string;
  description?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

export interface Resource {
  name: string;
  path: string;
  profile: 'tabular-data-resource';
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  schema: {
    fields: FieldDescriptor[];
    primaryKey: string;
    foreignKeys: Array<{ fields: string; reference: { resource: string; fields: string } }>;
  };
}

/** Fields HSDS requires that Canadian sources often leave empty (the profile allows an empty value). */
const RELAXED_REQUIRED = new Set(['address.postal_code', 'address.address_1']);

/** Foreign keys of the exported tables (attributes.link_id and metadata.resource_id point at several tables: none). */
const FOREIGN_KEYS: Record<string, Array<[string, TableName]>> = {
  organization_identifier: [['organization_id', 'organizations']],
  service: [['organization_id', 'organizations']],
  location: [['organization_id', 'organizations']],
  service_at_location: [
    ['service_id', 'services'],
    ['location_id', 'locations'],
  ],
  address: [['location_id', 'locations']],
  phone: [['location_id', 'locations']],
  schedule: [['location_id', 'locations']],
  language: [['location_id', 'locations']],
  accessibility: [['location_id', 'locations']],
  taxonomy_term: [
    ['taxonomy_id', 'taxonomies'],
    ['parent_id', 'taxonomy_terms'],
  ],
  attribute: [['taxonomy_term_id', 'taxonomy_terms']],
};

interface SpecProperty {
  type?: string;
  format?: string;
  description?: string;
  enum?: string[];
  datapackage_type?: string;
  constraints?: { unique?: boolean };
}

/** Table schemas (simple/schema.csv shape: every one-to-one field of the HSDS table) from the HSDS JSON schemas. */
export function tableResources(specDir: string = HSDS_SPEC_DIR): Record<TableName, Resource> {
  const out = {} as Record<TableName, Resource>;
  const simple = parse(readFileSync(join(specDir, 'schema.csv'), 'utf8'), { columns: true, relax_column_count: true }) as Array<
    Record<string, string>
  >;
  for (const table of TABLES) {
    const entity = ENTITY_OF_TABLE[table]!;
    const spec = JSON.parse(readFileSync(join(specDir, `${entity}.json`), 'utf8')) as {
      path: string;
      required?: string[];
      tabular_required?: string[];
      properties: Record<string, SpecProperty>;
    };
    const required = new Set([...(spec.required ?? []), ...(spec.tabular_required ?? [])]);
    const fields: FieldDescriptor[] = [];
    for (const [name, prop] of Object.entries(spec.properties)) {
      if (prop.type === 'array' || prop.type === undefined) continue;
      // The simple/schema.csv shape: HSDS's flat field list (deprecated fields of the JSON schemas left out).
      if (!simple.some((r) => r['table_name'] === entity && r['name'] === name && r['type'] !== '' && r['type'] !== 'array')) continue;
      const type: FieldDescriptor['type'] =
        prop.datapackage_type === 'date'
          ? 'date'
          : prop.datapackage_type === 'time'
            ? 'time'
            : prop.datapackage_type === 'datetime'
              ? 'datetime'
              : prop.type === 'number'
                ? 'number'
                : 'string';
      const constraints: NonNullable<FieldDescriptor['constraints']> = {};
      if (required.has(name) && !RELAXED_REQUIRED.has(`${entity}.${name}`)) constraints.required = true;
      if (prop.constraints?.unique) constraints.unique = true;
      if (prop.enum) constraints.enum = prop.enum;
      fields.push({
        name,
        type,
        ...(type === 'string' && prop.format && ['uuid', 'email', 'uri'].includes(prop.format) ? { format: prop.format } : {}),
        ...(prop.description ? { description: prop.description } : {}),
        ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
      });
    }
    out[table] = {
      name: entity,
      path: spec.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields,
        primaryKey: 'id',
        foreignKeys: (FOREIGN_KEYS[entity] ?? []).map(([field, target]) => ({
          fields: field,
          reference: { resource: ENTITY_OF_TABLE[target]!, fields: 'id' },
        })),
      },
    };
  }
  return out;
}

export interface ExcludedSource {
  sourceId: string;
  licence: string;
  reason: { en: string; fr: string };
  /** service points left out because of this source */
  points: number;
}

export interface BulkSelection {
  tables: HsdsTables;
  excluded: ExcludedSource[];
}

/**
 * The records that may be redistributed: points whose every source is openly licensed, the services delivered
 * there, the organizations they name, and the rows that hang off them. Everything else is left out, by source.
 */
export function selectRedistributable(exp: HsdsExport, snapshot: Snapshot): BulkSelection {
  const t = exp.tables;
  const locations = new Set(
    t.locations.filter((l) => exp.licences.get(String(l['id']))?.redistribution === 'open').map((l) => String(l['id'])),
  );
  const sals = t.service_at_locations.filter(
    (s) => locations.has(String(s['location_id'])) && exp.licences.get(String(s['id']))?.redistribution === 'open',
  );
  const services = new Set(sals.map((s) => String(s['service_id'])));
  const salIds = new Set(sals.map((s) => String(s['id'])));
  const organizations = new Set<string>();
  for (const l of t.locations) if (locations.has(String(l['id']))) organizations.add(String(l['organization_id']));
  for (const s of t.services) if (services.has(String(s['id']))) organizations.add(String(s['organization_id']));
  for (const a of t.attributes) {
    if (
      (a['link_type'] === 'provider-organization' || a['link_type'] === 'host-organization') &&
      (salIds.has(String(a['link_id'])) || locations.has(String(a['link_id'])))
    )
      organizations.add(String(a['value']));
  }
  const byLocation = (rows: Row[]): Row[] => rows.filter((r) => locations.has(String(r['location_id'])));
  const kept: HsdsTables = {
    organizations: t.organizations.filter((o) => organizations.has(String(o['id']))),
    organization_identifiers: t.organization_identifiers.filter((o) => organizations.has(String(o['organization_id']))),
    services: t.services.filter((s) => services.has(String(s['id']))),
    locations: t.locations.filter((l) => locations.has(String(l['id']))),
    service_at_locations: sals,
    addresses: byLocation(t.addresses),
    phones: byLocation(t.phones),
    schedules: byLocation(t.schedules),
    languages: byLocation(t.languages),
    accessibility: byLocation(t.accessibility),
    taxonomies: t.taxonomies,
    taxonomy_terms: t.taxonomy_terms,
    attributes: [],
    metadata: [],
  };
  const keptIds = new Set<string>();
  for (const table of TABLES) if (table !== 'attributes' && table !== 'metadata') for (const r of kept[table]) keptIds.add(String(r['id']));
  kept.attributes = t.attributes.filter(
    (a) => keptIds.has(String(a['link_id'])) && (a['link_type'] !== 'same-site' || locations.has(String(a['value']))),
  );
  kept.metadata = t.metadata.filter((m) => keptIds.has(String(m['resource_id'])));

  const excluded = new Map<string, ExcludedSource>();
  for (const point of snapshot.servicePoints) {
    const status = recordLicence(point.provenance);
    if (status.redistribution === 'open') continue;
    // a source that gives this point in several files still counts it once
    const counted = new Set<string>();
    for (const p of point.provenance) {
      if (!status.restrictedBy.includes(p.sourceId) || counted.has(p.sourceId)) continue;
      counted.add(p.sourceId);
      const entry = excluded.get(p.sourceId) ?? { sourceId: p.sourceId, licence: p.licence, reason: recordLicence([p]).reason, points: 0 };
      entry.points += 1;
      excluded.set(p.sourceId, entry);
    }
  }
  return { tables: kept, excluded: [...excluded.values()].sort((a, b) => b.points - a.points) };
}

export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One table as CSV (RFC 4180, CRLF, header = every field of the table schema). */
export function tableCsv(resource: Resource, rows: Row[]): string {
  const names = resource.schema.fields.map((f) => f.name);
  return [names.join(','), ...rows.map((row) => names.map((n) => csvCell(row[n])).join(','))].join('\r\n') + '\r\n';
}

export interface Datapackage {
  descriptor: Record<string, unknown>;
  files: Map<string, string>;
}

/** datapackage.json + one CSV per table, of the redistributable records of a snapshot. */
export function buildDatapackage(
  exp: HsdsExport,
  snapshot: Snapshot,
  selection: BulkSelection = selectRedistributable(exp, snapshot),
): Datapackage {
  const resources = tableResources();
  const files = new Map<string, string>();
  const list: Resource[] = [];
  for (const table of TABLES) {
    const resource = resources[table];
    files.set(resource.path, tableCsv(resource, selection.tables[table]));
    list.push(resource);
  }
  const descriptor = {
    profile: 'tabular-data-package',
    name: 'guichet-hsds',
    title: 'Guichet: Canadian government service points as Open Referral HSDS 3.0',
    version: snapshot.version,
    created: snapshot.builtAt,
    homepage: '/en/open-data',
    language: exp.lang,
    hsds_version: '3.0',
    hsds_profile: '/api/hsds/profile.json',
    licenses: [...new Set(selection.tables.attributes.filter((a) => a['link_type'] === 'licence').map((a) => String(a['value'])))]
      .sort()
      .map((title) => ({ title })),
    description:
      'Service points whose every source is openly licensed, with the services, organizations and schedules attached. Each record carries its licence (attribute "licence") and provenance (metadata rows). Sources whose licence does not allow redistribution are listed in "excluded", with the reason.',
    excluded: selection.excluded,
    counts: Object.fromEntries(TABLES.map((table) => [resources[table].name, selection.tables[table].length])),
    resources: list,
  };
  return { descriptor, files };
}
