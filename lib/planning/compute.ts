import type { GovernmentOrder, Localized, LocationType, ProvinceCode, Snapshot } from '../model/schema';
import { ProvinceCode as ProvinceCodes } from '../model/schema';
import { haversineKm } from '../geo/distance';
import { CENSUS_2021_BY_PROVINCE, CENSUS_2021_TOTAL } from './census';
import {
  GOVERNMENT_ORDERS,
  buildLayers,
  deliveries,
  isGovernmentOrder,
  type GovernmentOrderKey,
  type Layer,
  type LayerDimension,
} from './layers';
import { PointIndex, type Nearest } from './nearest';
import { nameKey, placePopulation, type Community, type PlacedPopulation, type PopulationUnit } from './population';

/**
 * Planning figures over one snapshot, as pure functions: access by population, gaps, partnership opportunities.
 * Distances are straight lines (great circle) between a place's single point and a service point: estimates, shorter
 * than any road. `computePlanning` does the spatial work once; the row functions only filter and add up.
 */

export const RADII_KM = [25, 50, 100] as const;
export const DEFAULT_GAP_KM = 50;
export const MIN_WITHIN_KM = 1;
export const MAX_WITHIN_KM = 1000;
export const PROVINCES: readonly ProvinceCode[] = ProvinceCodes.options;
export type RegionCode = ProvinceCode | 'CA' | 'FNI';
export const REGIONS: readonly RegionCode[] = [...PROVINCES, 'CA', 'FNI'];

export interface PlanPoint {
  id: string;
  slug: string;
  name: Localized;
  type: LocationType;
  province: ProvinceCode;
  city: Localized;
  lat: number;
  lon: number;
  /** placed at a postal-code or locality centroid, not the address */
  approximate: boolean;
  hostOrganizationId: string;
  hostOrder: GovernmentOrder | null;
  sameSiteAs: string[];
}

interface LayerDistances {
  units: Nearest[];
  communities: Nearest[];
}

export interface PlanningModel {
  version: string;
  builtAt: string;
  placed: PlacedPopulation;
  layers: Layer[];
  layerByKey: Map<string, Layer>;
  points: Map<string, PlanPoint>;
  /** per layer key, the nearest point of the layer to each population unit and each community (same order as placed) */
  nearest: Map<string, LayerDistances>;
  indexes: Map<string, PointIndex<PlanPoint>>;
  /** all in-person deliveries, for partnerships */
  partnerships: PartnershipRow[];
  sharedCounters: SharedCounterRow[];
}

const NO_POINT: Nearest = { id: '', km: Infinity };

export function computePlanning(snapshot: Snapshot): PlanningModel {
  const organizations = new Map(snapshot.organizations.map((organization) => [organization.id, organization]));
  const points = new Map<string, PlanPoint>(
    snapshot.servicePoints.map((point) => [
      point.id,
      {
        id: point.id,
        slug: point.slug,
        name: point.name,
        type: point.type,
        province: point.address.province,
        city: point.address.city,
        lat: point.coordinates.lat,
        lon: point.coordinates.lon,
        approximate: point.coordinates.precision !== 'exact',
        hostOrganizationId: point.hostOrganizationId,
        hostOrder: organizations.get(point.hostOrganizationId)?.order ?? null,
        sameSiteAs: point.sameSiteAs,
      },
    ]),
  );
  const placed = placePopulation(snapshot.places);
  const layers = buildLayers(snapshot);
  const nearest = new Map<string, LayerDistances>();
  const indexes = new Map<string, PointIndex<PlanPoint>>();
  for (const layer of layers) {
    const index = new PointIndex(layer.pointIds.map((id) => points.get(id)!));
    indexes.set(layer.key, index);
    nearest.set(layer.key, {
      units: placed.units.map((unit) => index.nearest(unit.lat, unit.lon)[0] ?? NO_POINT),
      communities: placed.communities.map((community) => index.nearest(community.lat, community.lon)[0] ?? NO_POINT),
    });
  }
  const model: PlanningModel = {
    version: snapshot.version,
    builtAt: snapshot.builtAt,
    placed,
    layers,
    layerByKey: new Map(layers.map((layer) => [layer.key, layer])),
    points,
    nearest,
    indexes,
    partnerships: [],
    sharedCounters: [],
  };
  model.partnerships = partnershipRows(snapshot, points);
  model.sharedCounters = sharedCounterRows(snapshot, model);
  return model;
}

