import type { Localized } from '../model/schema';
import { accessRows, counterGapRows, gapRows, placementRows, RADII_KM, REGIONS, type PlanningModel, type RegionCode } from './compute';
import type { CsvValue } from './csv';
import { governmentOrder, layerFor, withinOrDefault, type PlanningParams } from './query';

/**
 * Flat rows for GET /api/v1/planning/{access,gaps,opportunities}: the same figures as the pages, one table per answer,
 * ready for JSON or CSV. Distances are straight lines in km rounded to 0.1; shares are estimates (see `estimate`).
 */

export type FlatRow = Record<string, CsvValue>;

export const ESTIMATE_NOTE =
  'Estimates: each place’s whole population is put at one point (2021 census count of the municipality of the same name, the gazetteer’s figure otherwise, or a First Nations or Inuit community’s own figure), and distances are straight lines, shorter than roads. Shares are of the population the data could place.';

const km = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : Math.round(value * 10) / 10;
const share = (value: number | null): number | null => (value === null ? null : Math.round(value * 10000) / 10000);
const en = (name: Localized | undefined): string => name?.en ?? name?.fr ?? '';
const fr = (name: Localized | undefined): string => name?.fr ?? name?.en ?? '';

export const ACCESS_COLUMNS = [
  'layer',
  'dimension',
  'order',
  'organization',
  'kind',
  'points',
  'region',
  'radiusKm',
  'censusPopulation',
  'placedPopulation',
  'placedShareOfCensus',
  'populationWithin',
  'shareWithin',
  'places',
  'placesWithin',
  'placesWithoutFigure',
] as const;

export function accessExport(model: PlanningModel, params: PlanningParams): FlatRow[] {
  const layers = params.organization || params.order ? [layerFor(params, 'government')] : undefined;
  const regions: RegionCode[] | undefined = params.province ? [params.province] : undefined;
  const radii = params.within !== undefined ? [params.within] : RADII_KM;
  return accessRows(model, { layers, regions: regions ?? REGIONS, radii }).map((row) => ({
    layer: row.layer,
    dimension: row.dimension,
    order: row.order,
    organization: row.organizationId,
    kind: row.kind,
    points: row.points,
    region: row.region,
    radiusKm: row.radiusKm,
    censusPopulation: row.censusPopulation,
    placedPopulation: row.placedPopulation,
    placedShareOfCensus: row.censusPopulation ? share(row.placedPopulation / row.censusPopulation) : null,
    populationWithin: row.populationWithin,
    shareWithin: share(row.shareWithin),
    places: row.places,
    placesWithin: row.placesWithin,
    placesWithoutFigure: row.placesWithoutFigure,
  }));
}

export function placementExport(model: PlanningModel): FlatRow[] {
  return placementRows(model).map((row) => ({ ...row, placedShare: share(row.placedShare) }));
}

export const GAP_COLUMNS = [
  'placeId',
  'nameEn',
  'nameFr',
  'province',
  'population',
  'community',
  'layer',
  'withinKm',
  'nearestPointId',
  'nearestPointSlug',
  'nearestKm',
  'federalKm',
  'provincialKm',
  'territorialKm',
  'municipalKm',
  'indigenousKm',
  'nearestFederalSlug',
  'nearestProvincialSlug',
] as const;

export function gapsExport(model: PlanningModel, params: PlanningParams): FlatRow[] {
  const layer = layerFor(params, 'government');
  const withinKm = withinOrDefault(params);
  const slug = (id: string | undefined) => (id ? (model.points.get(id)?.slug ?? null) : null);
  return gapRows(model, { layer, province: params.province, withinKm }).map((row) => ({
    placeId: row.placeId,
    nameEn: en(row.name),
    nameFr: fr(row.name),
    province: row.province,
    population: row.population,
    community: row.community,
    layer,
    withinKm,
    nearestPointId: row.nearest?.pointId ?? null,
    nearestPointSlug: slug(row.nearest?.pointId),
    nearestKm: km(row.nearest?.km),
    federalKm: km(row.nearestByOrder.federal?.km),
    provincialKm: km(row.nearestByOrder.provincial?.km),
    territorialKm: km(row.nearestByOrder.territorial?.km),
    municipalKm: km(row.nearestByOrder.municipal?.km),
    indigenousKm: km(row.nearestByOrder.indigenous?.km),
    nearestFederalSlug: slug(row.nearestByOrder.federal?.pointId),
    nearestProvincialSlug: slug(row.nearestByOrder.provincial?.pointId),
  }));
}

export const OPPORTUNITY_TABLES = ['counter-gaps', 'partnerships', 'shared-counters'] as const;
export type OpportunityTable = (typeof OPPORTUNITY_TABLES)[number];

export const OPPORTUNITY_COLUMNS: Record<OpportunityTable, readonly string[]> = {
  'counter-gaps': [
    'pointId',
    'pointSlug',
    'pointNameEn',
    'pointNameFr',
    'townEn',
    'townFr',
    'province',
    'hostOrder',
    'otherCounters',
    'targetOrder',
    'withinKm',
    'nearestTargetPointId',
    'nearestTargetSlug',
    'nearestTargetKm',
    'populationNotServed',
    'placesNotServed',
  ],
  partnerships: ['province', 'model', 'providerOrder', 'hostOrder', 'sites', 'services'],
  'shared-counters': ['townEn', 'townFr', 'province', 'population', 'orders', 'offices', 'officeSlugs'],
};

export function opportunitiesExport(model: PlanningModel, params: PlanningParams): Record<OpportunityTable, FlatRow[]> {
  const withinKm = withinOrDefault(params);
  const targetOrder = governmentOrder(params.order) ?? 'federal';
  const inProvince = <T extends { province: string }>(row: T) => !params.province || row.province === params.province;
  return {
    'counter-gaps': counterGapRows(model, { targetOrder, province: params.province, withinKm, organizationId: params.organization }).map(
      (row) => {
        const point = model.points.get(row.pointId);
        const target = row.nearestTarget ? model.points.get(row.nearestTarget.pointId) : undefined;
        return {
          pointId: row.pointId,
          pointSlug: point?.slug ?? null,
          pointNameEn: en(point?.name),
          pointNameFr: fr(point?.name),
          townEn: en(row.town),
          townFr: fr(row.town),
          province: row.province,
          hostOrder: row.hostOrder,
          otherCounters: row.otherPointIds.length,
          targetOrder: row.targetOrder,
          withinKm,
          nearestTargetPointId: row.nearestTarget?.pointId ?? null,
          nearestTargetSlug: target?.slug ?? null,
          nearestTargetKm: km(row.nearestTarget?.km),
          populationNotServed: row.populationNotServed,
          placesNotServed: row.placesNotServed,
        };
      },
    ),
    partnerships: model.partnerships.filter(inProvince).map((row) => ({ ...row })),
    'shared-counters': model.sharedCounters.filter(inProvince).map((row) => ({
      townEn: en(row.town),
      townFr: fr(row.town),
      province: row.province,
      population: row.population,
      orders: row.orders.join(' '),
      offices: row.offices.length,
      officeSlugs: row.offices.map((office) => model.points.get(office.pointId)?.slug ?? office.pointId).join(' '),
    })),
  };
}
