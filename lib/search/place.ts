import type { Place, Precision, ProvinceCode } from '../model/schema';
import { matchKey } from '../ingest/text';

export interface ResolvedPlace {
  label: string;
  lat: number;
  lon: number;
  precision: Precision;
  province?: ProvinceCode;
  /** how the input was understood */
  kind: 'postal-code' | 'fsa' | 'place-name' | 'coordinates';
}

export type PlaceResolution =
  | { status: 'resolved'; place: ResolvedPlace }
  | { status: 'ambiguous'; query: string; choices: ResolvedPlace[] }
  | { status: 'unknown'; query: string; reason: 'no-such-postal-code' | 'no-such-place' }
  | { status: 'invalid'; reason: 'empty' | 'too-long' | 'coordinates-out-of-range' };

const POSTAL_CODE = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])\s*(\d[ABCEGHJ-NPRSTV-Z]\d)$/;
const FSA = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])$/;
const LAT_LON = /^(-?\d{1,2}(?:\.\d+)?)\s*[,;]\s*(-?\d{1,3}(?:\.\d+)?)$/;
const MAX_PLACE_LENGTH = 120;

/** Canada's extent, generously: anything outside is refused rather than matched to the nearest office. */
const CANADA = { minLat: 41.6, maxLat: 83.2, minLon: -141.1, maxLon: -52.5 };

const PROVINCE_WORDS: Record<string, ProvinceCode> = {
  ab: 'AB', alberta: 'AB', bc: 'BC', 'british columbia': 'BC', 'colombie britannique': 'BC', cb: 'BC',
  mb: 'MB', manitoba: 'MB', nb: 'NB', 'new brunswick': 'NB', 'nouveau brunswick': 'NB',
  nl: 'NL', 'newfoundland and labrador': 'NL', 'terre neuve et labrador': 'NL', newfoundland: 'NL', labrador: 'NL', tnl: 'NL',
  ns: 'NS', 'nova scotia': 'NS', 'nouvelle ecosse': 'NS', ne: 'NS',
  nt: 'NT', 'northwest territories': 'NT', 'territoires du nord ouest': 'NT', tno: 'NT',
  nu: 'NU', nunavut: 'NU', on: 'ON', ontario: 'ON', pe: 'PE', pei: 'PE', 'prince edward island': 'PE', 'ile du prince edouard': 'PE', ipe: 'PE',
  qc: 'QC', quebec: 'QC', sk: 'SK', saskatchewan: 'SK', yt: 'YT', yukon: 'YT',
};

export interface PlaceIndex {
  byFsa: Map<string, Place>;
  /** folded name → places with that name (cities, towns, communities) */
  byName: Map<string, Place[]>;
}

export function buildPlaceIndex(places: readonly Place[]): PlaceIndex {
  const byFsa = new Map<string, Place>();
  const byName = new Map<string, Place[]>();
  const add = (name: string | undefined, place: Place) => {
    if (!name) return;
    const key = matchKey(name);
    if (!key) return;
    const list = byName.get(key) ?? [];
    if (!list.includes(place)) list.push(place);
    byName.set(key, list);
  };
  for (const place of places) {
    if (place.kind === 'fsa') {
      byFsa.set(place.id.replace(/^fsa-/i, '').toUpperCase(), place);
      continue;
    }
    add(place.name.en, place);
    add(place.name.fr, place);
    // "Quebec City" is "Québec" to its residents; "Quebec" alone then folds to the same key.
    if (place.name.en?.endsWith(' City')) add(place.name.en.slice(0, -' City'.length), place);
    for (const alt of place.altNames) add(alt, place);
  }
  for (const list of byName.values()) list.sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  return { byFsa, byName };
}