// ——— Placement ———

export interface PlacementRow {
  region: ProvinceCode | 'CA';
  censusPopulation: number;
  placedPopulation: number;
  /** placed ÷ census; above 1 when figures of different years or areas overlap */
  placedShare: number;
  /** population on gazetteer places (2021 census count of the municipality of the same name, or the gazetteer's figure) */
  municipalityPopulation: number;
  /** population on First Nations and Inuit community records (their own figure or the census count of their name) */
  communityPopulation: number;
  places: number;
  /** copies of another place's figure (same name elsewhere), not counted again */
  setAside: number;
  communities: number;
  communitiesWithFigure: number;
}

export function placementRows(model: PlanningModel): PlacementRow[] {
  const row = (region: ProvinceCode | 'CA'): PlacementRow => {
    const inRegion = <T extends { province: ProvinceCode }>(item: T) => region === 'CA' || item.province === region;
    const units = model.placed.units.filter(inRegion);
    const communities = model.placed.communities.filter(inRegion);
    const census = region === 'CA' ? CENSUS_2021_TOTAL : CENSUS_2021_BY_PROVINCE[region];
    const placedPopulation = sum(units.map((unit) => unit.population));
    return {
      region,
      censusPopulation: census,
      placedPopulation,
      placedShare: placedPopulation / census,
      municipalityPopulation: sum(units.filter((unit) => unit.method === 'municipality').map((unit) => unit.population)),
      communityPopulation: sum(units.filter((unit) => unit.method === 'community').map((unit) => unit.population)),
      places: units.length,
      setAside: model.placed.setAside.filter(inRegion).length,
      communities: communities.length,
      communitiesWithFigure: communities.filter((community) => community.figure === 'own').length,
    };
  };
  return [...PROVINCES.map(row), row('CA')];
}

// ——— Access ———

export interface AccessRow {
  layer: string;
  dimension: LayerDimension;
  order: GovernmentOrder | null;
  organizationId: string | null;
  kind: string | null;
  points: number;
  region: RegionCode;
  radiusKm: number;
  /** 2021 census count of the region (none for First Nations and Inuit communities) */
  censusPopulation: number | null;
  /** population the data could place in the region (communities: sum of their own figures) */
  placedPopulation: number;
  populationWithin: number;
  /** populationWithin ÷ placedPopulation: an estimate, in straight line */
  shareWithin: number | null;
  /** populated places (communities: every community, with or without a figure) */
  places: number;
  placesWithin: number;
  /** communities only: how many have no population figure of their own */
  placesWithoutFigure: number | null;
}

export interface AccessQuery {
  layers?: readonly string[];
  regions?: readonly RegionCode[];
  radii?: readonly number[];
}

export function accessRows(model: PlanningModel, query: AccessQuery = {}): AccessRow[] {
  const layerKeys = query.layers ?? model.layers.map((layer) => layer.key);
  const regions = query.regions ?? REGIONS;
  const radii = query.radii ?? RADII_KM;
  const rows: AccessRow[] = [];
  for (const key of layerKeys) {
    const layer = model.layerByKey.get(key);
    const distances = model.nearest.get(key);
    if (!layer || !distances) continue;
    for (const region of regions) {
      for (const radiusKm of radii) {
        const base = {
          layer: layer.key,
          dimension: layer.dimension,
          order: layer.order,
          organizationId: layer.organizationId,
          kind: layer.kind,
          points: layer.pointIds.length,
          region,
          radiusKm,
        };
        if (region === 'FNI') {
          const communities = model.placed.communities;
          const within = (i: number) => distances.communities[i]!.km <= radiusKm;
          const withFigure = communities
            .map((community, i) => ({ community, i }))
            .filter(({ community }) => community.population !== undefined);
          const placedPopulation = sum(withFigure.map(({ community }) => community.population!));
          const populationWithin = sum(withFigure.filter(({ i }) => within(i)).map(({ community }) => community.population!));
          rows.push({
            ...base,
            censusPopulation: null,
            placedPopulation,
            populationWithin,
            shareWithin: placedPopulation > 0 ? populationWithin / placedPopulation : null,
            places: communities.length,
            placesWithin: communities.filter((_, i) => within(i)).length,
            placesWithoutFigure: communities.length - withFigure.length,
          });
          continue;
        }
        let placedPopulation = 0;
        let populationWithin = 0;
        let places = 0;
        let placesWithin = 0;
        model.placed.units.forEach((unit, i) => {
          if (region !== 'CA' && unit.province !== region) return;
          places += 1;
          placedPopulation += unit.population;
          if (distances.units[i]!.km <= radiusKm) {
            placesWithin += 1;
            populationWithin += unit.population;
          }
        });
        rows.push({
          ...base,
          censusPopulation: region === 'CA' ? CENSUS_2021_TOTAL : CENSUS_2021_BY_PROVINCE[region],
          placedPopulation,
          populationWithin,
          shareWithin: placedPopulation > 0 ? populationWithin / placedPopulation : null,
          places,
          placesWithin,
          placesWithoutFigure: null,
        });
      }
    }
  }
  return rows;
}

