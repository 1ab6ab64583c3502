import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { loadSnapshot } from '../data/snapshot';
import { getCatalogue } from '../catalogue/catalogue';
import { TABLES, buildHsdsExport, effectiveWeekly, monthlyByDay } from './export';
import { indexExport, nestedOrganization, nestedService, nestedServiceAtLocation } from './nested';
import { ENTITY_OF_TABLE, describeError, hsdsValidator } from './validate';
import { buildDatapackage, selectRedistributable, tableResources, type Resource } from './datapackage';
import { licenceStatus, recordLicence } from './licence';
import { listHsds } from './api';
import { pointsGeoJson } from './geojson';
import { profileSchema } from './profile';
import { UUID_RE, uuidV5 } from './uuid';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const { snapshot } = loadSnapshot();
const catalogue = getCatalogue().catalogue;
const en = buildHsdsExport(snapshot, catalogue, 'en');
const fr = buildHsdsExport(snapshot, catalogue, 'fr');
const validator = hsdsValidator();

function errorsOf(exp: typeof en): string[] {
  const errors: string[] = [];
  for (const table of TABLES) {
    for (const row of exp.tables[table]) {
      for (const e of validator.validate(ENTITY_OF_TABLE[table]!, row)) errors.push(`${table} ${String(row['id'])}: ${describeError(e)}`);
    }
  }
  return errors;
}

describe('HSDS export of the real snapshot', () => {
  it('has one HSDS record per Guichet record', () => {
    expect(en.tables.organizations).toHaveLength(snapshot.organizations.length);
    expect(en.tables.locations).toHaveLength(snapshot.servicePoints.length);
    expect(en.tables.services).toHaveLength(snapshot.services.length);
    expect(en.tables.service_at_locations).toHaveLength(snapshot.servicesAtLocations.length);
    expect(en.tables.addresses).toHaveLength(snapshot.servicePoints.length);
  });

  it('validates every flat row against the HSDS 3.0 schemas, in both languages', () => {
    expect(errorsOf(en)).toEqual([]);
    expect(errorsOf(fr)).toEqual([]);
  });

  it('validates every fully nested service, organization and service_at_location', () => {
    const index = indexExport(en);
    const errors: string[] = [];
    for (const row of en.tables.services)
      for (const e of validator.validate('service', nestedService(index, row))) errors.push(describeError(e));
    for (const row of en.tables.organizations)
      for (const e of validator.validate('organization', nestedOrganization(index, row, true))) errors.push(describeError(e));
    for (const row of en.tables.service_at_locations)
      for (const e of validator.validate('service_at_location', nestedServiceAtLocation(index, row))) errors.push(describeError(e));
    expect(errors).toEqual([]);
  });

  it('validates flat rows against the Canadian profile', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(profileSchema());
    const { attributes, addresses, locations, languages, schedules, organizations, services, service_at_locations } = en.tables;
    expect(
      validate({ attributes, addresses, locations, languages, schedules, organizations, services, service_at_locations }),
      JSON.stringify(validate.errors?.slice(0, 3)),
    ).toBe(true);
  });

  it('uses unique RFC 4122 ids, stable across builds and languages', () => {
    for (const table of TABLES) {
      const ids = en.tables[table].map((r) => String(r['id']));
      expect(new Set(ids).size, table).toBe(ids.length);
      expect(
        ids.every((id) => UUID_RE.test(id)),
        table,
      ).toBe(true);
    }
    expect(fr.tables.locations.map((l) => l['id'])).toEqual(en.tables.locations.map((l) => l['id']));
    expect(uuidV5('location:sc-1137')).toBe(uuidV5('location:sc-1137'));
  });

  it('carries the other official language, the roles, the precision and the licence of every record', () => {
    const index = indexExport(en);
    const point = snapshot.servicePoints.find((p) => p.id === 'sc-1137')!;
    const location = en.tables.locations.find((l) => l['external_identifier'] === 'sc-1137')!;
    const attrs = index.attributesByLink.get(String(location['id']))!;
    const value = (type: string): string[] => attrs.filter((a) => a['link_type'] === type).map((a) => String(a['value']));
    expect(location['name']).toBe(point.name.en);
    expect(value('text-fr')).toEqual([`name=${point.name.fr}`, `url=${point.url!.fr}`]);
    expect(value('coordinate-precision')).toEqual(['exact']);
    expect(value('location-type')).toEqual(['service-centre']);
    expect(value('licence')).toContain('Government of Canada web content (canada.ca terms); compilation MIT');
    expect(value('redistribution')[0]).toMatch(/^restricted: canada\.ca terms/);
    expect(index.metadataByResource.get(String(location['id']))).toHaveLength(point.provenance.length);
    for (const table of ['organizations', 'services', 'locations', 'service_at_locations'] as const) {
      for (const row of en.tables[table]) {
        const types = (index.attributesByLink.get(String(row['id'])) ?? []).map((a) => a['link_type']);
        expect(types, `${table} ${String(row['id'])}`).toContain('licence');
        expect(types).toContain('redistribution');
      }
    }
    const sal = en.tables.service_at_locations[0]!;
    const salTypes = (index.attributesByLink.get(String(sal['id'])) ?? []).map((a) => a['link_type']);
    expect(salTypes).toEqual(expect.arrayContaining(['provider-organization', 'host-organization', 'delivery-mode']));
  });

  it('turns schedules into RRULE rows: weekly days grouped, breaks taken out, monthly visits numbered', () => {
    expect(
      effectiveWeekly({ weekly: [{ day: 1, opens: '08:30', closes: '16:30' }], breaks: [{ opens: '12:00', closes: '13:00' }] }),
    ).toEqual([
      { day: 1, opens: '08:30', closes: '12:00' },
      { day: 1, opens: '13:00', closes: '16:30' },
    ]);
    expect(monthlyByDay([2, 4], 3)).toBe('2WE,4WE');
    expect(monthlyByDay([-1], 5)).toBe('-1FR');
    const sc = en.tables.locations.find((l) => l['external_identifier'] === 'sc-1137')!;
    const rows = en.tables.schedules.filter((s) => s['location_id'] === sc['id']);
    expect(rows).toEqual([
      expect.objectContaining({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '08:30:00', closes_at: '16:00:00' }),
    ]);
  });
});

