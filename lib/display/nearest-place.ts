import type { Locale, Place } from '../model/schema';
import type { PlaceIndex } from '../search/place';
import { haversineKm } from '../geo/distance';
import { pickText } from '../i18n-text';

const NAMED_KINDS: ReadonlySet<Place['kind']> = new Set(['city', 'town', 'municipality', 'first-nation', 'inuit-community']);

/**
 * The named place nearest to a shared position ("Saint-Wenceslas, QC"), so a results page says where it searched
 * from in words rather than "46.343, -72.548". Undefined when no named place lies within `maxKm`.
 */
export function nearestPlaceName(
  index: Pick<PlaceIndex, 'byName'>,
  lat: number,
  lon: number,
  locale: Locale,
  maxKm = 50,
): string | undefined {
  let best: { place: Place; km: number } | undefined;
  const seen = new Set<Place>();
  for (const places of index.byName.values()) {
    for (const place of places) {
      if (seen.has(place) || !NAMED_KINDS.has(place.kind)) continue;
      seen.add(place);
      // a cheap box first: a degree of latitude is 111 km
      if (Math.abs(place.lat - lat) > maxKm / 111) continue;
      const km = haversineKm(lat, lon, place.lat, place.lon);
      if (km <= maxKm && (!best || km < best.km)) best = { place, km };
    }
  }
  return best ? `${pickText(best.place.name, locale)}, ${best.place.province}` : undefined;
}
