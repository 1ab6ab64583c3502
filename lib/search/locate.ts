import type { LocationType } from '../model/schema';
import { haversineKm } from '../geo/distance';
import { spatialIndexFor, type NearHit } from '../geo/nearest';
import { hoursOf, isOpenAt } from '../hours';
import type { LocatedResult, SearchOutcome, SearchParams } from './outcome';
import type { ResolvedPlace } from './place';
import { orderBit, type SearchIndex } from './search-index';
import type { RankedService } from './service-selection';
import { nearest } from './top-k';
import { firstAtOrAfter } from './sorted-words';

/** How much a point found by its name or town counts, against the services and kinds of place the need names. */
const NAME_MATCH_RELEVANCE = 0.7;
/** Places found by a match this close to the best direct one are listed first. */
const STRONG_MARGIN = 0.15;
/** Points run only by a city or a community organization are listed within this distance. */
const LOCAL_SERVICE_RADIUS_KM = 100;
/** From this many candidate points on, the nearest come from the spatial index instead of a scan (same answer). */
export const SPATIAL_MIN_CANDIDATES = 4096;
const FEDERAL_BIT = orderBit('federal');
const LOCAL_BITS = orderBit('municipal') | orderBit('community');

/** Why points are candidates: what the need named. */
export interface LocateReasons {
  services: readonly RankedService[];
  typeRelevance: ReadonlyMap<LocationType, number>;
  organizations: SearchOutcome['organizations'];
  /** points whose name or town the query gives */
  namedPoints: Int32Array | null;
}

type LocateParams = Pick<
  SearchParams,
  'type' | 'order' | 'serviceLanguage' | 'withinKm' | 'openNow' | 'at' | 'offset' | 'limit' | 'overviewLimit'
>;

interface Candidate {
  i: number;
  d: number;
  /** 0: found by what the query names best; 1: found otherwise (weaker or related matches) */
  tier: number;
}

const roundKm = (km: number): number => Math.round(km * 10) / 10;

/** Whether an ascending index list holds `i`. */
function includesSorted(sorted: Int32Array | undefined, i: number): boolean {
  if (!sorted) return false;
  const at = firstAtOrAfter(sorted, i);
  return at < sorted.length && sorted[at] === i;
}

/**
 * The points that answer, nearest first from `origin` (the best-named before the rest), through the filters: the page
 * asked for, the first `overviewLimit` of the whole list, and how many there are in all. `spatialFrom`: from how many
 * candidates the spatial index is used (tests compare it with the scan).
 */
