import { CACHE_FIVE_MINUTES, invalidParameters, jsonResponse } from '../api/http';
import type { PlanningModel } from './compute';
import { toCsv } from './csv';
import { ESTIMATE_NOTE, type FlatRow } from './export';
import { parsePlanningParams, type PlanningParams } from './query';

/** Shared parsing and answers of GET /api/v1/planning/*: JSON by default, CSV with format=csv, one error shape. */

export type Format = 'json' | 'csv';

export function parseRequest(
  url: URL,
  model: PlanningModel,
  extra: (params: URLSearchParams, problems: Array<{ param: string; message: string }>) => void = () => undefined,
): { ok: true; params: PlanningParams; format: Format } | { ok: false; response: Response } {
  const parsed = parsePlanningParams(url.searchParams, model);
  const problems = parsed.ok ? [] : [...parsed.problems];
  const format = url.searchParams.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') problems.push({ param: 'format', message: 'must be one of: json, csv' });
  extra(url.searchParams, problems);
  if (problems.length > 0 || !parsed.ok) return { ok: false, response: invalidParameters(problems) };
  return { ok: true, params: parsed.value, format: format as Format };
}

export function csvResponse(name: string, columns: readonly string[], rows: FlatRow[]): Response {
  return new Response(toCsv(columns, rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="guichet-planning-${name}.csv"`,
      'X-Content-Type-Options': 'nosniff',
      ...CACHE_FIVE_MINUTES,
    },
  });
}

export function planningJson(model: PlanningModel, params: PlanningParams, body: Record<string, unknown>): Response {
  return jsonResponse(
    { snapshot: { version: model.version, builtAt: model.builtAt }, estimate: ESTIMATE_NOTE, query: params, ...body },
    { headers: CACHE_FIVE_MINUTES },
  );
}
