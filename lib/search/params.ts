import { GovernmentOrder, Locale, LocationType } from '../model/schema';
import { SUPPORTED_INSTANTS } from '../hours';
import type { SearchParams } from './outcome';

export const MAX_QUERY_LENGTH = 200;
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;

import type { ParamProblem } from '../api/http';

export type { ParamProblem };

export type ParsedSearchParams = { ok: true; params: SearchParams } | { ok: false; problems: ParamProblem[] };

// Control characters and lone surrogates mean binary input, not a need.
const BINARY =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\ufffd/;

function text(value: string | null, param: string, problems: ParamProblem[], max = MAX_QUERY_LENGTH): string {
  if (value === null) return '';
  if (value.length > max) {
    problems.push({ param, message: `must be at most ${max} characters (got ${value.length})` });
    return '';
  }
  if (BINARY.test(value)) {
    problems.push({ param, message: 'contains control characters or invalid text' });
    return '';
  }
  // line breaks and tabs typed or pasted into a box are spaces: they never reach a title, a heading or a header
  return value.replace(/\s+/g, ' ').trim();
}

function number(value: string | null, param: string, problems: ParamProblem[], min: number, max: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
    problems.push({ param, message: `must be a number from ${min} to ${max}` });
    return undefined;
  }
  return parsed;
}

function oneOf<T extends string>(value: string | null, param: string, allowed: readonly T[], problems: ParamProblem[]): T | undefined {
  if (value === null || value === '') return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push({ param, message: `must be one of: ${allowed.join(', ')}` });
  return undefined;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
export const AT_MESSAGE =
  `must be an ISO 8601 instant with a time zone, e.g. 2026-11-23T15:00:00Z, from ${SUPPORTED_INSTANTS.from.toISOString()} ` +
  `to ${SUPPORTED_INSTANTS.to.toISOString()} (the range of the time-zone data shipped)`;

/**
 * An `at` value: an ISO 8601 instant with its zone (a time without one would mean the server's zone), inside the
 * range of the shipped time-zone data.
 */
export function parseInstant(raw: string): Date | undefined {
  const parsed = ISO_INSTANT.test(raw) ? new Date(raw) : undefined;
  if (parsed === undefined || Number.isNaN(parsed.getTime())) return undefined;
  return parsed >= SUPPORTED_INSTANTS.from && parsed < SUPPORTED_INSTANTS.to ? parsed : undefined;
}

/** Whether a search keeps only the places open at its instant (`open=1` or `open=true`). */
export function keepsOpenNow(query: URLSearchParams): boolean {
  const open = query.get('open');
  return open === '1' || open === 'true';
}

/**
 * Reads a search from a URL's query string — the same for the results page and `/api/v1/search`.
 * Every problem is reported by parameter name; nothing from the input is echoed back.
 */
export function parseSearchParams(
  query: URLSearchParams,
  fallbackLang: Locale,
  now: Date,
  knownLifeEvents?: ReadonlySet<string>,
): ParsedSearchParams {
  const problems: ParamProblem[] = [];
  const q = text(query.get('q'), 'q', problems);
  const near = text(query.get('near'), 'near', problems, 120);
  const lang = oneOf(query.get('lang'), 'lang', Locale.options, problems) ?? fallbackLang;
  const lat = number(query.get('lat'), 'lat', problems, -90, 90);
  const lon = number(query.get('lon'), 'lon', problems, -180, 180);
  if ((lat === undefined) !== (lon === undefined))
    problems.push({ param: lat === undefined ? 'lat' : 'lon', message: 'lat and lon go together' });
  const limitRaw = query.get('limit');
  const limit = limitRaw === null || limitRaw === '' ? DEFAULT_LIMIT : number(limitRaw, 'limit', problems, 1, MAX_LIMIT);
  if (limit !== undefined && !Number.isInteger(limit)) problems.push({ param: 'limit', message: 'must be a whole number' });
  const offset = number(query.get('offset'), 'offset', problems, 0, 10_000) ?? 0;
  const withinKm = number(query.get('within'), 'within', problems, 1, 5000);
  const lifeEvent = text(query.get('event'), 'event', problems, 80) || undefined;
  if (lifeEvent && (!/^[a-z0-9-]+$/.test(lifeEvent) || (knownLifeEvents && !knownLifeEvents.has(lifeEvent)))) {
    problems.push({ param: 'event', message: 'must be the id of a life event listed at /api/v1/life-events' });
  }
  const order = oneOf(query.get('order'), 'order', GovernmentOrder.options, problems);
  const type = oneOf(query.get('type'), 'type', LocationType.options, problems);
  const serviceLanguage = oneOf(query.get('language'), 'language', Locale.options, problems);
  const openNow = keepsOpenNow(query);
  let at = now;
  const atRaw = query.get('at');
  if (atRaw) {
    const parsed = parseInstant(atRaw);
    if (!parsed) problems.push({ param: 'at', message: AT_MESSAGE });
    else at = parsed;
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    params: {
      q,
      near: near || undefined,
      lat,
      lon,
      lang,
      lifeEvent,
      order,
      type,
      openNow,
      serviceLanguage,
      withinKm,
      limit: limit ?? DEFAULT_LIMIT,
      offset,
      at,
    },
  };
}
