import type { HsdsExport, Row } from './export';

type Nested = Record<string, unknown>;

function groupBy(rows: Row[], key: string): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const k = row[key];
    if (typeof k !== 'string') continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** Lookups over one export, to assemble HSDS's nested records. */
export interface HsdsIndex {
  export: HsdsExport;
  byId: Record<'organizations' | 'services' | 'locations' | 'service_at_locations' | 'taxonomies' | 'taxonomy_terms', Map<string, Row>>;
  attributesByLink: Map<string, Row[]>;
  metadataByResource: Map<string, Row[]>;
  byLocation: Record<'addresses' | 'phones' | 'schedules' | 'languages' | 'accessibility', Map<string, Row[]>>;
  salsByService: Map<string, Row[]>;
  salsByLocation: Map<string, Row[]>;
  servicesByOrganization: Map<string, Row[]>;
  locationsByOrganization: Map<string, Row[]>;
  identifiersByOrganization: Map<string, Row[]>;
}

export function indexExport(exp: HsdsExport): HsdsIndex {
  const t = exp.tables;
  const byIdOf = (rows: Row[]): Map<string, Row> => new Map(rows.map((r) => [String(r['id']), r]));
  return {
    export: exp,
    byId: {
      organizations: byIdOf(t.organizations),
      services: byIdOf(t.services),
      locations: byIdOf(t.locations),
      service_at_locations: byIdOf(t.service_at_locations),
      taxonomies: byIdOf(t.taxonomies),
      taxonomy_terms: byIdOf(t.taxonomy_terms),
    },
    attributesByLink: groupBy(t.attributes, 'link_id'),
    metadataByResource: groupBy(t.metadata, 'resource_id'),
    byLocation: {
      addresses: groupBy(t.addresses, 'location_id'),
      phones: groupBy(t.phones, 'location_id'),
      schedules: groupBy(t.schedules, 'location_id'),
      languages: groupBy(t.languages, 'location_id'),
      accessibility: groupBy(t.accessibility, 'location_id'),
    },
    salsByService: groupBy(t.service_at_locations, 'service_id'),
    salsByLocation: groupBy(t.service_at_locations, 'location_id'),
    servicesByOrganization: groupBy(t.services, 'organization_id'),
    locationsByOrganization: groupBy(t.locations, 'organization_id'),
    identifiersByOrganization: groupBy(t.organization_identifiers, 'organization_id'),
  };
}

/** A record with its attributes and metadata (how every record carries its licence and provenance). */
export function withAnnotations(index: HsdsIndex, row: Row): Nested {
  const id = String(row['id']);
  return { ...row, attributes: index.attributesByLink.get(id) ?? [], metadata: index.metadataByResource.get(id) ?? [] };
}

export function nestedLocation(index: HsdsIndex, row: Row): Nested {
  const id = String(row['id']);
  const annotate = (rows: Row[] | undefined): Nested[] => (rows ?? []).map((r) => withAnnotations(index, r));
  return {
    ...withAnnotations(index, row),
    addresses: annotate(index.byLocation.addresses.get(id)),
    phones: index.byLocation.phones.get(id) ?? [],
    schedules: annotate(index.byLocation.schedules.get(id)),
    languages: index.byLocation.languages.get(id) ?? [],
    accessibility: index.byLocation.accessibility.get(id) ?? [],
  };
}

export function organizationSummary(index: HsdsIndex, row: Row): Nested {
  return { ...withAnnotations(index, row), organization_identifiers: index.identifiersByOrganization.get(String(row['id'])) ?? [] };
}

export function nestedServiceAtLocation(index: HsdsIndex, row: Row): Nested {
  const location = index.byId.locations.get(String(row['location_id']));
  const service = index.byId.services.get(String(row['service_id']));
  return {
    ...withAnnotations(index, row),
    ...(location ? { location: nestedLocation(index, location) } : {}),
    // Profile extension: the service delivered, as its one-to-one fields.
    ...(service ? { service: withAnnotations(index, service) } : {}),
  };
}

export function nestedService(index: HsdsIndex, row: Row): Nested {
  const org = index.byId.organizations.get(String(row['organization_id']));
  return {
    ...withAnnotations(index, row),
    ...(org ? { organization: organizationSummary(index, org) } : {}),
    service_at_locations: (index.salsByService.get(String(row['id'])) ?? []).map((sal) => {
      const location = index.byId.locations.get(String(sal['location_id']));
      return { ...withAnnotations(index, sal), ...(location ? { location: nestedLocation(index, location) } : {}) };
    }),
  };
}

export function nestedOrganization(index: HsdsIndex, row: Row, fullService: boolean): Nested {
  const id = String(row['id']);
  return {
    ...organizationSummary(index, row),
    locations: (index.locationsByOrganization.get(id) ?? []).map((l) => nestedLocation(index, l)),
    // Profile extension (as the HSDS API description asks): the services this organization provides.
    services: (index.servicesByOrganization.get(id) ?? []).map((s) =>
      fullService ? nestedService(index, s) : { id: s['id'], name: s['name'] },
    ),
  };
}
