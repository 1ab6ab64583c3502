import type { Place, ProvinceCode } from '../model/schema';
import { matchKey } from '../text/fold';

/** Name → places lookup, accent/case-insensitive, English and French names, ranked by population. */
export interface LocalityIndex {
  /** best place named `name` in `province`; preferIndigenous ranks First Nations / Inuit communities first */
  lookup(name: string, province: ProvinceCode, options?: { preferIndigenous?: boolean }): Place | undefined;
  /** FSA place for a postal code or FSA ("X1A 2L9" → X1A) */
  fsa(postalCode: string): Place | undefined;
}

const INDIGENOUS_KINDS = new Set<Place['kind']>(['first-nation', 'inuit-community']);

/** Name variants under which a place can be looked up: its names, plus a First Nation's name without "First Nation". */
export function lookupKeys(place: Place): string[] {
  const names = [place.name.en, place.name.fr, ...place.altNames].filter((n): n is string => !!n);
  const keys = new Set<string>();
  for (const name of names) {
    const key = matchKey(name);
    keys.add(key);
    if (INDIGENOUS_KINDS.has(place.kind)) {
      const bare = key
        .replace(/^(premiere nation|premieres nations|nation) (des |de la |de |du |d )?/, '')
        .replace(/ (first nations?|nation|cree nation|band|indian band|dene nation|tribe)$/, '')
        .trim();
      if (bare) keys.add(bare);
    }
    keys.add(key.replace(/^(saint|sainte) /, (m) => (m === 'saint ' ? 'st ' : 'ste ')));
    keys.add(key.replace(/^st /, 'saint ').replace(/^ste /, 'sainte '));
  }
  return [...keys].filter((k) => k !== '');
}

function rank(a: Place, b: Place, preferIndigenous: boolean): number {
  const ai = INDIGENOUS_KINDS.has(a.kind) ? 1 : 0;
  const bi = INDIGENOUS_KINDS.has(b.kind) ? 1 : 0;
  if (ai !== bi) return preferIndigenous ? bi - ai : ai - bi;
  return (b.population ?? -1) - (a.population ?? -1);
}

export function buildLocalityIndex(places: Place[]): LocalityIndex {
  const byName = new Map<string, Place[]>();
  const byFsa = new Map<string, Place>();
  for (const place of places) {
    if (place.kind === 'fsa') {
      const code = place.name.en ?? place.name.fr ?? '';
      if (!byFsa.has(code)) byFsa.set(code, place);
      continue;
    }
    for (const key of lookupKeys(place)) {
      const bucketKey = `${place.province}:${key}`;
      const bucket = byName.get(bucketKey) ?? [];
      if (!bucket.includes(place)) bucket.push(place);
      byName.set(bucketKey, bucket);
    }
  }
  return {
    lookup(name, province, options) {
      const key = matchKey(name);
      const candidates =
        byName.get(`${province}:${key}`) ?? byName.get(`${province}:${key.replace(/ (first nations?|reserve|village)$/, '')}`);
      if (!candidates?.length) return undefined;
      return [...candidates].sort((a, b) => rank(a, b, options?.preferIndigenous ?? false))[0];
    },
    fsa(postalCode) {
      return byFsa.get(postalCode.toUpperCase().replace(/\s/g, '').slice(0, 3));
    },
  };
}
