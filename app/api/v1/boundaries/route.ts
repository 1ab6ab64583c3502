import { jsonResponse } from '@/lib/api/http';
import { getProvinceOutlines } from '@/lib/data/server';
import { cached } from '@/lib/api/cache';
import { dataVersions } from '@/lib/api/versions';

/** GET /api/v1/boundaries — simplified province and territory outlines (GeoJSON), so the map stays readable offline. */
function get(): Response {
  return jsonResponse(getProvinceOutlines(), { headers: { 'Cache-Control': 'public, max-age=86400' } });
}

/** Shared-cacheable (lib/api/cache.ts): ETag from the release, snapshot and catalogue versions; 304 on If-None-Match; compressed. */
export const GET = cached({ freshness: 'stable', versions: dataVersions }, get);