export function locatePoints(
  index: SearchIndex,
  origin: Pick<ResolvedPlace, 'lat' | 'lon' | 'province'>,
  params: LocateParams,
  reasons: LocateReasons,
  spatialFrom = SPATIAL_MIN_CANDIDATES,
): Pick<SearchOutcome, 'results' | 'overview' | 'total'> {
  // Candidate points with the relevance of the best reason they were found, whether a direct match found them, and
  // whether they deliver a service the need names (which services: only for the points shown, below).
  const relevance = new Float64Array(index.points.length);
  const directRelevance = new Float64Array(index.points.length);
  const delivers = new Uint8Array(index.points.length);
  const candidates: number[] = [];
  const touch = (i: number, value: number, isDirect: boolean) => {
    if (relevance[i] === 0) candidates.push(i);
    if (relevance[i]! < value) relevance[i] = value;
    if (isDirect && directRelevance[i]! < value) directRelevance[i] = value;
  };
  for (const { service, relevance: value, tier } of reasons.services) {
    for (const i of index.pointsByService.get(service.id) ?? []) {
      touch(i, value, tier !== 1);
      delivers[i] = 1;
    }
  }
  for (const [type, value] of reasons.typeRelevance) for (const i of index.pointsByType.get(type) ?? []) touch(i, value, true);
  for (const org of reasons.organizations) for (const i of index.pointsByOrganization.get(org.id) ?? []) touch(i, org.relevance, true);
  if (reasons.namedPoints) for (const i of reasons.namedPoints) touch(i, NAME_MATCH_RELEVANCE, true);
  if (params.type && reasons.services.length === 0 && reasons.typeRelevance.size === 0 && !reasons.namedPoints) {
    for (const i of index.pointsByType.get(params.type) ?? []) touch(i, 0.5, true);
  }
  // The places the query names best come first, nearest first ("refuge": shelters, then the rest); then the others.
  let strongest = 0;
  for (const i of candidates) if (directRelevance[i]! > strongest) strongest = directRelevance[i]!;
  const strongFrom = strongest - STRONG_MARGIN;
  const tierOf = (i: number) => (directRelevance[i]! > 0 && directRelevance[i]! >= strongFrom ? 0 : 1);

  const orderMask = params.order ? orderBit(params.order) : 0;
  const within = params.withinKm ?? Infinity;
  const kept: Candidate[] = [];
  // Many candidates (a large snapshot, a broad need): mark and count them, measuring only where a distance rule applies,
  // and take the nearest from the spatial index (lib/geo/nearest.ts): the same results and total as the scan.
  const marked = !params.openNow && candidates.length >= spatialFrom ? new Uint8Array(index.points.length) : null;
  const markedByTier: [number[], number[]] = [[], []];
  for (const i of candidates) {
    const point = index.points[i]!;
    if (params.type && point.type !== params.type) continue;
    if (orderMask && delivers[i] === 0 && (index.providerOrders[i]! & orderMask) === 0) continue;
    if (params.serviceLanguage && !point.officialLanguages?.includes(params.serviceLanguage)) continue;
    // A WorkBC centre is no help in Toronto: points in another province count only when a federal service is there.
    if (origin.province && point.address.province !== origin.province && (index.providerOrders[i]! & FEDERAL_BIT) === 0) continue;
    const measured = !marked || within !== Infinity || (index.providerOrders[i]! & ~LOCAL_BITS) === 0;
    const d = measured ? haversineKm(origin.lat, origin.lon, index.lat[i]!, index.lon[i]!) : 0;
    if (d > within) continue;
    // A Toronto EarlyON centre is no help in Ottawa: city and community services count only nearby.
    if (d > LOCAL_SERVICE_RADIUS_KM && (index.providerOrders[i]! & ~LOCAL_BITS) === 0) continue;
    if (marked) {
      marked[i] = 1;
      markedByTier[tierOf(i)].push(i);
    } else kept.push({ i, d, tier: tierOf(i) });
  }

  // One ordered run serves the page and the overview: the first `wanted` of the whole list.
  const wanted = Math.max(params.offset + params.limit, params.overviewLimit ?? 0);
  // Best-named first; then nearest; then the better match; then a fixed order, so pages never overlap when distances tie.
  const nearestFirst = (a: Candidate, b: Candidate) => a.tier - b.tier || a.d - b.d || relevance[b.i]! - relevance[a.i]! || a.i - b.i;
  let ordered: NearHit[];
  let total: number;
  if (params.openNow) {
    const open = kept.filter(({ i }) => isOpenAt(hoursOf(index.points[i]!), params.at));
    total = open.length;
    ordered = nearest(open, wanted, nearestFirst);
  } else if (marked) {
    total = markedByTier[0].length + markedByTier[1].length;
    const withinTier = (a: NearHit, b: NearHit) => a.d - b.d || relevance[b.i]! - relevance[a.i]! || a.i - b.i;
    // A tier with few points is measured and sorted; a large one is walked outwards with the spatial index (which
    // would visit every point of the snapshot looking for the k-th of a small, far-flung tier).
    const nearestInTier = (tier: 0 | 1, k: number): NearHit[] => {
      const inTier = markedByTier[tier];
      if (k <= 0 || inTier.length === 0) return [];
      if (inTier.length < spatialFrom) {
        return nearest(
          inTier.map((i) => ({ i, d: haversineKm(origin.lat, origin.lon, index.lat[i]!, index.lon[i]!) })),
          k,
          withinTier,
        );
      }
      const accept = (i: number) => marked[i] === 1 && tierOf(i) === tier;
      return spatialIndexFor(index.lat, index.lon).nearest(origin.lat, origin.lon, k, accept, withinTier);
    };
    const first = nearestInTier(0, wanted);
    ordered = [...first, ...nearestInTier(1, wanted - first.length)];
  } else {
    total = kept.length;
    ordered = nearest(kept, wanted, nearestFirst);
  }
  // The services named by the need that each shown point delivers, in the need's order (point lists are sorted).
  const deliveredAt = (i: number): string[] =>
    delivers[i] === 0
      ? []
      : reasons.services.filter(({ service }) => includesSorted(index.pointsByService.get(service.id), i)).map(({ service }) => service.id);
  const toResult = ({ i, d }: NearHit): LocatedResult => ({
    point: index.points[i]!,
    distanceKm: roundKm(d),
    relevance: relevance[i]!,
    serviceIds: deliveredAt(i),
  });
  return {
    results: ordered.slice(params.offset, params.offset + params.limit).map(toResult),
    overview: params.overviewLimit ? ordered.slice(0, params.overviewLimit).map(toResult) : [],
    total,
  };
}
