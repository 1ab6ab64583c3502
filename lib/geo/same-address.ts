import type { ServicePoint } from '../model/schema';
import { matchKey } from '../text/fold';
import { haversineKm } from './distance';

/** Street words written several ways ("St", "Street", "rue"…) folded to one. */
const STREET_WORDS: Record<string, string> = {
  street: 'st',
  st: 'st',
  avenue: 'ave',
  av: 'ave',
  ave: 'ave',
  road: 'rd',
  rd: 'rd',
  drive: 'dr',
  dr: 'dr',
  boulevard: 'blvd',
  boul: 'blvd',
  blvd: 'blvd',
  bd: 'blvd',
  crescent: 'cres',
  cres: 'cres',
  highway: 'hwy',
  hwy: 'hwy',
  place: 'pl',
  pl: 'pl',
  court: 'ct',
  ct: 'ct',
  lane: 'ln',
  ln: 'ln',
  east: 'e',
  e: 'e',
  west: 'w',
  w: 'w',
  north: 'n',
  n: 'n',
  south: 's',
  s: 's',
  rue: 'rue',
  chemin: 'ch',
  ch: 'ch',
  route: 'rte',
  rte: 'rte',
};
/** Suite, unit, floor and building parts do not change the building. */
const UNIT = /\b(suite|unit|units|bureau|room|floor|etage|local|ste|rm|po box|cp|c p)\b.*$/;

/**
 * "777 Bay Street, Suite 100" → "777 bay st". Undefined when the line does not start with a civic number (a PO box,
 * a building name): those cannot name a building.
 */
export function streetKey(line: string): string | undefined {
  const folded = matchKey(line.split(',')[0]!).replace(UNIT, '').trim();
  const words = folded.split(' ').filter(Boolean);
  if (words.length < 2 || !/^\d+[a-z]?$/.test(words[0]!)) return undefined;
  return words.map((w) => STREET_WORDS[w] ?? w).join(' ');
}

function addressKeys(point: ServicePoint): string[] {
  const lines = [...(point.address.lines.en ?? []), ...(point.address.lines.fr ?? [])];
  const city = matchKey(point.address.city.en ?? point.address.city.fr ?? '');
  return [
    ...new Set(
      lines
        .map(streetKey)
        .filter((k): k is string => k !== undefined)
        .map((k) => `${point.address.province}:${city}:${k}`),
    ),
  ];
}

/** How far an approximate point may be from the exact twin it takes coordinates from: beyond, the "same" address is another town's. */
export const MAX_KM_TO_TWIN = 30;

/**
 * Points placed only approximately (town or FSA) take the exact coordinates of another point at the same civic
 * address in the same town (same building: a ServiceOntario counter and a Service Canada office in one building),
 * when postal codes do not contradict it. The note records which point and why. Returns how many were upgraded.
 */
export function exactFromSameAddress(points: ServicePoint[]): number {
  const exactByKey = new Map<string, ServicePoint>();
  for (const point of points) {
    if (point.coordinates.precision !== 'exact') continue;
    for (const key of addressKeys(point)) if (!exactByKey.has(key)) exactByKey.set(key, point);
  }
  let upgraded = 0;
  for (const point of points) {
    if (point.coordinates.precision === 'exact') continue;
    for (const key of addressKeys(point)) {
      const twin = exactByKey.get(key);
      if (!twin || twin.id === point.id) continue;
      if (point.address.postalCode && twin.address.postalCode && point.address.postalCode !== twin.address.postalCode) continue;
      if (haversineKm(point.coordinates.lat, point.coordinates.lon, twin.coordinates.lat, twin.coordinates.lon) > MAX_KM_TO_TWIN) continue;
      const before = point.coordinates;
      point.coordinates = {
        lat: twin.coordinates.lat,
        lon: twin.coordinates.lon,
        precision: 'exact',
        method: 'same-address',
        note: `same civic address as ${twin.id} (${key.split(':')[2]}, ${point.address.city.en ?? point.address.city.fr}), which has exact coordinates; was ${before.precision} (${before.method}${before.note ? `: ${before.note}` : ''})`,
      };
      upgraded += 1;
      break;
    }
  }
  return upgraded;
}
