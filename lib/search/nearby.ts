import type { GovernmentOrder, LocationType } from '../model/schema';
import { haversineKm } from '../geo/distance';
import type { NearbyGroup } from './outcome';
import type { ResolvedPlace } from './place';
import { ORDERS, orderBit, type SearchIndex } from './search-index';
import { nearest } from './top-k';

/** A place alone lists what is this near; farther only where little is (the North), up to the far limit. */
const NEARBY_RADIUS_KM = 25;
const NEARBY_FAR_KM = 300;
const NEARBY_MIN_POINTS = 6;
/** the nearest points of each kind shown in a group */
const NEARBY_PER_GROUP = 3;

interface Measured {
  i: number;
  d: number;
}

const roundKm = (km: number): number => Math.round(km * 10) / 10;

/** Points near a place given without a need, grouped by order of government and kind of place, each nearest first. */
export function nearbyGroups(
  index: Pick<SearchIndex, 'points' | 'lat' | 'lon' | 'providerOrders' | 'pointOrder'>,
  origin: Pick<ResolvedPlace, 'lat' | 'lon'>,
  order?: GovernmentOrder,
): NearbyGroup[] {
  const near: Measured[] = [];
  const far: Measured[] = [];
  for (let i = 0; i < index.points.length; i++) {
    if (order && (index.providerOrders[i]! & orderBit(order)) === 0 && ORDERS[index.pointOrder[i]!] !== order) continue;
    const d = haversineKm(origin.lat, origin.lon, index.lat[i]!, index.lon[i]!);
    if (d <= NEARBY_RADIUS_KM) near.push({ i, d });
    else if (d <= NEARBY_FAR_KM) far.push({ i, d });
  }
  const byDistance = (a: Measured, b: Measured) => a.d - b.d || a.i - b.i;
  const chosen = near.length >= NEARBY_MIN_POINTS ? near : [...near, ...nearest(far, NEARBY_MIN_POINTS - near.length, byDistance)];
  const groups = new Map<string, { order: GovernmentOrder; type: LocationType; members: Measured[] }>();
  for (const candidate of chosen) {
    const point = index.points[candidate.i]!;
    const pointOrder = ORDERS[index.pointOrder[candidate.i]!]!;
    const key = `${pointOrder}:${point.type}`;
    (groups.get(key) ?? groups.set(key, { order: pointOrder, type: point.type, members: [] }).get(key)!).members.push(candidate);
  }
  return [...groups.values()]
    .map(({ order: groupOrder, type, members }) => {
      const shown = nearest(members, NEARBY_PER_GROUP, byDistance);
      return {
        order: groupOrder,
        type,
        total: members.length,
        nearestKm: roundKm(shown[0]!.d),
        results: shown.map(({ i, d }) => ({ point: index.points[i]!, distanceKm: roundKm(d), relevance: 0, serviceIds: [] })),
      };
    })
    .sort((a, b) => ORDERS.indexOf(a.order) - ORDERS.indexOf(b.order) || a.nearestKm - b.nearestKm || a.type.localeCompare(b.type));
}
