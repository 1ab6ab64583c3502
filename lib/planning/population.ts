import type { Localized, Place, ProvinceCode } from '../model/schema';
import { haversineKm } from '../geo/distance';

/**
 * Population placed on the map: each populated place of the snapshot counted once, at one point.
 *
 * The snapshot gives populations to gazetteer places (the 2021 census count of the municipality of the same name, or
 * the gazetteer's own 2016-based figure when no census municipality shares the name) and to First Nations and Inuit
 * communities (the census count of a subdivision of the same name, or the community's own figure). A census figure
 * joined by name lands on every place of that name in the province, so the same people can appear two or three times:
 * here a figure is counted once, at the best-placed place of its name, and copies elsewhere are set aside.
 * Everything placed this way is an estimate: a whole municipality is put at one point.
 */

/** Places closer than this, with the same name in the same province, are one place (a town and its reserve, a gazetteer
 *  entry and an Inuit community record). */
export const SAME_PLACE_KM = 20;
/** Places this close with exactly the same figure are the same people under two names. */
const SAME_FIGURE_KM = 5;

export type PlacementMethod = 'municipality' | 'community';

export interface PopulationUnit {
  /** id of the place that carries the figure */
  id: string;
  name: Localized;
  province: ProvinceCode;
  lat: number;
  lon: number;
  population: number;
  kind: Place['kind'];
  /** municipality: a gazetteer place (census or gazetteer figure); community: a First Nations or Inuit community's figure */
  method: PlacementMethod;
  /** is, or is the same place as, a First Nations or Inuit community */
  community: boolean;
  /** other places of the snapshot found to be this same place */
  aliasIds: string[];
}

export type CommunityFigure = 'own' | 'none' | 'borrowed';

export interface Community {
  id: string;
  name: Localized;
  province: ProvinceCode;
  kind: 'first-nation' | 'inuit-community';
  lat: number;
  lon: number;
  /** the community's own figure, when it has one */
  population: number | undefined;
  /** own: a figure of its own; none: the data gives none; borrowed: the figure is that of a same-named place elsewhere */
  figure: CommunityFigure;
}

export interface PlacedPopulation {
  units: PopulationUnit[];
  communities: Community[];
  /** places whose figure was a copy of another place's (same name, elsewhere), not counted again */
  setAside: Array<{ id: string; province: ProvinceCode; population: number; sameAs: string }>;
}

export const isCommunityKind = (kind: Place['kind']): kind is Community['kind'] => kind === 'first-nation' || kind === 'inuit-community';

export function nameKey(name: Localized): string {
  return (name.en ?? name.fr ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Gazetteer entries first (their figure is the municipality's), then other towns, then community records. */
function rank(place: Place): number {
  if (isCommunityKind(place.kind)) return 2;
  return place.kind === 'town' && place.provenance.sourceId.startsWith('geo-fsa') ? 1 : 0;
}

/** Pure: counts each populated place of `places` once. */
export function placePopulation(places: readonly Place[]): PlacedPopulation {
  const populated = places.filter((place) => place.kind !== 'fsa' && place.population !== undefined && place.population > 0);
  const groups = new Map<string, Place[]>();
  for (const place of populated) {
    const key = `${place.province}:${nameKey(place.name)}`;
    const group = groups.get(key);
    if (group) group.push(place);
    else groups.set(key, [place]);
  }
  const units: PopulationUnit[] = [];
  const unitOf = new Map<string, PopulationUnit>();
  const setAside: PlacedPopulation['setAside'] = [];
  const groupKey = (place: Place) => `${place.province}:${nameKey(place.name)}`;
  // communities last: a figure a community shares with a municipality is the municipality's (a census join by name)
  const ordered = [...populated].sort(
    (a, b) =>
      Number(isCommunityKind(a.kind)) - Number(isCommunityKind(b.kind)) ||
      groupKey(a).localeCompare(groupKey(b)) ||
      rank(a) - rank(b) ||
      b.population! - a.population! ||
      a.id.localeCompare(b.id),
  );
  const unitsByKey = new Map<string, PopulationUnit[]>();
  const unitsByFigure = new Map<string, PopulationUnit[]>();
  for (const place of ordered) {
    const key = groupKey(place);
    const sameName = unitsByKey.get(key) ?? [];
    const sameFigure = unitsByFigure.get(`${place.province}:${place.population}`) ?? [];
    const close = (unit: PopulationUnit, km: number) => haversineKm(unit.lat, unit.lon, place.lat, place.lon) <= km;
    // the same place under the same name (an Inuit community and its municipality), or the same people under two names
    const same = sameName.find((unit) => close(unit, SAME_PLACE_KM)) ?? sameFigure.find((unit) => close(unit, SAME_FIGURE_KM));
    const community = isCommunityKind(place.kind);
    if (same && (!community || place.kind === 'inuit-community' || same.community)) {
      same.aliasIds.push(place.id);
      if (place.kind === 'inuit-community') same.community = true;
      unitOf.set(place.id, same);
      continue;
    }
    // a copy of another place's figure: same name elsewhere, or a community carrying a municipality's figure
    const copy =
      same ??
      sameName.find((unit) => unit.population === place.population) ??
      (community ? sameFigure.find((unit) => !unit.community) : undefined);
    if (copy) {
      setAside.push({ id: place.id, province: place.province, population: place.population!, sameAs: copy.id });
      continue;
    }
    const unit: PopulationUnit = {
      id: place.id,
      name: place.name,
      province: place.province,
      lat: place.lat,
      lon: place.lon,
      population: place.population!,
      kind: place.kind,
      method: community ? 'community' : 'municipality',
      community,
      aliasIds: [],
    };
    units.push(unit);
    unitOf.set(place.id, unit);
    unitsByKey.set(key, [...sameName, unit]);
    unitsByFigure.set(`${place.province}:${place.population}`, [...sameFigure, unit]);
  }

  const communities: Community[] = places
    .filter((place): place is Place & { kind: Community['kind'] } => isCommunityKind(place.kind))
    .map((place) => {
      const unit = unitOf.get(place.id);
      const figure: CommunityFigure = unit ? 'own' : place.population !== undefined && place.population > 0 ? 'borrowed' : 'none';
      return {
        id: place.id,
        name: place.name,
        province: place.province,
        kind: place.kind,
        lat: place.lat,
        lon: place.lon,
        population: unit ? unit.population : undefined,
        figure,
      };
    });
  return { units, communities, setAside };
}