// ——— Gaps ———

export interface NearestPoint {
  pointId: string;
  km: number;
}

export interface GapRow {
  placeId: string;
  name: Localized;
  province: ProvinceCode;
  population: number;
  /** a First Nations or Inuit community (or the same place as one) */
  community: boolean;
  /** nearest point of the layer asked about; null when the layer has none */
  nearest: NearestPoint | null;
  /** nearest in-person point of each order of government (null: no point of that order in the data) */
  nearestByOrder: Record<GovernmentOrderKey, NearestPoint | null>;
}

export interface GapQuery {
  layer?: string;
  province?: ProvinceCode;
  withinKm?: number;
}

function nearestOf(model: PlanningModel, layerKey: string, unitIndex: number): NearestPoint | null {
  const hit = model.nearest.get(layerKey)?.units[unitIndex];
  return hit && hit.id ? { pointId: hit.id, km: hit.km } : null;
}

/** Populated places farther than `withinKm` from any point of the layer (default: any government), largest first. */
export function gapRows(model: PlanningModel, query: GapQuery = {}): GapRow[] {
  const layerKey = query.layer ?? 'government';
  const withinKm = query.withinKm ?? DEFAULT_GAP_KM;
  if (!model.layerByKey.has(layerKey)) return [];
  const rows: GapRow[] = [];
  model.placed.units.forEach((unit, i) => {
    if (query.province && unit.province !== query.province) return;
    const nearest = nearestOf(model, layerKey, i);
    if (nearest && nearest.km <= withinKm) return;
    rows.push({
      placeId: unit.id,
      name: unit.name,
      province: unit.province,
      population: unit.population,
      community: unit.community,
      nearest,
      nearestByOrder: Object.fromEntries(GOVERNMENT_ORDERS.map((order) => [order, nearestOf(model, `order:${order}`, i)])) as Record<
        GovernmentOrderKey,
        NearestPoint | null
      >,
    });
  });
  return rows.sort(
    (a, b) =>
      b.population - a.population || (b.nearest?.km ?? Infinity) - (a.nearest?.km ?? Infinity) || a.placeId.localeCompare(b.placeId),
  );
}

// ——— Opportunities: a counter of one government with none of another nearby ———

export interface CounterGapRow {
  /** the counter of another government that could host an outreach visit or a co-located counter */
  pointId: string;
  /** other counters of the same town in the same situation */
  otherPointIds: string[];
  town: Localized;
  province: ProvinceCode;
  hostOrder: GovernmentOrderKey;
  /** the government that has no point within `withinKm` */
  targetOrder: GovernmentOrderKey;
  nearestTarget: NearestPoint | null;
  /** people of the places within `withinKm` of this counter that are farther than `withinKm` from the target government */
  populationNotServed: number;
  placesNotServed: number;
}

export interface CounterGapQuery {
  targetOrder?: GovernmentOrderKey;
  province?: ProvinceCode;
  withinKm?: number;
  /** only counters of this organization */
  organizationId?: string;
}

/** Provinces where the data holds at least one point of the layer: elsewhere "no counter" only means "no data". */
export function provincesWithData(model: PlanningModel, layerKey: string): Set<ProvinceCode> {
  return new Set((model.layerByKey.get(layerKey)?.pointIds ?? []).map((id) => model.points.get(id)!.province));
}

