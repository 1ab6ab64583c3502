import { describe, expect, it } from 'vitest';
import type { ServicePoint } from '../model/schema';
import { nearbyGroups } from './nearby';
import { ORDERS, orderBit } from './search-index';

/** About 1.11 km per 0.01 degree of latitude. */
const ORIGIN = { lat: 60, lon: -100 };
const spots: Array<{ id: string; type: ServicePoint['type']; order: (typeof ORDERS)[number]; north: number }> = [
  { id: 'sc-1', type: 'service-centre', order: 'federal', north: 0.01 },
  { id: 'sc-2', type: 'service-centre', order: 'federal', north: 0.05 },
  { id: 'sc-3', type: 'service-centre', order: 'federal', north: 0.1 },
  { id: 'sc-4', type: 'service-centre', order: 'federal', north: 0.15 },
  { id: 'lib-1', type: 'library', order: 'municipal', north: 0.02 },
  { id: 'prov-far', type: 'service-centre', order: 'provincial', north: 1 },
  { id: 'too-far', type: 'library', order: 'municipal', north: 4 },
];

function index(list = spots) {
  return {
    points: list.map((spot) => ({ id: spot.id, type: spot.type }) as ServicePoint),
    lat: Float64Array.from(list, (spot) => ORIGIN.lat + spot.north),
    lon: Float64Array.from(list, () => ORIGIN.lon),
    providerOrders: Uint8Array.from(list, (spot) => orderBit(spot.order)),
    pointOrder: Uint8Array.from(list, (spot) => ORDERS.indexOf(spot.order)),
  };
}

const summary = (groups: ReturnType<typeof nearbyGroups>) =>
  groups.map((g) => ({ group: `${g.order}:${g.type}`, total: g.total, ids: g.results.map((r) => r.point.id) }));

describe('nearbyGroups (a place given alone)', () => {
  it('groups by order of government and kind, federal first, the nearest three shown, reaching farther where little is near', () => {
    // five points within 25 km: the nearest one beyond (within 300 km) makes six
    expect(summary(nearbyGroups(index(), ORIGIN))).toEqual([
      { group: 'federal:service-centre', total: 4, ids: ['sc-1', 'sc-2', 'sc-3'] },
      { group: 'provincial:service-centre', total: 1, ids: ['prov-far'] },
      { group: 'municipal:library', total: 1, ids: ['lib-1'] },
    ]);
  });

  it('keeps to the nearby radius when enough is near', () => {
    const crowded = [
      ...spots,
      ...[0.03, 0.04].map((north, n) => ({ id: `lib-${n + 2}`, type: 'library' as const, order: 'municipal' as const, north })),
    ];
    const groups = summary(nearbyGroups(index(crowded), ORIGIN));
    expect(groups.map((g) => g.group)).toEqual(['federal:service-centre', 'municipal:library']);
    expect(groups[1]).toEqual({ group: 'municipal:library', total: 3, ids: ['lib-1', 'lib-2', 'lib-3'] });
  });

  it('gives distances rounded to 100 m, and the nearest in each group', () => {
    const [federal] = nearbyGroups(index(), ORIGIN);
    expect(federal!.nearestKm).toBeCloseTo(1.1, 5);
    expect(federal!.results.map((r) => r.distanceKm)).toEqual([1.1, 5.6, 11.1]);
  });

  it('keeps to one order of government when asked', () => {
    expect(summary(nearbyGroups(index(), ORIGIN, 'municipal')).map((g) => g.group)).toEqual(['municipal:library']);
  });

  it('gives nothing where nothing is within the far limit', () => {
    expect(nearbyGroups(index(), { lat: 45, lon: -60 })).toEqual([]);
  });
});
