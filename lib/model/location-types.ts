import words from '../../data/vocabulary/location-types.json';
import type { Locale, LocationType } from './schema';

/** What a kind of service point is called in one language, and the other words people use for it. */
export interface LocationTypeWords {
  name: string;
  synonyms: string[];
}

/**
 * The words for each kind of service point, in both languages (data/vocabulary/location-types.json): the pages show
 * the names, and search matches names and synonyms in either language. Typed here so a type without words fails to build.
 */
export const LOCATION_TYPE_WORDS: Readonly<Record<LocationType, Readonly<Record<Locale, LocationTypeWords>>>> = words;

export function locationTypeName(type: LocationType, locale: Locale): string {
  return LOCATION_TYPE_WORDS[type][locale].name;
}
