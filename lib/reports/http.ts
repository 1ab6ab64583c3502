import { jsonResponse } from '@/lib/api/http';

/**
 * Responses of the reports endpoints: the API's one error shape ({ error: { code, message, parameter } }, never
 * echoing input) for statuses lib/api/http.ts does not cover, and 303 redirects for forms posted by browsers.
 */
export type ReportsErrorCode =
  | 'invalid-parameter'
  | 'not-found'
  | 'forbidden'
  | 'unauthorized'
  | 'too-many-requests'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'unavailable';

export function reportsError(
  status: 400 | 401 | 403 | 404 | 413 | 415 | 429 | 503,
  code: ReportsErrorCode,
  message: string,
  parameter?: string,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(
    { error: { code, message, ...(parameter === undefined ? {} : { parameter }) } },
    { status, headers: { 'Cache-Control': 'no-store', ...headers } },
  );
}

/** 303 See Other to a path of this site (relative Location, so it is right behind any proxy and under any host). */
export function seeOther(path: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { Location: path, 'Cache-Control': 'no-store', ...headers } });
}

export const MAX_BODY_BYTES = 8 * 1024;

export type ReadBody = { ok: true; fields: Record<string, string>; form: boolean } | { ok: false; response: Response };

/** A form (urlencoded) or JSON body of at most 8 KiB, as string fields. */
export async function readBody(request: Request): Promise<ReadBody> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES)
    return { ok: false, response: reportsError(413, 'payload-too-large', `The body is longer than ${MAX_BODY_BYTES} bytes.`) };
  const text = await request.text();
  if (Buffer.byteLength(text, 'utf8') > MAX_BODY_BYTES)
    return { ok: false, response: reportsError(413, 'payload-too-large', `The body is longer than ${MAX_BODY_BYTES} bytes.`) };
  if (type === 'application/x-www-form-urlencoded') {
    const fields: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(text)) fields[key] = value;
    return { ok: true, fields, form: true };
  }
  if (type === 'application/json') {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      const fields: Record<string, string> = {};
      for (const [key, value] of Object.entries(parsed)) if (typeof value === 'string') fields[key] = value;
      return { ok: true, fields, form: false };
    } catch {
      return { ok: false, response: reportsError(400, 'invalid-parameter', 'The body is not a JSON object.') };
    }
  }
  return {
    ok: false,
    response: reportsError(415, 'unsupported-media-type', 'Send application/x-www-form-urlencoded or application/json.'),
  };
}
