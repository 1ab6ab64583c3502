import type { GovernmentOrder, Locale } from '../model/schema';
import type { SearchIndex } from '../search/search-index';
import { resolvePlace, type PlaceResolution, type ResolvedPlace } from '../search/place';
import { haversineKm } from '../geo/distance';

/** Same radius as the search engine's rule for a city's own services (lib/search/service-selection.ts). */
export const CITY_SERVICE_RADIUS_KM = 60;

/** Where a person lives, for a life-event page: the search's own place resolution. */
export function resolveLifeEventPlace(near: string, index: Pick<SearchIndex, 'places'>, locale: Locale): PlaceResolution {
  return resolvePlace(near, index.places, locale);
}

/**
 * Whether a program of a life event applies to someone living at `place`: federal programs always; a province's,
 * territory's or city's own only there (a Toronto program within 60 km of Toronto). Without a place, federal only.
 */
export function lifeEventServiceApplies(
  index: Pick<SearchIndex, 'serviceProvinces' | 'serviceCities'>,
  serviceId: string,
  order: GovernmentOrder,
  place: Pick<ResolvedPlace, 'lat' | 'lon' | 'province'> | null,
): boolean {
  if (order === 'federal') return true;
  if (!place) return false;
  const provinces = index.serviceProvinces.get(serviceId);
  if (provinces && (!place.province || !provinces.has(place.province))) return false;
  const city = index.serviceCities.get(serviceId);
  if (city && haversineKm(place.lat, place.lon, city.lat, city.lon) > CITY_SERVICE_RADIUS_KM) return false;
  return true;
}
