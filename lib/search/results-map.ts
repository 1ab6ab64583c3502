import type { Locale } from '../model/schema';
import { keepsOpenNow } from './params';

/** Points on a results map: the nearest ones of the whole list, whatever page of it is shown. */
export const RESULTS_MAP_POINTS = 100;

/** The public path of the map points of a search (GET /api/v1/search/map). */
export const RESULTS_MAP_PATH = '/api/v1/search/map';

/** Parameters that choose a page of the list, not the points: the map of every page is the same answer. */
const PAGE_PARAMETERS = ['offset', 'limit'] as const;

/**
 * Where a results page's map gets its points: the same search, in the page's language, without its page. The map
 * fetches them when it is shown, so the page itself does not carry 100 points that most visits never draw, and every
 * page of one search shares one cacheable answer.
 */
export function resultsMapUrl(query: URLSearchParams, lang: Locale): string {
  const mapQuery = new URLSearchParams(query);
  for (const name of PAGE_PARAMETERS) mapQuery.delete(name);
  mapQuery.set('lang', lang);
  return `${RESULTS_MAP_PATH}?${mapQuery.toString()}`;
}

/** How many points that map shows, known from the size of the list without computing them. */
export function resultsMapCount(total: number): number {
  return Math.min(total, RESULTS_MAP_POINTS);
}

/**
 * The points of a map answer depend on the clock only when the search keeps the places open at the time (`open`):
 * otherwise they are the same all day, and a shared cache may keep them as long as any answer of the same data.
 */
export function resultsMapFreshness(url: URL): 'stable' | 'minute' {
  return keepsOpenNow(url.searchParams) && !url.searchParams.has('at') ? 'minute' : 'stable';
}
