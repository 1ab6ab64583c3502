import { searchMapRequest } from '@/lib/search/server';
import { invalidParameters, jsonResponse } from '@/lib/api/http';
import { cached } from '@/lib/api/cache';
import { dataVersions } from '@/lib/api/versions';
import type { SearchMapResponse } from '@/lib/api/views';
import { RESULTS_MAP_POINTS, resultsMapFreshness } from '@/lib/search/results-map';

/**
 * GET /api/v1/search/map — the points of a search's map: the nearest 100 of the whole list (whatever offset and limit
 * say), slim (id, position, name, page, approximate), nearest first, with names and paths in `lang`. Takes the
 * parameters of /api/v1/search and answers bad ones the same way (400). Documented in /api/v1/openapi.json.
 */
function get(request: Request): Response {
  const answer = searchMapRequest(new URL(request.url).searchParams, { lang: 'en', points: RESULTS_MAP_POINTS });
  if (!answer.ok) return invalidParameters(answer.problems);
  const body: SearchMapResponse = { total: answer.total, points: answer.points };
  return jsonResponse(body, { headers: { 'Cache-Control': 'no-store' } });
}

/** Shared-cacheable (lib/api/cache.ts); for the minute only when the search keeps what is open now. */
export const GET = cached({ freshness: resultsMapFreshness, versions: dataVersions }, get);
