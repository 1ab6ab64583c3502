import type { Place, Precision, ProvinceCode, ServicePoint } from '../model/schema';
import { matchKey } from '../text/fold';
import { haversineKm } from '../geo/distance';
import aliasFile from '../../data/places/aliases.json';

export interface ResolvedPlace {
  label: string;
  lat: number;
  lon: number;
  precision: Precision;
  province?: ProvinceCode;
  /** how the input was understood */
  kind: 'postal-code' | 'fsa' | 'place-name' | 'coordinates';
  /** other places of the same name, when one is much larger and preselected ("Victoria" → Victoria, BC first) */
  alternatives?: ResolvedPlace[];
  /** population, used to rank same-name places */
  population?: number;
}

export type PlaceResolution =
  | { status: 'resolved'; place: ResolvedPlace }
  /** choices: same-name places, ranked by population; or, for a rural FSA (X0A…), the communities it serves */
  | { status: 'ambiguous'; query: string; choices: ResolvedPlace[]; reason?: 'same-name' | 'rural-fsa' | 'postal-code-places' }
  | { status: 'unknown'; query: string; reason: 'no-such-postal-code' | 'no-such-place' }
  | { status: 'invalid'; reason: 'empty' | 'too-long' | 'coordinates-out-of-range' };

const POSTAL_CODE = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])\s*(\d[ABCEGHJ-NPRSTV-Z]\d)$/;
const FSA = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])$/;
const LAT_LON = /^(-?\d{1,2}(?:\.\d+)?)\s*[,;]\s*(-?\d{1,3}(?:\.\d+)?)$/;
const MAX_PLACE_LENGTH = 120;

/** Canada's extent, generously: anything outside is refused rather than matched to the nearest office. */
const CANADA = { minLat: 41.6, maxLat: 83.2, minLon: -141.1, maxLon: -52.5 };

const PROVINCE_WORDS: Record<string, ProvinceCode> = {
  ab: 'AB',
  alberta: 'AB',
  bc: 'BC',
  'british columbia': 'BC',
  'colombie britannique': 'BC',
  cb: 'BC',
  mb: 'MB',
  manitoba: 'MB',
  nb: 'NB',
  'new brunswick': 'NB',
  'nouveau brunswick': 'NB',
  nl: 'NL',
  'newfoundland and labrador': 'NL',
  'terre neuve et labrador': 'NL',
  newfoundland: 'NL',
  labrador: 'NL',
  tnl: 'NL',
  ns: 'NS',
  'nova scotia': 'NS',
  'nouvelle ecosse': 'NS',
  ne: 'NS',
  nt: 'NT',
  'northwest territories': 'NT',
  'territoires du nord ouest': 'NT',
  tno: 'NT',
  nu: 'NU',
  nunavut: 'NU',
  on: 'ON',
  ontario: 'ON',
  pe: 'PE',
  pei: 'PE',
  'prince edward island': 'PE',
  'ile du prince edouard': 'PE',
  ipe: 'PE',
  qc: 'QC',
  quebec: 'QC',
  sk: 'SK',
  saskatchewan: 'SK',
  yt: 'YT',
  yukon: 'YT',
};

export interface PlaceIndex {
  byFsa: Map<string, Place>;
  /** folded name → places with that name (cities, towns, communities, aliases) */
  byName: Map<string, Place[]>;
  /** full postal code → places known exactly at it (service points placed exactly, band offices, Inuit communities) */
  byPostalCode: Map<string, PostalHit[]>;
  /** FSA → communities in it (gazetteer FSAs, communities whose postal code is in it) */
  communitiesByFsa: Map<string, Place[]>;
}

export interface PostalHit {
  lat: number;
  lon: number;
  /** the community or town the code is in */
  where: string;
  province: ProvinceCode;
  precision: Precision;
  source: 'service-point' | 'community' | 'band-office';
}

interface AliasEntry {
  name: string;
  province: string;
  municipality: string;
  kind: string;
  lat: number;
  lon: number;
  source: string;
  altNames?: string[];
}

/** A full postal code from a source counts only this close to its urban FSA's centroid (a typo'd code is elsewhere). */
const MAX_KM_FROM_URBAN_FSA = 25;
/** Same-code hits farther apart than this are different places: the person chooses. */
const SAME_CODE_KM = 25;
/** A same-name place this many times larger than the next is preselected (the others still offered). */
const PRESELECT_RATIO = 5;

/** Accent/case-free key, with St/St./St-/Saint and Ste/Sainte written one way. */
export function nameKey(name: string): string {
  return matchKey(name)
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte');
}

export const isRuralFsa = (fsa: string): boolean => fsa.charAt(1) === '0';

