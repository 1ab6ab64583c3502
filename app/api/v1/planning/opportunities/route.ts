import { OPPORTUNITY_COLUMNS, OPPORTUNITY_TABLES, opportunitiesExport, type OpportunityTable } from '@/lib/planning/export';
import { csvResponse, parseRequest, planningJson } from '@/lib/planning/respond';
import { getPlanning } from '@/lib/planning/server';
import { cached } from '@/lib/api/cache';
import { dataVersions } from '@/lib/api/versions';

const isTable = (value: string): value is OpportunityTable => (OPPORTUNITY_TABLES as readonly string[]).includes(value);

/**
 * GET /api/v1/planning/opportunities — partnership opportunities: counters of one government with no point of `order`
 * (default federal) within `within` km (default 50), ranked by the people around them that the other government does
 * not reach; partnerships already in the data (co-located, partner, hosted outreach, same site) by province and model;
 * towns with several governments' offices in separate buildings. table= picks one table (CSV gives one table, default
 * counter-gaps). Filters: organization (counters of that organization), province.
 */
function get(request: Request): Response {
  const model = getPlanning();
  const url = new URL(request.url);
  const table = url.searchParams.get('table');
  const parsed = parseRequest(url, model, (_params, problems) => {
    if (table !== null && !isTable(table)) problems.push({ param: 'table', message: `must be one of: ${OPPORTUNITY_TABLES.join(', ')}` });
  });
  if (!parsed.ok) return parsed.response;
  const tables = opportunitiesExport(model, parsed.params);
  const picked: OpportunityTable | null = table !== null && isTable(table) ? table : null;
  if (parsed.format === 'csv') {
    const name = picked ?? 'counter-gaps';
    return csvResponse(`opportunities-${name}`, OPPORTUNITY_COLUMNS[name], tables[name]);
  }
  const body = picked ? { [picked]: tables[picked] } : tables;
  return planningJson(model, parsed.params, {
    targetOrder: parsed.params.order ?? 'federal',
    withinKm: parsed.params.within ?? 50,
    ...body,
  });
}

/** Shared-cacheable (lib/api/cache.ts): ETag from the release, snapshot and catalogue versions; 304 on If-None-Match; compressed. */
export const GET = cached({ freshness: 'stable', versions: dataVersions }, get);
