import type { GovernmentOrder, Locale } from '../model/schema';
import type { ProvinceRule } from '../model/catalogue';
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
 * The rule under which residents of `place`'s province get a federal program from their own government instead (CPP
 * and EI maternity and parental benefits in Quebec), if there is one.
 */
export function replacementRuleAt(
  index: Pick<SearchIndex, 'servicesById'>,
  serviceId: string,
  place: Pick<ResolvedPlace, 'province'> | null,
): ProvinceRule | undefined {
  const province = place?.province;
  if (!province) return undefined;
  return index.servicesById.get(serviceId)?.notAvailableIn.find((rule) => (rule.provinces as readonly string[]).includes(province));
}

/**
 * Whether a program of a life event applies to someone living at `place`: federal programs everywhere but where the
 * province replaces them with its own (replacementRuleAt); a province's, territory's or city's own only there (a
 * Toronto program within 60 km of Toronto). Without a place, federal only.
 */
export function lifeEventServiceApplies(
  index: Pick<SearchIndex, 'serviceProvinces' | 'serviceCities' | 'servicesById'>,
  serviceId: string,
  order: GovernmentOrder,
  place: Pick<ResolvedPlace, 'lat' | 'lon' | 'province'> | null,
): boolean {
  if (order === 'federal') return replacementRuleAt(index, serviceId, place) === undefined;
  if (!place) return false;
  const provinces = index.serviceProvinces.get(serviceId);
  if (provinces && (!place.province || !provinces.has(place.province))) return false;
  const city = index.serviceCities.get(serviceId);
  if (city && haversineKm(place.lat, place.lon, city.lat, city.lon) > CITY_SERVICE_RADIUS_KM) return false;
  return true;
}