function aliasPlaces(byName: Map<string, Place[]>): Place[] {
  return (aliasFile.aliases as AliasEntry[]).map((alias) => {
    const municipality = (byName.get(nameKey(alias.municipality)) ?? []).find((p) => p.province === alias.province);
    return {
      id: `alias-${nameKey(alias.name).replace(/ /g, '-')}-${alias.province.toLowerCase()}`,
      name: { en: alias.name, fr: alias.name },
      altNames: alias.altNames ?? [],
      kind: 'town' as const,
      province: alias.province as ProvinceCode,
      lat: alias.lat,
      lon: alias.lon,
      precision: 'locality' as const,
      // ranked as the municipality it is part of: "Vanier" in Ottawa before Vanier in Québec
      ...(municipality?.population ? { population: municipality.population } : {}),
      provenance: {
        sourceId: 'data/places/aliases.json',
        recordId: alias.name,
        file: 'data/places/aliases.json',
        sourceDate: '2026',
        licence: alias.source,
      },
    };
  });
}

export function buildPlaceIndex(places: readonly Place[], points: readonly ServicePoint[] = []): PlaceIndex {
  const byFsa = new Map<string, Place>();
  const byName = new Map<string, Place[]>();
  const byPostalCode = new Map<string, PostalHit[]>();
  const communitiesByFsa = new Map<string, Place[]>();
  const add = (name: string | undefined, place: Place) => {
    if (!name) return;
    for (const key of new Set([matchKey(name), nameKey(name)])) {
      if (!key) continue;
      const list = byName.get(key) ?? [];
      if (!list.includes(place)) list.push(place);
      byName.set(key, list);
    }
  };
  const addName = (place: Place) => {
    add(place.name.en, place);
    add(place.name.fr, place);
    // "Quebec City" is "Québec" to its residents; "Quebec" alone then folds to the same key.
    if (place.name.en?.endsWith(' City')) add(place.name.en.slice(0, -' City'.length), place);
    for (const alt of place.altNames) add(alt, place);
  };
  const addCommunity = (fsa: string, place: Place) => {
    const list = communitiesByFsa.get(fsa) ?? [];
    if (!list.includes(place)) list.push(place);
    communitiesByFsa.set(fsa, list);
  };
  const addHit = (code: string, hit: PostalHit) => {
    const list = byPostalCode.get(code) ?? [];
    list.push(hit);
    byPostalCode.set(code, list);
  };
  for (const place of places) {
    if (place.kind === 'fsa') {
      byFsa.set(place.id.replace(/^fsa-/i, '').toUpperCase(), place);
      continue;
    }
    if (place.kind === 'postal-code') continue;
    addName(place);
  }
  for (const list of byName.values()) list.sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  const aliases = aliasPlaces(byName);
  for (const alias of aliases) addName(alias);
  // Same population: the alias (with its own point) first, so "Wood Buffalo" is Fort McMurray, not the region's middle.
  const rank = (p: Place) => (p.id.startsWith('alias-') ? 1 : 0);
  for (const list of byName.values()) list.sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || rank(b) - rank(a));

  const plausible = (code: string, lat: number, lon: number, province: ProvinceCode): boolean => {
    const fsa = byFsa.get(code.slice(0, 3));
    if (!fsa || fsa.province !== province) return false;
    return isRuralFsa(code) || haversineKm(fsa.lat, fsa.lon, lat, lon) <= MAX_KM_FROM_URBAN_FSA;
  };
  for (const place of places) {
    for (const code of place.postalCodes ?? []) {
      if (code.length === 3) {
        if (place.kind !== 'postal-code') addCommunity(code, place);
        continue;
      }
      if (!plausible(code, place.lat, place.lon, place.province)) continue;
      const where = place.kind === 'postal-code' ? (place.altNames[0] ?? code) : (place.name.en ?? place.name.fr ?? code);
      addHit(code, {
        lat: place.lat,
        lon: place.lon,
        where,
        province: place.province,
        precision: 'locality',
        source: place.kind === 'postal-code' ? 'band-office' : 'community',
      });
      if (place.kind !== 'postal-code') addCommunity(code.slice(0, 3), place);
    }
  }
  for (const point of points) {
    const code = point.address.postalCode;
    if (!code || point.coordinates.precision !== 'exact') continue;
    const { lat, lon } = point.coordinates;
    if (!plausible(code, lat, lon, point.address.province)) continue;
    addHit(code, {
      lat,
      lon,
      where: point.address.city.en ?? point.address.city.fr ?? code,
      province: point.address.province,
      precision: 'exact',
      source: 'service-point',
    });
  }
  // Towns named on exactly placed service points in a rural FSA are communities of that FSA too.
  for (const point of points) {
    const code = point.address.postalCode;
    if (!code || !isRuralFsa(code) || point.coordinates.precision !== 'exact') continue;
    const town = (byName.get(nameKey(point.address.city.en ?? point.address.city.fr ?? '')) ?? []).find(
      (p) => p.province === point.address.province,
    );
    if (town && haversineKm(town.lat, town.lon, point.coordinates.lat, point.coordinates.lon) <= SAME_CODE_KM)
      addCommunity(code.slice(0, 3), town);
  }
  for (const list of communitiesByFsa.values()) list.sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  return { byFsa, byName, byPostalCode, communitiesByFsa };
}

