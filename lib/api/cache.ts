/**
 * Cacheable API answers: Cache-Control for shared caches (nginx, a CDN) with stale-while-revalidate, an ETag tied to
 * the data versions (snapshot, catalogue) and to the minute when the answer depends on the clock, and 304 on
 * If-None-Match without computing the body.
 *
 * Compression is not done here: `next start` compresses these answers itself once instrumentation.ts has installed
 * lib/api/compression.ts (without it Next 16.4 sends route-handler answers uncompressed), and nginx in front does too
 * (deploy/nginx/guichet.conf); both add `Vary: Accept-Encoding`, which the answers also say themselves.
 *
 * Two kinds of answers:
 *  - 'stable': depends only on the URL and the data versions (catalogue, coverage, sources, boundaries, and any answer
 *    whose URL fixes the instant with `at`). Shared caches keep it 5 minutes and may serve it stale for 10 more while
 *    they revalidate; a new snapshot or catalogue changes the ETag, so revalidation fetches the new answer.
 *  - 'minute': carries an open-now status computed for the current minute (search and location without `at`). Its
 *    lifetime ends with that minute (max-age = seconds left in it) and stale-while-revalidate is 0, so no cache can
 *    show a status for a minute it was not computed for; the ETag includes the minute.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Freshness = 'stable' | 'minute';

/** Shared caches: 5 min fresh + 10 min stale while revalidating; browsers: 1 min. */
export const STABLE_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

export function cacheControlFor(freshness: Freshness, now: Date = new Date()): string {
  if (freshness === 'stable') return STABLE_CACHE_CONTROL;
  const secondsLeft = Math.max(1, 60 - now.getUTCSeconds());
  return `public, max-age=${secondsLeft}, stale-while-revalidate=0`;
}

/** True when If-None-Match names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesIfNoneMatch(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare);
}

export interface CachedOptions {
  /** 'minute' or 'stable', or a choice by URL (an `at` in the query makes a search stable) */
  freshness: Freshness | ((url: URL) => Freshness);
  /** the data the answer is computed from (snapshot version, catalogue version…), read per request */
  versions?: () => readonly string[];
}

/** Identifies the deployed code: a new release changes every ETag even when the data did not change. */
let release: string | undefined;
function releaseId(): string {
  if (release === undefined) {
    try {
      release = process.env.GUICHET_RELEASE ?? readFileSync(join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
    } catch {
      release = 'dev';
    }
  }
  return release;
}

export function etagFor(url: URL, versions: readonly string[], freshness: Freshness, now: Date): string {
  const minute = freshness === 'minute' ? Math.floor(now.getTime() / 60_000).toString(36) : '';
  const digest = createHash('sha256')
    .update([url.pathname, url.search, releaseId(), ...versions, minute].join('\n'))
    .digest('base64url')
    .slice(0, 22);
  return `W/"${digest}"`;
}

/**
 * Wraps a GET route handler so that shared caches may keep its 200 answers: 304 when If-None-Match has the ETag
 * (the handler is not run), else the handler's answer with Cache-Control, ETag and Vary set. Other statuses (400, 404…) pass through unchanged (they say no-store). The ETag covers the path
 * and query (a cache keys on them anyway), the release, the data versions, and for 'minute' answers the minute.
 * A synchronous handler stays synchronous.
 */
export function cached<A extends unknown[], R extends Response | Promise<Response>>(
  options: CachedOptions,
  handler: (request: Request, ...rest: A) => R,
): (request: Request, ...rest: A) => R {
  return (request: Request, ...rest: A): R => {
    const now = new Date();
    const url = new URL(request.url);
    const freshness = typeof options.freshness === 'function' ? options.freshness(url) : options.freshness;
    const etag = etagFor(url, options.versions?.() ?? [], freshness, now);
    const headers = new Headers({
      'Cache-Control': cacheControlFor(freshness, now),
      ETag: etag,
      // The language and every other input are in the URL; the answer may go out compressed (see above).
      Vary: 'Accept-Encoding',
    });
    const ifNoneMatch = request.headers.get('if-none-match');
    // A plain Response is awaited as itself, so async handlers' callers get it too.
    // An ETag the client holds came with a 200 (no other answer carries one): the resource exists, skip the work.
    // "*" names no answer: only the handler knows whether there is one (an unknown id stays a 404, a bad query a 400).
    const anyAnswer = ifNoneMatch?.trim() === '*';
    if (!anyAnswer && matchesIfNoneMatch(ifNoneMatch, etag)) return new Response(null, { status: 304, headers }) as R;
    const finish = (response: Response): Response => {
      if (response.status !== 200 || response.body === null) return response;
      if (anyAnswer) return new Response(null, { status: 304, headers });
      for (const [name, value] of response.headers) if (!headers.has(name) && name !== 'content-length') headers.set(name, value);
      return new Response(response.body, { status: 200, headers });
    };
    const result = handler(request, ...rest);
    return (result instanceof Promise ? result.then(finish) : finish(result)) as R;
  };
}
