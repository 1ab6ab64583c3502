import { describe, expect, it } from 'vitest';
import type { Organization, ServiceAtLocation, ServicePoint } from '../model/schema';
import type { CatalogueService } from '../model/catalogue';
import { ORDERS, buildSearchIndex, orderBit, type SearchCorpus } from './search-index';

const point = (
  id: string,
  name: string,
  type: ServicePoint['type'],
  host: string,
  province: string,
  lat: number,
  lon: number,
): ServicePoint =>
  ({
    id,
    slug: id,
    name: { en: name },
    type,
    hostOrganizationId: host,
    address: { lines: { en: [] }, city: { en: 'Town' }, province },
    coordinates: { lat, lon, precision: 'exact', method: 'source' },
    timeZone: 'America/Toronto',
    schedule: { regular: [] },
    phones: [],
    sameSiteAs: [],
    provenance: [],
  }) as unknown as ServicePoint;

const organization = (id: string, order: Organization['order'], jurisdiction: string): Organization => ({
  id,
  name: { en: id },
  order,
  jurisdiction,
});
const record = (id: string, locationId: string, provider: string): ServiceAtLocation =>
  ({
    id,
    serviceId: 'offered',
    locationId,
    providerOrganizationId: provider,
    hostOrganizationId: provider,
    mode: 'in-person',
    features: [],
  }) as unknown as ServiceAtLocation;
const service = (id: string, order: CatalogueService['order'], jurisdiction: string): CatalogueService =>
  ({
    id,
    name: { en: id, fr: id },
    synonyms: { en: [], fr: [] },
    order,
    jurisdiction,
    lifeEventIds: [],
    origin: { kind: 'curated' },
  }) as unknown as CatalogueService;

const points = [
  point('sc-ottawa', 'Service Canada Centre Ottawa', 'service-centre', 'esdc', 'ON', 45.42, -75.69),
  point('so-ottawa', 'ServiceOntario Ottawa', 'service-centre', 'serviceontario', 'ON', 45.41, -75.7),
  point('library', 'Main Library', 'library', 'ottawa-library', 'ON', 45.4, -75.7),
];
const corpus: SearchCorpus = {
  snapshot: {
    servicePoints: points,
    organizations: [
      organization('esdc', 'federal', 'CA'),
      organization('serviceontario', 'provincial', 'ON'),
      organization('ottawa-library', 'municipal', 'Ottawa'),
    ],
    servicesAtLocations: [
      record('r1', 'sc-ottawa', 'esdc'),
      record('r2', 'so-ottawa', 'serviceontario'),
      record('r3', 'so-ottawa', 'esdc'),
      record('r4', 'gone', 'esdc'),
    ],
    places: [],
  },
  services: [service('passport', 'federal', 'CA'), service('health-card', 'provincial', 'ON')],
  lifeEvents: [],
  locationTypes: [],
  deliveryPointIds: (s) => (s.id === 'passport' ? ['sc-ottawa', 'so-ottawa', 'unknown-point'] : ['so-ottawa']),
};

describe('buildSearchIndex', () => {
  const index = buildSearchIndex(corpus);

  it('marks the orders of government of the providers at each point, and ignores records of unknown points', () => {
    expect(index.providerOrders[0]).toBe(orderBit('federal'));
    expect(index.providerOrders[1]).toBe(orderBit('federal') | orderBit('provincial'));
    expect(index.providerOrders[2]).toBe(0);
  });

  it("takes a point's order from its first provider's order, else from its host", () => {
    expect([...index.pointOrder].map((order) => ORDERS[order])).toEqual(['federal', 'federal', 'municipal']);
  });

  it('lists the points delivering each service, sorted, without unknown ids', () => {
    expect([...index.pointsByService.get('passport')!]).toEqual([0, 1]);
    expect([...index.pointsByService.get('health-card')!]).toEqual([1]);
  });

  it('lists the points an organization hosts or delivers at', () => {
    expect([...index.pointsByOrganization.get('esdc')!]).toEqual([0, 1]);
    expect([...index.pointsByOrganization.get('ottawa-library')!]).toEqual([2]);
  });

  it('keeps a provincial service to its province', () => {
    expect([...index.serviceProvinces.get('health-card')!]).toEqual(['ON']);
    expect(index.serviceProvinces.has('passport')).toBe(false);
  });

  it('indexes name and town words, sorted, with the points holding each', () => {
    expect(index.nameWords).toEqual([...index.nameWords].sort());
    expect(index.nameWords).toEqual(expect.arrayContaining(['ottawa', 'serviceontario', 'library', 'town']));
    expect([...index.pointsByNameWord.get('ottawa')!]).toEqual([0, 1]);
    expect([...index.pointsByNameWord.get('town')!]).toEqual([0, 1, 2]);
    expect([...index.pointsByType.get('service-centre')!]).toEqual([0, 1]);
  });

  it('keeps coordinates in typed arrays by point position, and names organizations running two points or more', () => {
    expect([...index.lat]).toEqual([45.42, 45.41, 45.4]);
    expect(index.pointIndexById.get('library')).toBe(2);
    expect(index.organizationsById.has('esdc')).toBe(true);
    expect(index.organizationsById.has('ottawa-library')).toBe(false);
  });
});
