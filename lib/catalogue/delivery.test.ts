import { describe, expect, it } from 'vitest';
import type { ServiceAtLocation, ServicePoint } from '../model/schema';
import { loadSnapshot } from '../data/snapshot';
import { getCatalogue } from './catalogue';
import { deliveryPointsFor, type DeliverySnapshot } from './delivery';

const { catalogue, serviceById } = getCatalogue();

function service(id: string) {
  const found = serviceById.get(id);
  if (found === undefined) throw new Error(`no catalogue service ${id}`);
  return found;
}

describe('deliveryPointsFor on a small snapshot', () => {
  const point = (id: string, type: ServicePoint['type']): ServicePoint => ({ id, type }) as ServicePoint;
  const record = (id: string, locationId: string, serviceId: string, features: string[] = []): ServiceAtLocation =>
    ({ id, locationId, serviceId, features }) as ServiceAtLocation;
  const snapshot: DeliverySnapshot = {
    servicePoints: [point('scc-1', 'service-centre'), point('pp-1', 'passport-office'), point('lib-1', 'library')],
    services: [
      { id: 'passport-services', name: { en: 'Passport' }, providerOrganizationId: 'gc-ircc', catalogueIds: [] },
      {
        id: 'library-ei-kiosk',
        name: { en: 'EI kiosk' },
        providerOrganizationId: 'gc-service-canada',
        catalogueIds: ['employment-insurance'],
      },
    ],
    servicesAtLocations: [
      record('sal-1', 'scc-1', 'sc-in-person'),
      record('sal-2', 'scc-1', 'passport-services', ['mail20']),
      record('sal-3', 'pp-1', 'passport-services', ['urgent', 'express', 'pickup10']),
      record('sal-4', 'lib-1', 'library-ei-kiosk'),
    ],
  };

  it('follows the in-person rule and explicit catalogue links', () => {
    expect(deliveryPointsFor(service('employment-insurance'), snapshot)).toEqual({
      serviceAtLocationIds: ['sal-1', 'sal-4'],
      servicePointIds: ['scc-1', 'lib-1'],
    });
  });

  it('keeps only the points whose features offer the service level', () => {
    expect(deliveryPointsFor(service('passport-urgent'), snapshot).servicePointIds).toEqual(['pp-1']);
    expect(deliveryPointsFor(service('passport'), snapshot).servicePointIds).toEqual(['scc-1', 'pp-1']);
  });

  it('finds nothing for a service without in-person delivery', () => {
    expect(deliveryPointsFor(service('canada-child-benefit'), snapshot).servicePointIds).toEqual([]);
  });
});

describe('deliveryPointsFor on the current snapshot (data/build)', () => {
  // No fallback: without a built snapshot (npx tsx scripts/ingest.ts) this suite fails.
  const { snapshot, pointById } = loadSnapshot();

  it.each(catalogue.services.filter((entry) => entry.channels.inPerson !== undefined).map((entry) => [entry.id]))(
    '%s resolves to at least one real service point',
    (id) => {
      const points = deliveryPointsFor(service(id), snapshot).servicePointIds;
      expect(points.length).toBeGreaterThan(0);
      const types = service(id).channels.inPerson?.locationTypes ?? [];
      for (const pointId of points) expect(types).toContain(pointById.get(pointId)?.type);
    },
  );

  it('sends urgent passports only to offices whose passport levels include urgent', () => {
    const urgent = deliveryPointsFor(service('passport-urgent'), snapshot);
    const all = deliveryPointsFor(service('passport'), snapshot);
    expect(urgent.servicePointIds.length).toBeGreaterThan(0);
    expect(urgent.servicePointIds.length).toBeLessThan(all.servicePointIds.length);
    const recordById = new Map(snapshot.servicesAtLocations.map((record) => [record.id, record]));
    for (const id of urgent.serviceAtLocationIds) expect(recordById.get(id)?.features).toContain('urgent');
  });

  it('sends biometrics only to offices that collect them', () => {
    const recordById = new Map(snapshot.servicesAtLocations.map((record) => [record.id, record]));
    const biometrics = deliveryPointsFor(service('immigration-biometrics'), snapshot);
    expect(biometrics.servicePointIds.length).toBeGreaterThan(50);
    for (const id of biometrics.serviceAtLocationIds) expect(recordById.get(id)?.features).toContain('biometrics');
  });

  it('keeps Ontario, B.C., Toronto and Vancouver services at their own points', () => {
    const provinces = (id: string): Set<string> =>
      new Set(deliveryPointsFor(service(id), snapshot).servicePointIds.map((pointId) => pointById.get(pointId)?.address.province ?? '?'));
    expect(provinces('ontario-health-card')).toEqual(new Set(['ON']));
    expect(provinces('bc-address-change')).toEqual(new Set(['BC']));
    expect(provinces('toronto-public-library-card')).toEqual(new Set(['ON']));
    expect(provinces('vancouver-community-centres')).toEqual(new Set(['BC']));
  });
});
