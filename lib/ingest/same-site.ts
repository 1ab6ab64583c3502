import type { ServicePoint } from '../model/schema';
import { haversineKm } from '../geo/distance';
import { matchKey } from '../text/fold';

/** Two address-placed pins this close are the same building (Guy-Favreau, Scarborough Town Centre…). */
export const SAME_SITE_KM = 0.05;

const ORDINAL_WORDS: Record<string, string> = {
  first: '1',
  second: '2',
  third: '3',
  fourth: '4',
  fifth: '5',
  sixth: '6',
  seventh: '7',
  eighth: '8',
  ninth: '9',
  tenth: '10',
};
const STREET_WORDS: Record<string, string> = {
  street: 'st',
  rue: 'st',
  avenue: 'ave',
  av: 'ave',
  road: 'rd',
  chemin: 'ch',
  boulevard: 'blvd',
  drive: 'dr',
  crescent: 'cres',
  court: 'crt',
  place: 'pl',
  highway: 'hwy',
  route: 'hwy',
  west: 'w',
  ouest: 'w',
  east: 'e',
  est: 'e',
  north: 'n',
  nord: 'n',
  south: 's',
  sud: 's',
};

/** First street line (starting with a number) + town, with street words, directions and ordinals in one spelling. */
export function addressKey(point: ServicePoint): string | undefined {
  const lines = point.address.lines.en ?? point.address.lines.fr ?? [];
  const street = lines.find((line) => /^\d/.test(line.trim()));
  if (!street) return undefined;
  const words = matchKey(street.replace(/,.*$/, ''))
    .split(' ')
    .map((word) => ORDINAL_WORDS[word] ?? STREET_WORDS[word] ?? word.replace(/^(\d+)(st|nd|rd|th|e)$/, '$1'));
  const cut = words.findIndex((word) => /^(suite|unit|room|local|bureau|floor|etage)$/.test(word));
  const town = matchKey(point.address.city.en ?? point.address.city.fr ?? '');
  return `${point.address.province}|${town}|${(cut === -1 ? words : words.slice(0, cut)).join(' ')}`;
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