function fromPlace(place: Place, locale: 'en' | 'fr', kind: ResolvedPlace['kind']): ResolvedPlace {
  const name = (locale === 'fr' ? place.name.fr ?? place.name.en : place.name.en ?? place.name.fr) ?? place.id;
  return { label: kind === 'place-name' ? `${name}, ${place.province}` : name, lat: place.lat, lon: place.lon, precision: place.precision, province: place.province, kind };
}

/** Splits "Kingston, ON" / "Richmond BC" / "Sydney (Nouvelle-Écosse)" into a name and a province. */
function splitProvince(folded: string): { name: string; province?: ProvinceCode } {
  for (const [word, code] of Object.entries(PROVINCE_WORDS).sort((a, b) => b[0].length - a[0].length)) {
    if (folded.endsWith(` ${word}`) && folded.length > word.length + 1) {
      return { name: folded.slice(0, -word.length - 1).trim(), province: code };
    }
  }
  return { name: folded };
}

/** Distinct places: the gazetteer and the community list can both hold the same town a few km apart. */
function distinctByProvinceAndName(places: Place[]): Place[] {
  const seen = new Set<string>();
  return places.filter((place) => {
    const key = `${place.province}:${matchKey(place.name.en ?? place.name.fr ?? '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Understands a postal code (any spacing or case), an FSA, "lat,lon", or a place name in English or French with or
 * without accents. Never falls back silently to somewhere else: unknown input says so, ambiguous input offers choices.
 */
export function resolvePlace(input: string, index: PlaceIndex, locale: 'en' | 'fr' = 'en'): PlaceResolution {
  const raw = input.trim();
  if (!raw) return { status: 'invalid', reason: 'empty' };
  if (raw.length > MAX_PLACE_LENGTH) return { status: 'invalid', reason: 'too-long' };

  const latLon = LAT_LON.exec(raw);
  if (latLon) {
    const lat = Number(latLon[1]);
    const lon = Number(latLon[2]);
    if (lat < CANADA.minLat || lat > CANADA.maxLat || lon < CANADA.minLon || lon > CANADA.maxLon) {
      return { status: 'invalid', reason: 'coordinates-out-of-range' };
    }
    // Rounded to about 100 m: enough to rank offices, not enough to pinpoint a home.
    return { status: 'resolved', place: { label: `${lat.toFixed(3)}, ${lon.toFixed(3)}`, lat: round3(lat), lon: round3(lon), precision: 'exact', kind: 'coordinates' } };
  }

  const upper = raw.toUpperCase().replace(/[\s-]+/g, ' ').trim();
  const postal = POSTAL_CODE.exec(upper);
  if (postal) {
    const place = index.byFsa.get(postal[1]!);
    if (!place) return { status: 'unknown', query: raw, reason: 'no-such-postal-code' };
    const resolved = fromPlace(place, locale, 'postal-code');
    return { status: 'resolved', place: { ...resolved, label: `${postal[1]} ${postal[2]}`, precision: 'postal-code' } };
  }
  const fsa = FSA.exec(upper);
  if (fsa) {
    const place = index.byFsa.get(fsa[1]!);
    if (place) return { status: 'resolved', place: { ...fromPlace(place, locale, 'fsa'), label: fsa[1]!, precision: 'postal-code' } };
  }

  const folded = matchKey(raw);
  const split = splitProvince(folded);
  const qualified = split.province ? (index.byName.get(split.name) ?? []).filter((p) => p.province === split.province) : [];
  // "Nova Scotia" alone is not "Nova" in NS: fall back to the whole text as a name.
  const matching = distinctByProvinceAndName(qualified.length > 0 ? qualified : (index.byName.get(folded) ?? []));
  if (matching.length === 0) return { status: 'unknown', query: raw, reason: fsa ? 'no-such-postal-code' : 'no-such-place' };
  if (matching.length === 1) return { status: 'resolved', place: fromPlace(matching[0]!, locale, 'place-name') };
  return { status: 'ambiguous', query: raw, choices: matching.slice(0, 8).map((p) => fromPlace(p, locale, 'place-name')) };
}

export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
