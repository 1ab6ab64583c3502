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

const NUMBER_FORMS = {
  /** plainly written decimals ("45.42", "-75.7"): Number() alone would take "0x10", "1e1" or "Infinity" */
  decimal: { pattern: /^-?\d+(\.\d+)?$/, valid: Number.isFinite, words: 'a number' },
  whole: { pattern: /^\d+$/, valid: Number.isSafeInteger, words: 'a whole number' },
} as const;

/** A number written plainly, from min to max; anything else is a problem named by parameter. */
function number(
  value: string | null,
  param: string,
  problems: ParamProblem[],
  min: number,
  max: number,
  form: keyof typeof NUMBER_FORMS = 'decimal',
): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const { pattern, valid, words } = NUMBER_FORMS[form];
  const parsed = pattern.test(value.trim()) ? Number(value) : NaN;
  if (!valid(parsed) || parsed < min || parsed > max) {
    problems.push({ param, message: `must be ${words} from ${min} to ${max}` });
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
  const parsed = ISO_INSTANT.test(raw) && isCalendarDate(raw.slice(0, 10)) ? new Date(raw) : undefined;
  if (parsed === undefined || Number.isNaN(parsed.getTime())) return undefined;
  return parsed >= SUPPORTED_INSTANTS.from && parsed < SUPPORTED_INSTANTS.to ? parsed : undefined;
}

/**
 * Whether "2026-02-30" names a day of the calendar: Date would quietly move it to 2 March, and an answer would be
 * computed for a day nobody asked about.
 */
export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}

const OPEN_VALUES = ['1', 'true', '0', 'false'] as const;

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
  const latRaw = query.get('lat')?.trim() ?? '';
  const lonRaw = query.get('lon')?.trim() ?? '';
  const lat = number(latRaw, 'lat', problems, -90, 90);
  const lon = number(lonRaw, 'lon', problems, -180, 180);
  // said once: a lat that is out of range has its own problem already
  if ((latRaw === '') !== (lonRaw === '')) problems.push({ param: latRaw === '' ? 'lat' : 'lon', message: 'lat and lon go together' });
  const limit = number(query.get('limit'), 'limit', problems, 1, MAX_LIMIT, 'whole') ?? DEFAULT_LIMIT;
  const offset = number(query.get('offset'), 'offset', problems, 0, 10_000, 'whole') ?? 0;
  const withinKm = number(query.get('within'), 'within', problems, 1, 5000, 'whole');
  const lifeEvent = text(query.get('event'), 'event', problems, 80) || undefined;
  if (lifeEvent && (!/^[a-z0-9-]+$/.test(lifeEvent) || (knownLifeEvents && !knownLifeEvents.has(lifeEvent)))) {
    problems.push({ param: 'event', message: 'must be the id of a life event listed at /api/v1/life-events' });
  }
  const order = oneOf(query.get('order'), 'order', GovernmentOrder.options, problems);
  const type = oneOf(query.get('type'), 'type', LocationType.options, problems);
  const serviceLanguage = oneOf(query.get('language'), 'language', Locale.options, problems);
  const openRaw = query.get('open');
  if (openRaw !== null && openRaw !== '' && !(OPEN_VALUES as readonly string[]).includes(openRaw))
    problems.push({ param: 'open', message: 'must be 1, true, 0 or false' });
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
