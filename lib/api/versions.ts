import { getCatalogue } from '../catalogue/catalogue';
import { getSnapshot } from '../data/server';

/** The versions every API answer is computed from, for ETags (lib/api/cache.ts): the snapshot and the catalogue. */
export function dataVersions(): readonly string[] {
  return [getSnapshot().snapshot.version, getCatalogue().catalogue.version];
}

/** Search and location answers: computed for the minute in `at`, or for the current minute without it. */
export const byAtParameter = (url: URL): 'stable' | 'minute' => (url.searchParams.has('at') ? 'stable' : 'minute');