function fromPlace(place: Place, locale: 'en' | 'fr', kind: ResolvedPlace['kind']): ResolvedPlace {
  const name = (locale === 'fr' ? (place.name.fr ?? place.name.en) : (place.name.en ?? place.name.fr)) ?? place.id;
  return {
    label: kind === 'place-name' ? `${name}, ${place.province}` : name,
    lat: place.lat,
    lon: place.lon,
    precision: place.precision,
    province: place.province,
    kind,
    ...(place.population ? { population: place.population } : {}),
  };
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
    const key = `${place.province}:${nameKey(place.name.en ?? place.name.fr ?? '')}`;
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
    return {
      status: 'resolved',
      place: { label: `${lat.toFixed(3)}, ${lon.toFixed(3)}`, lat: round3(lat), lon: round3(lon), precision: 'exact', kind: 'coordinates' },
    };
  }

  const upper = raw
    .toUpperCase()
    .replace(/[\s-]+/g, ' ')
    .trim();
  const postal = POSTAL_CODE.exec(upper);
  if (postal) {
    const code = `${postal[1]} ${postal[2]}`;
    const known = resolveKnownPostalCode(code, index);
    if (known) return known;
    const place = index.byFsa.get(postal[1]!);
    if (!place) return { status: 'unknown', query: raw, reason: 'no-such-postal-code' };
    const communities = ruralChoices(postal[1]!, index, locale, raw);
    if (communities) return communities;
    const resolved = fromPlace(place, locale, 'postal-code');
    return { status: 'resolved', place: { ...resolved, label: code, precision: 'postal-code' } };
  }
  const fsa = FSA.exec(upper);
  if (fsa) {
    const communities = ruralChoices(fsa[1]!, index, locale, raw);
    if (communities) return communities;
    const place = index.byFsa.get(fsa[1]!);
    if (place) return { status: 'resolved', place: { ...fromPlace(place, locale, 'fsa'), label: fsa[1]!, precision: 'postal-code' } };
  }

  const folded = nameKey(raw.replace(/^(ville de|city of|town of|municipalite de|village de|village of)\s+/i, ''));
  const split = splitProvince(folded);
  const lookup = (key: string): Place[] => index.byName.get(key) ?? index.byName.get(key.replace(/ city$/, '')) ?? [];
  const qualified = split.province ? lookup(split.name).filter((p) => p.province === split.province) : [];
  // "Nova Scotia" alone is not "Nova" in NS: fall back to the whole text as a name.
  const matching = distinctByProvinceAndName(qualified.length > 0 ? qualified : lookup(folded));
  if (matching.length === 0) return { status: 'unknown', query: raw, reason: fsa ? 'no-such-postal-code' : 'no-such-place' };
  if (matching.length === 1) return { status: 'resolved', place: fromPlace(matching[0]!, locale, 'place-name') };
  const choices = matching.slice(0, 8).map((p) => fromPlace(p, locale, 'place-name'));
  const [first, second] = choices;
  // One place much larger than the others ("Victoria": Victoria, BC): searched from, the others still offered.
  if (first && second && (first.population ?? 0) >= PRESELECT_RATIO * Math.max(second.population ?? 0, 1)) {
    return { status: 'resolved', place: { ...first, alternatives: choices.slice(1) } };
  }
  return { status: 'ambiguous', query: raw, choices, reason: 'same-name' };
}

