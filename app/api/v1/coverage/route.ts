import { CACHE_FIVE_MINUTES, jsonResponse } from '@/lib/api/http';
import { parseLang } from '@/lib/api/params';
import { getCoverageView } from '@/lib/coverage/server';
import { cached } from '@/lib/api/cache';
import { dataVersions } from '@/lib/api/versions';
import type { CoverageResponse } from '@/lib/api/views';

/**
 * GET /api/v1/coverage?lang=en|fr — what Guichet covers: for each province and territory and each order of government,
 * the service points and catalogue services it holds, the sources and their dates, and what is missing (with the
 * official office finder where Guichet lists no office). Computed from the snapshot and the catalogue.
 */
function get(request: Request): Response {
  const lang = parseLang(new URL(request.url));
  if (!lang.ok) return lang.response;
  const body: CoverageResponse = getCoverageView(lang.value);
  return jsonResponse(body, { headers: CACHE_FIVE_MINUTES });
}

/** Shared-cacheable (lib/api/cache.ts): ETag from the release, snapshot and catalogue versions; 304 on If-None-Match; compressed. */
export const GET = cached({ freshness: 'stable', versions: dataVersions }, get);