export function counterGapRows(model: PlanningModel, query: CounterGapQuery = {}): CounterGapRow[] {
  const targetOrder = query.targetOrder ?? 'federal';
  const withinKm = query.withinKm ?? DEFAULT_GAP_KM;
  const targetKey = `order:${targetOrder}`;
  const target = model.indexes.get(targetKey);
  if (!target) return [];
  const covered = provincesWithData(model, targetKey);
  const notServed = new Map<number, boolean>();
  const unitIndex = new PointIndex(model.placed.units.map((unit, i) => ({ id: String(i), lat: unit.lat, lon: unit.lon })));
  const isNotServed = (i: number) => {
    let value = notServed.get(i);
    if (value === undefined) {
      value = (model.nearest.get(targetKey)?.units[i]?.km ?? Infinity) > withinKm;
      notServed.set(i, value);
    }
    return value;
  };
  const hostLayers = query.organizationId
    ? [`organization:${query.organizationId}`]
    : GOVERNMENT_ORDERS.filter((order) => order !== targetOrder).map((order) => `order:${order}`);
  const rows: CounterGapRow[] = [];
  const seen = new Set<string>();
  const byTown = new Map<string, CounterGapRow>();
  for (const hostKey of hostLayers) {
    const layer = model.layerByKey.get(hostKey);
    if (!layer || !layer.order || !isGovernmentOrder(layer.order) || layer.order === targetOrder) continue;
    for (const id of layer.pointIds) {
      if (seen.has(id)) continue;
      const point = model.points.get(id)!;
      if (query.province && point.province !== query.province) continue;
      if (!covered.has(point.province) && targetOrder !== 'federal') continue;
      const hit = target.nearest(point.lat, point.lon)[0];
      if (hit && hit.km <= withinKm) continue;
      seen.add(id);
      const townKey = `${point.province}:${nameKey(point.city)}`;
      const sameTown = byTown.get(townKey);
      if (sameTown) {
        sameTown.otherPointIds.push(id);
        continue;
      }
      const reached = unitIndex
        .within(point.lat, point.lon, withinKm)
        .map((h) => Number(h.id))
        .filter(isNotServed);
      const row: CounterGapRow = {
        pointId: id,
        otherPointIds: [],
        town: point.city,
        province: point.province,
        hostOrder: layer.order,
        targetOrder,
        nearestTarget: hit ? { pointId: hit.id, km: hit.km } : null,
        populationNotServed: sum(reached.map((i) => model.placed.units[i]!.population)),
        placesNotServed: reached.length,
      };
      byTown.set(townKey, row);
      rows.push(row);
    }
  }
  return rows.sort(
    (a, b) =>
      b.populationNotServed - a.populationNotServed ||
      (b.nearestTarget?.km ?? Infinity) - (a.nearestTarget?.km ?? Infinity) ||
      a.pointId.localeCompare(b.pointId),
  );
}

// ——— Opportunities: partnerships already in the data ———

export type PartnershipModel = 'co-located' | 'partner' | 'outreach-hosted' | 'same-site';

export interface PartnershipRow {
  province: ProvinceCode;
  model: PartnershipModel;
  providerOrder: GovernmentOrder;
  hostOrder: GovernmentOrder;
  /** distinct service points */
  sites: number;
  /** services delivered that way */
  services: number;
}

