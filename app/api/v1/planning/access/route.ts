import { ACCESS_COLUMNS, accessExport, placementExport } from '@/lib/planning/export';
import { csvResponse, parseRequest, planningJson } from '@/lib/planning/respond';
import { getPlanning } from '@/lib/planning/server';
import { cached } from '@/lib/api/cache';
import { dataVersions } from '@/lib/api/versions';

/**
 * GET /api/v1/planning/access — share of the placed population within 25, 50 and 100 km (or `within` km) in straight
 * line of a point of each layer (any government, order, organization, kind of in-person service), by province or
 * territory, for Canada and for First Nations and Inuit communities; with how much population could be placed.
 * Filters: organization, order, province, within. JSON by default; format=csv for the access rows.
 */
function get(request: Request): Response {
  const model = getPlanning();
  const parsed = parseRequest(new URL(request.url), model);
  if (!parsed.ok) return parsed.response;
  const rows = accessExport(model, parsed.params);
  if (parsed.format === 'csv') return csvResponse('access', ACCESS_COLUMNS, rows);
  return planningJson(model, parsed.params, {
    placement: placementExport(model),
    layers: model.layers.map((layer) => ({
      key: layer.key,
      dimension: layer.dimension,
      order: layer.order,
      organization: layer.organizationId,
      organizationName: layer.organizationName,
      kind: layer.kind,
      points: layer.pointIds.length,
    })),
    rows,
  });
}

/** Shared-cacheable (lib/api/cache.ts): ETag from the release, snapshot and catalogue versions; 304 on If-None-Match; compressed. */
export const GET = cached({ freshness: 'stable', versions: dataVersions }, get);
