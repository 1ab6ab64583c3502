import type { Address, Coordinates, Locale } from '../model/schema';

/** How far an approximately placed point may be from the door, by precision (for the distance shown on a card). */
export const PLACEMENT_ERROR_KM: Record<Coordinates['precision'], number> = { exact: 0.1, 'postal-code': 5, locality: 15 };

export type DistanceDisplay = { show: 'exact'; km: number } | { show: 'approximate'; km: number } | { show: 'none' };

/**
 * The distance a card may show: as is for exact points; "about" for approximate ones; none when the placement error
 * can exceed the distance itself (a town-placed office "2 km away" may be 12 km away).
 */
export function distanceDisplay(km: number, precision: Coordinates['precision']): DistanceDisplay {
  if (precision === 'exact') return { show: 'exact', km };
  if (PLACEMENT_ERROR_KM[precision] >= km) return { show: 'none' };
  return { show: 'approximate', km };
}

export interface DirectionsTarget {
  coordinates: Pick<Coordinates, 'lat' | 'lon' | 'precision'>;
  address: Pick<Address, 'lines' | 'city' | 'province' | 'postalCode'>;
  name?: string;
}

export interface DirectionsLinks {
  /** what the links lead to: the door's coordinates, or the street address for approximate points */
  destination: { kind: 'coordinates'; lat: number; lon: number } | { kind: 'address'; text: string };
  /** the platform's default map app (Apple Maps on Apple devices, Google Maps elsewhere) */
  default: string;
  openStreetMap: string;
  /** geo: URI for phones (Android opens the chosen map app) */
  geo: string;
}

/** "777 Bay Street, Toronto, ON M5G 2C8": the street address a map app can find the door from. */
export function addressText(address: DirectionsTarget['address'], locale: Locale = 'en'): string {
  const lines = (locale === 'fr' ? (address.lines.fr ?? address.lines.en) : (address.lines.en ?? address.lines.fr)) ?? [];
  const street = lines.find((line) => /^\d/.test(line.trim())) ?? lines[0];
  const city = (locale === 'fr' ? (address.city.fr ?? address.city.en) : (address.city.en ?? address.city.fr)) ?? '';
  return [street, city, [address.province, address.postalCode].filter(Boolean).join(' ')].filter((part) => part && part.trim()).join(', ');
}

const fixed = (n: number): string => String(Math.round(n * 1e5) / 1e5);

/**
 * Directions links to a point: coordinates only when exact; otherwise the street address, so the map app finds the
 * door instead of the town centre. The person's position, when shared, is the starting point.
 */
export function directionsLinks(
  target: DirectionsTarget,
  options: { locale?: Locale; origin?: { lat: number; lon: number }; platform?: 'apple' | 'android' | 'other' } = {},
): DirectionsLinks {
  const exact = target.coordinates.precision === 'exact';
  const text = addressText(target.address, options.locale);
  const destination: DirectionsLinks['destination'] = exact
    ? { kind: 'coordinates', lat: target.coordinates.lat, lon: target.coordinates.lon }
    : { kind: 'address', text };
  const dest = destination.kind === 'coordinates' ? `${fixed(destination.lat)},${fixed(destination.lon)}` : destination.text;
  const origin = options.origin ? `${fixed(options.origin.lat)},${fixed(options.origin.lon)}` : undefined;
  const q = encodeURIComponent(dest);

  const google = `https://www.google.com/maps/dir/?api=1&destination=${q}${origin ? `&origin=${encodeURIComponent(origin)}` : ''}`;
  const apple = `https://maps.apple.com/?daddr=${q}${origin ? `&saddr=${encodeURIComponent(origin)}` : ''}`;
  const osm =
    destination.kind === 'coordinates'
      ? `https://www.openstreetmap.org/directions?${origin ? `from=${encodeURIComponent(origin)}&` : ''}to=${encodeURIComponent(dest)}`
      : `https://www.openstreetmap.org/search?query=${q}`;
  const geo = destination.kind === 'coordinates' ? `geo:${dest}?q=${encodeURIComponent(dest)}` : `geo:0,0?q=${q}`;
  return { destination, default: options.platform === 'apple' ? apple : google, openStreetMap: osm, geo };
}

/** Platform from a User-Agent header, for the default map app. */
export function platformOf(userAgent: string | null | undefined): 'apple' | 'android' | 'other' {
  if (!userAgent) return 'other';
  if (/iPhone|iPad|iPod|Macintosh/i.test(userAgent)) return 'apple';
  if (/Android/i.test(userAgent)) return 'android';
  return 'other';
}
