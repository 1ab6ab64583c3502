/**
 * Lets `next start` compress route-handler answers (JSON, GeoJSON, CSV, iCalendar…) as it already compresses pages,
 * whatever server is, or is not, in front of it.
 *
 * Why they were sent uncompressed (Next 16.4): Next copies a handler's headers onto the Node response with
 * NodeNextResponse.appendHeader (next/dist/server/base-http/node.js), which stores every header as an array, so
 * Content-Type becomes ['application/json; charset=utf-8']. The compression middleware that `next start` puts in
 * front of every response (next.config `compress`, on by default) decides with compressible(Content-Type), which
 * accepts only a string: every handler answer was "filtered" out (vercel/next.js#98007; fix proposed in #98044).
 * A handler cannot compress its own body instead: Next drops the Content-Encoding it sets (FORBIDDEN_HEADERS in
 * next/dist/server/send-response.js).
 *
 * The fix: a one-value Content-Type array is stored as the string it is sent as (the bytes on the wire are the same),
 * so the middleware's own rules apply: gzip or deflate as Accept-Encoding allows, nothing under 1 KB, nothing marked
 * Cache-Control: no-transform, Vary: Accept-Encoding added. Installed once at server start (instrumentation.ts).
 */
import type { OutgoingHttpHeader, ServerResponse } from 'node:http';

const INSTALLED = Symbol.for('guichet.single-content-type');

type SetHeader = ServerResponse['setHeader'];

export function storeContentTypeAsString(prototype: { setHeader: SetHeader }): void {
  const target = prototype as { setHeader: SetHeader; [INSTALLED]?: true };
  if (target[INSTALLED]) return;
  const setHeader = target.setHeader;
  target.setHeader = function (this: ServerResponse, name: string, value: OutgoingHttpHeader) {
    const single = Array.isArray(value) && value.length === 1 && name.toLowerCase() === 'content-type' ? value[0]! : value;
    return setHeader.call(this, name, single);
  } as SetHeader;
  target[INSTALLED] = true;
}
