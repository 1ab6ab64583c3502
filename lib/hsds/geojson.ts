import type { Snapshot } from '../model/schema';
import type { ExcludedSource } from './datapackage';
import { recordLicence } from './licence';

export interface PointsGeoJson {
  type: 'FeatureCollection';
  name: string;
  snapshot: string;
  excluded: ExcludedSource[];
  features: Array<{
    type: 'Feature';
    id: string;
    geometry: { type: 'Point'; coordinates: [number, number] };
    properties: Record<string, unknown>;
  }>;
}

/**
 * Every redistributable service point as a GeoJSON Point: name (both languages), type, host and providers (ids,
 * names, orders), coordinate precision, sources and licence. Points from sources that may not be redistributed are
 * counted in the `excluded` foreign member, by source, with the reason.
 */
export function pointsGeoJson(snapshot: Snapshot, excluded: ExcludedSource[]): PointsGeoJson {
  const orgs = new Map(snapshot.organizations.map((o) => [o.id, o]));
  const salsByPoint = new Map<string, Snapshot['servicesAtLocations']>();
  for (const sal of snapshot.servicesAtLocations) salsByPoint.set(sal.locationId, [...(salsByPoint.get(sal.locationId) ?? []), sal]);
  const features: PointsGeoJson['features'] = [];
  for (const point of snapshot.servicePoints) {
    if (recordLicence(point.provenance).redistribution !== 'open') continue;
    const host = orgs.get(point.hostOrganizationId);
    const providers = [...new Set((salsByPoint.get(point.id) ?? []).map((s) => s.providerOrganizationId))]
      .map((id) => orgs.get(id))
      .filter((o) => o !== undefined);
    features.push({
      type: 'Feature',
      id: point.id,
      geometry: { type: 'Point', coordinates: [point.coordinates.lon, point.coordinates.lat] },
      properties: {
        id: point.id,
        name_en: point.name.en ?? null,
        name_fr: point.name.fr ?? null,
        type: point.type,
        host_id: point.hostOrganizationId,
        host_en: host?.name.en ?? null,
        host_fr: host?.name.fr ?? null,
        host_order: host?.order ?? null,
        provider_ids: providers.map((p) => p.id),
        providers_en: providers.map((p) => p.name.en ?? p.name.fr),
        provider_orders: providers.map((p) => p.order),
        delivery_modes: [...new Set((salsByPoint.get(point.id) ?? []).map((s) => s.mode))],
        precision: point.coordinates.precision,
        city: point.address.city.en ?? point.address.city.fr,
        province: point.address.province,
        sources: [...new Set(point.provenance.map((p) => p.sourceId))],
        licence: [...new Set(point.provenance.map((p) => p.licence))].join(' + '),
        source_date: point.provenance[0]?.sourceDate ?? null,
      },
    });
  }
  return { type: 'FeatureCollection', name: 'guichet-service-points', snapshot: snapshot.version, excluded, features };
}