/** A full code a source knows exactly: its point, or the choice between points when sources disagree. */
function resolveKnownPostalCode(code: string, index: PlaceIndex): PlaceResolution | undefined {
  const hits = index.byPostalCode.get(code);
  if (!hits?.length) return undefined;
  // Exact service points first, then communities; hits near the best one are the same place.
  const ordered = [...hits].sort((a, b) => Number(b.precision === 'exact') - Number(a.precision === 'exact'));
  const groups: PostalHit[][] = [];
  for (const hit of ordered) {
    const group = groups.find((g) => haversineKm(g[0]!.lat, g[0]!.lon, hit.lat, hit.lon) <= SAME_CODE_KM);
    if (group) group.push(hit);
    else groups.push([hit]);
  }
  const asPlace = (group: PostalHit[]): ResolvedPlace => {
    const best = group[0]!;
    return {
      label: `${code} (${best.where})`,
      lat: round3(best.lat),
      lon: round3(best.lon),
      precision: best.precision,
      province: best.province,
      kind: 'postal-code',
    };
  };
  // the most sources first: bands sharing a post office's code outnumber the one whose community is across the water
  groups.sort((a, b) => Number(b[0]!.precision === 'exact') - Number(a[0]!.precision === 'exact') || b.length - a.length);
  if (groups.length === 1) return { status: 'resolved', place: asPlace(groups[0]!) };
  // Sources disagree (Coral Harbour and Chesterfield Inlet both list X0C 0C0): the person says which.
  return {
    status: 'ambiguous',
    query: code,
    choices: groups.map(asPlace).map((p) => ({ ...p, label: p.label.replace(/^.*\((.*)\)$/, `$1, ${p.province}`) })),
    reason: 'postal-code-places',
  };
}

/** A rural FSA is an area: offer its communities rather than measuring from its centroid. */
function ruralChoices(fsa: string, index: PlaceIndex, locale: 'en' | 'fr', query: string): PlaceResolution | undefined {
  if (!isRuralFsa(fsa)) return undefined;
  const communities = distinctByProvinceAndName(index.communitiesByFsa.get(fsa) ?? []);
  if (communities.length === 0) return undefined;
  if (communities.length === 1) return { status: 'resolved', place: { ...fromPlace(communities[0]!, locale, 'place-name'), kind: 'fsa' } };
  return {
    status: 'ambiguous',
    query,
    choices: communities.slice(0, 12).map((p) => fromPlace(p, locale, 'place-name')),
    reason: 'rural-fsa',
  };
}

export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const POSTAL_IN_TEXT = /(?:^|\s)([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])(?:[\s-]?(\d[ABCEGHJ-NPRSTV-Z]\d))?(?=\s|$)/i;
/** Words joining a need and a place: "EI near Moncton", "passeport à Trois-Rivières". */
const CONNECTORS = /\s+(near|in|at|around|close to|by|a|à|au|aux|en|dans|pres de|près de|proche de|vers)$/i;
const MAX_PLACE_WORDS = 5;

/**
 * One box: splits "passeport Trois-Rivières", "EI near Moncton", "bibliothèque H2X 1Y4" into the need and the place.
 * A postal code or FSA anywhere counts; otherwise the longest trailing (then leading) run of words that names a known
 * place. Returns undefined when no place is found; `need` is empty when the text is only a place ("Iqaluit").
 */
export function splitNeedAndPlace(
  text: string,
  index: PlaceIndex,
  locale: 'en' | 'fr' = 'en',
): { need: string; place: string } | undefined {
  const raw = text.trim().replace(/\s+/g, ' ');
  if (!raw) return undefined;
  const postal = POSTAL_IN_TEXT.exec(raw);
  if (postal && index.byFsa.has(postal[1]!.toUpperCase())) {
    const place = postal[2] ? `${postal[1]} ${postal[2]}`.toUpperCase() : postal[1]!.toUpperCase();
    const need = (raw.slice(0, postal.index) + ' ' + raw.slice(postal.index + postal[0].length))
      .replace(CONNECTORS, '')
      .replace(/[,;]\s*$/, '')
      .trim();
    return { need, place };
  }
  const words = raw.split(' ');
  const known = (candidate: string): boolean => {
    if (matchKey(candidate).length < 3) return false;
    const result = resolvePlace(candidate, index, locale);
    return result.status === 'resolved' || result.status === 'ambiguous';
  };
  for (let n = Math.min(MAX_PLACE_WORDS, words.length); n >= 1; n -= 1) {
    const place = words
      .slice(words.length - n)
      .join(' ')
      .replace(/^[,;]\s*/, '');
    const need = words
      .slice(0, words.length - n)
      .join(' ')
      .replace(/[,;]\s*$/, '')
      .replace(CONNECTORS, '')
      .trim();
    if (known(place)) return { need, place };
  }
  for (let n = Math.min(MAX_PLACE_WORDS, words.length - 1); n >= 1; n -= 1) {
    const place = words
      .slice(0, n)
      .join(' ')
      .replace(/[,;]\s*$/, '');
    const need = words.slice(n).join(' ').trim();
    if (known(place)) return { need, place };
  }
  return undefined;
}