describe('licences', () => {
  it('counts only stated open licences as open', () => {
    expect(licenceStatus('Open Government Licence – Vancouver').redistribution).toBe('open');
    expect(licenceStatus('MIT License, Copyright (c) 2018 Government of Canada (repository LICENSE)').redistribution).toBe('open');
    expect(licenceStatus('Not stated (bcgov repository; Open Government Licence – British Columbia unconfirmed)').redistribution).toBe(
      'restricted',
    );
    expect(licenceStatus('None stated (reuse rights unconfirmed)').redistribution).toBe('restricted');
    expect(licenceStatus('Government of Canada web content (canada.ca terms); compilation MIT').redistribution).toBe('restricted');
    expect(licenceStatus('Open Government Licence – Toronto (branch information); hours: none stated').redistribution).toBe('restricted');
    expect(licenceStatus('Whatever').redistribution).toBe('restricted');
    expect(
      recordLicence([
        { sourceId: 'a', licence: 'CC BY 4.0' },
        { sourceId: 'b', licence: 'Not stated' },
      ]).restrictedBy,
    ).toEqual(['b']);
  });
});

describe('HSDS listings', () => {
  const index = indexExport(en);
  it('pages as the HSDS API description says', () => {
    const outcome = listHsds(index, 'services', new URLSearchParams('page=2&per_page=10'));
    if (!outcome.ok) throw new Error('expected a page');
    expect(outcome.page).toMatchObject({
      total_items: snapshot.services.length,
      total_pages: Math.ceil(snapshot.services.length / 10),
      page_number: 2,
      size: 10,
      first_page: false,
      last_page: false,
      empty: false,
    });
    const last = listHsds(index, 'services', new URLSearchParams(`page=${Math.ceil(snapshot.services.length / 10)}&per_page=10`));
    expect(last.ok && last.page.last_page).toBe(true);
  });
  it('filters by organization, taxonomy and search, and rejects bad parameters without echoing them', () => {
    const service = en.tables.services[0]!;
    const byOrg = listHsds(
      index,
      'services',
      new URLSearchParams({ organization_id: String(service['organization_id']), per_page: '500' }),
    );
    expect(
      byOrg.ok && byOrg.page.contents.every((c) => (c as { organization_id: string }).organization_id === service['organization_id']),
    ).toBe(true);
    const terms = listHsds(index, 'taxonomy_terms', new URLSearchParams('top_only=true&per_page=500'));
    expect(terms.ok && terms.page.contents.every((c) => (c as { parent_id?: string }).parent_id === undefined)).toBe(true);
    const search = listHsds(index, 'organizations', new URLSearchParams('search=service canada'));
    expect(search.ok && search.page.total_items).toBeGreaterThan(0);
    const bad = listHsds(index, 'services', new URLSearchParams('page=0&per_page=<script>&zzz=1'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(JSON.stringify(bad.problems)).not.toContain('<script>');
  });
});

/** Frictionless table-schema rules, checked on the CSV text as a consumer would read it. */
function frictionlessProblems(resources: Resource[], files: Map<string, string>): string[] {
  const problems: string[] = [];
  const tables = new Map<string, Array<Record<string, string>>>();
  for (const resource of resources) {
    const text = files.get(resource.path);
    if (text === undefined) {
      problems.push(`${resource.path}: missing`);
      continue;
    }
    const records = parse(text, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
    const header = text.slice(0, text.indexOf('\r\n')).split(',');
    if (header.join(',') !== resource.schema.fields.map((f) => f.name).join(','))
      problems.push(`${resource.path}: header differs from schema`);
    tables.set(resource.name, records);
    for (const field of resource.schema.fields) {
      const seen = new Set<string>();
      records.forEach((record, i) => {
        const value = record[field.name] ?? '';
        const where = `${resource.path}:${i + 2} ${field.name}`;
        if (value === '') {
          if (field.constraints?.required) problems.push(`${where} required`);
          return;
        }
        if (field.type === 'number' && !/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value)) problems.push(`${where} not a number`);
        if (field.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) problems.push(`${where} not a date`);
        if (field.type === 'time' && !/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(value)) problems.push(`${where} not a time`);
        if (field.type === 'datetime' && Number.isNaN(Date.parse(value))) problems.push(`${where} not a datetime`);
        if (field.format === 'uuid' && !UUID_RE.test(value)) problems.push(`${where} not a uuid`);
        if (field.format === 'uri' && !/^[a-z][a-z0-9+.-]*:/i.test(value)) problems.push(`${where} not a uri`);
        if (field.constraints?.enum && !field.constraints.enum.includes(value)) problems.push(`${where} not in enum`);
        if (field.constraints?.unique || field.name === resource.schema.primaryKey) {
          if (seen.has(value)) problems.push(`${where} duplicate`);
          seen.add(value);
        }
      });
    }
  }
  for (const resource of resources) {
    for (const fk of resource.schema.foreignKeys) {
      const targets = new Set((tables.get(fk.reference.resource) ?? []).map((r) => r[fk.reference.fields]));
      (tables.get(resource.name) ?? []).forEach((record, i) => {
        const value = record[fk.fields];
        if (value && !targets.has(value)) problems.push(`${resource.path}:${i + 2} ${fk.fields} → ${fk.reference.resource}: no such id`);
      });
    }
  }
  return problems;
}

describe('bulk datapackage', () => {
  const selection = selectRedistributable(en, snapshot);
  const pkg = buildDatapackage(en, snapshot, selection);
  const resources = pkg.descriptor['resources'] as Resource[];

  it('holds the Frictionless rules: field types, required, primary and foreign keys', () => {
    expect(frictionlessProblems(resources, pkg.files).slice(0, 10)).toEqual([]);
  });

  it('follows simple/schema.csv: every one-to-one field of each table, in order', () => {
    const simple = parse(readFileSync('lib/hsds/spec/schema.csv', 'utf8'), { columns: true, relax_column_count: true }) as Array<
      Record<string, string>
    >;
    const resourcesByName = tableResources();
    for (const resource of Object.values(resourcesByName)) {
      const expected = simple
        .filter((r) => r['table_name'] === resource.name && r['type'] !== 'array' && r['type'] !== '')
        .map((r) => r['name']);
      expect(
        resource.schema.fields.map((f) => f.name),
        resource.name,
      ).toEqual(expected);
    }
  });

  it('leaves out every record of a source whose licence does not allow redistribution, and says why', () => {
    const keptLocations = new Set(selection.tables.locations.map((l) => String(l['external_identifier'])));
    for (const point of snapshot.servicePoints)
      expect(keptLocations.has(point.id)).toBe(recordLicence(point.provenance).redistribution === 'open');
    expect(selection.tables.locations.length).toBeGreaterThan(0);
    const excluded = pkg.descriptor['excluded'] as Array<{ sourceId: string; reason: { en: string; fr: string }; points: number }>;
    expect(excluded.map((e) => e.sourceId)).toContain('federal-service-canada-offices-hours-ask-canada');
    expect(excluded.every((e) => e.reason.en.length > 0 && e.reason.fr.length > 0 && e.points > 0)).toBe(true);
    // points, not provenance entries: a source that gives a point in two files counts it once
    for (const entry of excluded) {
      const points = snapshot.servicePoints.filter(
        (point) =>
          recordLicence(point.provenance).restrictedBy.includes(entry.sourceId) &&
          point.provenance.some((p) => p.sourceId === entry.sourceId),
      );
      expect(entry.points, entry.sourceId).toBe(points.length);
    }
    const attrs = selection.tables.attributes.filter((a) => a['link_type'] === 'redistribution');
    expect(attrs.every((a) => a['value'] === 'open')).toBe(true);
  });

  it('GeoJSON lists every redistributable point with provider, host, type, precision and source', () => {
    const geo = pointsGeoJson(snapshot, selection.excluded);
    expect(geo.features).toHaveLength(selection.tables.locations.length);
    const f = geo.features[0]!;
    expect(f.geometry.coordinates[0]).toBeLessThan(-52);
    expect(Object.keys(f.properties)).toEqual(
      expect.arrayContaining(['host_id', 'provider_ids', 'type', 'precision', 'sources', 'licence']),
    );
  });

  it('GeoJSON names each source of a point once, though the source gives the point in two files', () => {
    const open = snapshot.servicePoints.find((point) => recordLicence(point.provenance).redistribution === 'open')!;
    const twoFiles = { ...open, provenance: [...open.provenance, { ...open.provenance[0]!, file: 'second-file.csv', line: 2 }] };
    const geo = pointsGeoJson({ ...snapshot, servicePoints: [twoFiles] }, []);
    expect(geo.features[0]!.properties['sources']).toEqual([...new Set(open.provenance.map((p) => p.sourceId))]);
  });
});
