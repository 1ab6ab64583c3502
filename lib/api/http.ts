/**
 * HTTP helpers shared by every /api route handler and the proxy: one JSON error shape, and JSON bodies that stay
 * inert if ever sniffed as HTML. Web-standard Request/Response only.
 */
// Types only: the proxy imports these helpers, and the schemas (zod) stay out of its bundle.
import type { ApiErrorBody, ApiErrorCode } from './error';

export type { ApiErrorCode };

export interface ParamProblem {
  param: string;
  message: string;
}

/**
 * JSON with <, >, & and the JavaScript line separators escaped as \uXXXX: a query may be echoed back, and "<script>"
 * in it must not survive as markup if the body is ever sniffed as HTML or inlined into a page.
 */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const text = JSON.stringify(body).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const headers = new Headers(init.headers);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(text, { ...init, headers });
}

export function apiError(status: 400 | 404 | 414, code: ApiErrorCode, message: string, parameter?: string): Response {
  const body: ApiErrorBody = { error: { code, message, ...(parameter === undefined ? {} : { parameter }) } };
  return jsonResponse(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** 400 naming the first bad parameter, with every problem in `details`. */
export function invalidParameters(problems: ParamProblem[]): Response {
  const first = problems[0] ?? { param: '', message: 'invalid parameters' };
  const body: ApiErrorBody = {
    error: {
      code: 'invalid-parameter',
      message: `${first.param}: ${first.message}`,
      parameter: first.param,
      details: problems.map((problem) => ({ parameter: problem.param, message: problem.message })),
    },
  };
  return jsonResponse(body, { status: 400, headers: { 'Cache-Control': 'no-store' } });
}

export function notFound(message: string, parameter?: string): Response {
  return apiError(404, 'not-found', message, parameter);
}

/** The site's public origin, for links in answers: the forwarded host behind a TLS proxy, else the request's own. */
export function publicOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() ?? request.headers.get('host') ?? url.host;
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? url.protocol.replace(':', '');
  return /^[A-Za-z0-9.:[\]-]+$/.test(host) && (proto === 'http' || proto === 'https') ? `${proto}://${host}` : url.origin;
}

/** Catalogue and reference answers change only with a new build. */
export const CACHE_FIVE_MINUTES = { 'Cache-Control': 'public, max-age=300' } as const;
