import type { ServicePoint } from '../model/schema';
import { haversineKm } from '../geo/distance';
import { matchKey } from './text';

/** Two address-placed pins this close are the same building (Guy-Favreau, Scarborough Town Centre…). */
export const SAME_SITE_KM = 0.05;

/** Street line + postal code (or city), accent/case/punctuation-free; undefined when there is no street line. */
export function addressKey(point: ServicePoint): string | undefined {
  const lines = point.address.lines.en ?? point.address.lines.fr ?? [];
  const street = lines.find((line) => /^\d/.test(line.trim()));
  if (!street) return undefined;
  const normalizedStreet = matchKey(street)
    .replace(/\b(street|rue)\b/g, 'st')
    .replace(/\b(avenue|ave)\b/g, 'av')
    .replace(/\b(road|chemin)\b/g, 'rd')
    .replace(/\b(boulevard|blvd)\b/g, 'bd')
    .replace(/\b(drive)\b/g, 'dr')
    .replace(/\b(suite|unit|room|local|bureau|floor|etage)\b.*$/, '')
    .trim();
  const place = point.address.postalCode ?? matchKey(point.address.city.en ?? point.address.city.fr ?? '');
  return `${point.address.province}|${place}|${normalizedStreet}`;
}

/**
 * Links points judged to be the same physical site, both ways, in sameSiteAs. Points are never collapsed:
 * offices sharing a building (Montréal passport 2003 and Montréal Downtown 2879) stay separate points.
 * Same site = same normalized street address, or both pins placed from an address within SAME_SITE_KM.
 */
export function linkSameSites(points: ServicePoint[]): void {
  const link = (a: ServicePoint, b: ServicePoint): void => {
    if (!a.sameSiteAs.includes(b.id)) a.sameSiteAs.push(b.id);
    if (!b.sameSiteAs.includes(a.id)) b.sameSiteAs.push(a.id);
  };
  const keys = points.map(addressKey);
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    for (let j = i + 1; j < points.length; j++) {
      const b = points[j]!;
      const sameAddress = keys[i] !== undefined && keys[i] === keys[j];
      const bothExact = a.coordinates.precision === 'exact' && b.coordinates.precision === 'exact';
      const close = bothExact && haversineKm(a.coordinates.lat, a.coordinates.lon, b.coordinates.lat, b.coordinates.lon) <= SAME_SITE_KM;
      if (sameAddress || close) link(a, b);
    }
  }
  for (const point of points) point.sameSiteAs.sort();
}
