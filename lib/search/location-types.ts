import { LOCATION_TYPE_WORDS } from '../model/location-types';
import { LocationType } from '../model/schema';
import type { LocationTypeLabels } from './search-index';

/** The names people use for kinds of service point, in both languages (data/vocabulary/location-types.json). */
export function locationTypeLabels(): LocationTypeLabels[] {
  return LocationType.options.map((type) => {
    const words = [LOCATION_TYPE_WORDS[type].en, LOCATION_TYPE_WORDS[type].fr];
    return { type, names: words.map((w) => w.name), synonyms: words.flatMap((w) => w.synonyms) };
  });
}