function partnershipRows(snapshot: Snapshot, points: Map<string, PlanPoint>): PartnershipRow[] {
  const rows = new Map<string, PartnershipRow & { siteIds: Set<string> }>();
  const add = (
    province: ProvinceCode,
    model: PartnershipModel,
    providerOrder: GovernmentOrder,
    hostOrder: GovernmentOrder,
    siteId: string,
  ) => {
    const key = `${province}|${model}|${providerOrder}|${hostOrder}`;
    let row = rows.get(key);
    if (!row) {
      row = { province, model, providerOrder, hostOrder, sites: 0, services: 0, siteIds: new Set() };
      rows.set(key, row);
    }
    row.services += 1;
    row.siteIds.add(siteId);
    row.sites = row.siteIds.size;
  };
  const all = deliveries(snapshot);
  // a visit at a site whose host itself serves there is the host's own visit, not another organization's site
  const providersAt = new Map<string, Set<string>>();
  for (const { point, provider } of all) providersAt.set(point.id, (providersAt.get(point.id) ?? new Set()).add(provider.id));
  for (const { point, provider, host, sal } of all) {
    if (!host || host.id === provider.id) continue;
    if (sal.mode === 'outreach' && providersAt.get(point.id)?.has(host.id)) continue;
    const model: PartnershipModel | null =
      sal.mode === 'co-located' ? 'co-located' : sal.mode === 'partner' ? 'partner' : sal.mode === 'outreach' ? 'outreach-hosted' : null;
    if (model) add(point.address.province, model, provider.order, host.order, point.id);
  }
  // distinct points recorded at the same site, of two different orders' hosts
  for (const point of points.values()) {
    for (const otherId of point.sameSiteAs) {
      const other = points.get(otherId);
      if (!other || other.id <= point.id || !point.hostOrder || !other.hostOrder || point.hostOrder === other.hostOrder) continue;
      add(point.province, 'same-site', point.hostOrder, other.hostOrder, `${point.id}+${other.id}`);
    }
  }
  return [...rows.values()]
    .map(({ siteIds: _siteIds, ...row }) => row)
    .sort(
      (a, b) =>
        a.province.localeCompare(b.province) ||
        a.model.localeCompare(b.model) ||
        b.sites - a.sites ||
        a.providerOrder.localeCompare(b.providerOrder) ||
        a.hostOrder.localeCompare(b.hostOrder),
    );
}

// ——— Opportunities: towns with several governments' offices in separate buildings ———

/** Counters a government runs itself (visits and partner sites are partnerships already). */
export const OFFICE_TYPES: readonly LocationType[] = [
  'service-centre',
  'passport-office',
  'employment-centre',
  'land-registry-office',
  'government-office',
  'municipal-office',
];
/** Two offices closer than this are taken to share a building. */
export const SAME_BUILDING_KM = 0.1;

export interface SharedCounterRow {
  province: ProvinceCode;
  town: Localized;
  /** population of the place of that name, when the data has one */
  population: number | null;
  orders: GovernmentOrderKey[];
  offices: Array<{ pointId: string; order: GovernmentOrderKey }>;
}

function sharedCounterRows(snapshot: Snapshot, model: PlanningModel): SharedCounterRow[] {
  const towns = new Map<
    string,
    { province: ProvinceCode; town: Localized; offices: Array<{ pointId: string; order: GovernmentOrderKey }> }
  >();
  for (const point of model.points.values()) {
    if (!OFFICE_TYPES.includes(point.type) || !point.hostOrder || !isGovernmentOrder(point.hostOrder)) continue;
    const key = `${point.province}:${nameKey(point.city)}`;
    const town = towns.get(key) ?? { province: point.province, town: point.city, offices: [] };
    town.offices.push({ pointId: point.id, order: point.hostOrder });
    towns.set(key, town);
  }
  const unitByKey = new Map<string, PopulationUnit>();
  for (const unit of model.placed.units) {
    const key = `${unit.province}:${nameKey(unit.name)}`;
    if (!unitByKey.has(key)) unitByKey.set(key, unit);
  }
  const rows: SharedCounterRow[] = [];
  for (const [key, town] of towns) {
    const orders = [...new Set(town.offices.map((office) => office.order))];
    if (orders.length < 2) continue;
    const separate = town.offices.some((a) =>
      town.offices.some((b) => {
        if (a.order === b.order) return false;
        const pa = model.points.get(a.pointId)!;
        const pb = model.points.get(b.pointId)!;
        return !pa.sameSiteAs.includes(pb.id) && haversineKm(pa.lat, pa.lon, pb.lat, pb.lon) > SAME_BUILDING_KM;
      }),
    );
    if (!separate) continue;
    orders.sort((a, b) => GOVERNMENT_ORDERS.indexOf(a) - GOVERNMENT_ORDERS.indexOf(b));
    rows.push({
      province: town.province,
      town: town.town,
      population: unitByKey.get(key)?.population ?? null,
      orders,
      offices: town.offices,
    });
  }
  void snapshot;
  return rows.sort(
    (a, b) =>
      (b.population ?? -1) - (a.population ?? -1) || b.offices.length - a.offices.length || nameKey(a.town).localeCompare(nameKey(b.town)),
  );
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

export type { Community, Layer, PopulationUnit };
