import type { Coordinates, Place, ProvinceCode } from '../model/schema';
import { haversineKm } from './distance';
import type { LocalityIndex } from './locality-index';
import { isInProvince, provinceAt, type ProvinceShape } from './provinces';

/**
 * A source pin farther than this from its stated town's gazetteer point is implausible.
 * Tuned on the Service Canada crawl: address-geocoded offices sit within ~25 km of their town point
 * (large municipalities such as Surrey or Québec), while the bad postal pins PROVENANCE lists are 90–190 km off.
 */
export const MAX_KM_FROM_TOWN = 40;

export interface PlacementInput {
  province: ProvinceCode;
  city: { en?: string; fr?: string };
  postalCode?: string;
  source?: { lat: number; lon: number; placedBy?: 'address' | 'city' | 'postal' };
  /** hosted by a First Nation / in an Indigenous community: prefer the community's point for its name */
  preferIndigenous?: boolean;
}

export type PlacementResult = { ok: true; coordinates: Coordinates } | { ok: false; field: string; reason: string };

export interface Geocoder {
  shapes: ProvinceShape[];
  localities: LocalityIndex;
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

export function findLocality(geocoder: Geocoder, input: PlacementInput): Place | undefined {
  const options = { preferIndigenous: input.preferIndigenous ?? false };
  for (const name of [input.city.en, input.city.fr]) {
    if (!name) continue;
    const hit = geocoder.localities.lookup(name, input.province, options);
    if (hit) return hit;
  }
  return undefined;
}

/** Rural FSAs (second character 0) span whole regions: their centroid is a worse guess than the town's point. */
function isRuralFsa(postalCode: string): boolean {
  return postalCode[1] === '0';
}

/**
 * Places a point: keeps a plausible source pin (inside Canada, inside the stated province, near the stated town),
 * otherwise re-places it from the postal code's FSA centroid or the town's gazetteer point, noting why.
 */
export function placePoint(geocoder: Geocoder, input: PlacementInput): PlacementResult {
  const locality = findLocality(geocoder, input);
  const fsa = input.postalCode ? geocoder.localities.fsa(input.postalCode) : undefined;
  const problems: string[] = [];

  if (input.source) {
    let { lat, lon } = input.source;
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
      problems.push('source coordinates are not numbers');
    } else {
      if (!provinceAt(geocoder.shapes, lat, lon) && provinceAt(geocoder.shapes, lon, lat)) {
        problems.push(`source latitude/longitude were swapped (${lat}, ${lon})`);
        [lat, lon] = [lon, lat];
      }
      const hit = provinceAt(geocoder.shapes, lat, lon);
      const inProvince = isInProvince(geocoder.shapes, input.province, lat, lon);
      // A pin near either the town's gazetteer point or its urban FSA centroid is kept: gazetteer points of vast
      // municipalities (La Tuque) can sit far from the town itself. Rural FSAs span whole regions and do not count.
      const urbanFsa = fsa && input.postalCode && !isRuralFsa(input.postalCode) ? fsa : undefined;
      const references = [locality, urbanFsa].filter((p): p is Place => p !== undefined);
      const distances = references.map((p) => haversineKm(lat, lon, p.lat, p.lon));
      const townKm = distances.length > 0 ? Math.min(...distances) : undefined;
      const reference = references[distances.indexOf(townKm ?? -1)];
      if (!hit) problems.push(`source pin (${lat}, ${lon}) is outside Canada`);
      else if (!inProvince) problems.push(`source pin (${round(lat)}, ${round(lon)}) is in ${hit.province}, not ${input.province}`);
      else if (townKm !== undefined && townKm > MAX_KM_FROM_TOWN) {
        const what = reference === locality ? (locality?.name.en ?? locality?.name.fr) : `the centroid of FSA ${fsa?.name.en}`;
        problems.push(`source pin is ${Math.round(townKm)} km from ${what} (placed by ${input.source.placedBy ?? 'source'})`);
      } else {
        const swapped = problems.length > 0;
        return {
          ok: true,
          coordinates: {
            lat: round(lat),
            lon: round(lon),
            precision: input.source.placedBy === 'city' ? 'locality' : input.source.placedBy === 'postal' ? 'postal-code' : 'exact',
            method: 'source',
            ...(swapped ? { note: problems.join('; ') } : {}),
          },
        };
      }
    }
  } else {
    problems.push('no coordinates in source');
  }

  const fsaPlausible =
    fsa &&
    isInProvince(geocoder.shapes, input.province, fsa.lat, fsa.lon) &&
    (!locality || haversineKm(fsa.lat, fsa.lon, locality.lat, locality.lon) <= MAX_KM_FROM_TOWN);
  const preferFsa = fsaPlausible && !(locality && input.postalCode && isRuralFsa(input.postalCode));
  if (fsa && preferFsa) {
    return {
      ok: true,
      coordinates: {
        lat: round(fsa.lat),
        lon: round(fsa.lon),
        precision: 'postal-code',
        method: 'fsa-centroid',
        note: `${problems.join('; ')}; placed at the centroid of FSA ${fsa.name.en}`,
      },
    };
  }
  if (locality) {
    return {
      ok: true,
      coordinates: {
        lat: round(locality.lat),
        lon: round(locality.lon),
        precision: 'locality',
        method: 'gazetteer',
        note: `${problems.join('; ')}; placed at ${locality.name.en ?? locality.name.fr} (${locality.id})`,
      },
    };
  }
  if (fsa && isInProvince(geocoder.shapes, input.province, fsa.lat, fsa.lon)) {
    return {
      ok: true,
      coordinates: {
        lat: round(fsa.lat),
        lon: round(fsa.lon),
        precision: 'postal-code',
        method: 'fsa-centroid',
        note: `${problems.join('; ')}; town not in gazetteer; placed at the centroid of FSA ${fsa.name.en}`,
      },
    };
  }
  const cityName = input.city.en ?? input.city.fr ?? '(none)';
  return {
    ok: false,
    field: input.source ? 'coordinates' : 'city',
    reason: `${problems.join('; ')}; no usable postal code and "${cityName}" (${input.province}) is not in the gazetteer`,
  };
}
