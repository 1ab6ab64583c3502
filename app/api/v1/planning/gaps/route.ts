import { GAP_COLUMNS, gapsExport } from '@/lib/planning/export';
import { csvResponse, parseRequest, planningJson } from '@/lib/planning/respond';
import { getPlanning } from '@/lib/planning/server';
import { cached } from '@/lib/api/cache';
import { dataVersions } from '@/lib/api/versions';

/**
 * GET /api/v1/planning/gaps — populated places farther than `within` km (default 50) in straight line from any
 * in-person point of a government (or of `order` / `organization`), largest first, with the nearest point of each order.
 * Filter: province. JSON by default; format=csv.
 */
function get(request: Request): Response {
  const model = getPlanning();
  const parsed = parseRequest(new URL(request.url), model);
  if (!parsed.ok) return parsed.response;
  const rows = gapsExport(model, parsed.params);
  if (parsed.format === 'csv') return csvResponse('gaps', GAP_COLUMNS, rows);
  return planningJson(model, parsed.params, { rows });
}

/** Shared-cacheable (lib/api/cache.ts): ETag from the release, snapshot and catalogue versions; 304 on If-None-Match; compressed. */
export const GET = cached({ freshness: 'stable', versions: dataVersions }, get);
