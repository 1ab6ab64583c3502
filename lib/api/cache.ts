/**
 * Cacheable API answers: Cache-Control for shared caches (nginx, a CDN) with stale-while-revalidate, an ETag tied to
 * the data versions (snapshot, catalogue) and to the minute when the answer depends on the clock, 304 on If-None-Match
 * without computing the body, and the body compressed (brotli or gzip, per Accept-Encoding) by the handler itself, so
 * JSON and GeoJSON go out compressed whatever server or proxy is in front (`next start` compresses pages and static
 * files but not route-handler responses; see README "Performance and caching").
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
import { Duplex } from 'node:stream';
import { constants as zlib, createBrotliCompress, createGzip } from 'node:zlib';
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

type Encoding = 'br' | 'gzip' | 'identity';

/** br when accepted, else gzip, else identity (q=0 refuses a coding). */
export function pickEncoding(acceptEncoding: string | null): Encoding {
  if (!acceptEncoding) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    if (name) accepted.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

/** Compressed bodies of 'stable' answers, by ETag and coding (the province outlines are 145 KB of GeoJSON). */
const compressedCache = new Map<string, Uint8Array>();
const COMPRESSED_CACHE_ENTRIES = 64;

function remember(key: string, bytes: Uint8Array): void {
  if (compressedCache.size >= COMPRESSED_CACHE_ENTRIES) compressedCache.delete(compressedCache.keys().next().value!);
  compressedCache.set(key, bytes);
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
  const digest = createHash('sha256').update([url.pathname, url.search, releaseId(), ...versions, minute].join('\n')).digest('base64url').slice(0, 22);
  return `W/"${digest}"`;
}

function compressStream(body: ReadableStream<Uint8Array>, encoding: 'br' | 'gzip', size: number | undefined): ReadableStream<Uint8Array> {
  const transform =
    encoding === 'br'
      ? createBrotliCompress({ params: { [zlib.BROTLI_PARAM_QUALITY]: 5, ...(size ? { [zlib.BROTLI_PARAM_SIZE_HINT]: size } : {}) } })
      : createGzip({ level: 6 });
  return body.pipeThrough(Duplex.toWeb(transform) as unknown as TransformStream<Uint8Array, Uint8Array>);
}

/**
 * Wraps a GET route handler so that shared caches may keep its 200 answers: 304 when If-None-Match has the ETag
 * (the handler is not run), else the handler's answer with Cache-Control, ETag and Vary set and its body compressed
 * per Accept-Encoding. Other statuses (400, 404…) pass through unchanged (they say no-store). The ETag covers the path
 * and query (a cache keys on them anyway), the release, the data versions, and for 'minute' answers the minute.
 * A synchronous handler stays synchronous (the body is compressed as a stream).
 */
export function cached<A extends unknown[], R extends Response | Promise<Response>>(options: CachedOptions, handler: (request: Request, ...rest: A) => R): (request: Request, ...rest: A) => R {
  return (request: Request, ...rest: A): R => {
    const now = new Date();
    const url = new URL(request.url);
    const freshness = typeof options.freshness === 'function' ? options.freshness(url) : options.freshness;
    const etag = etagFor(url, options.versions?.() ?? [], freshness, now);
    const headers = new Headers({
      'Cache-Control': cacheControlFor(freshness, now),
      ETag: etag,
      // The body varies with Accept-Encoding only: the language and every other input are in the URL.
      Vary: 'Accept-Encoding',
    });
    // A plain Response is awaited as itself, so async handlers' callers get it too.
    if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers }) as R;
    const memoKey = freshness === 'stable' ? etag : undefined;
    const finish = (response: Response): Response => {
      if (response.status !== 200 || response.headers.has('Content-Encoding') || response.body === null) return response;
      for (const [name, value] of response.headers) if (!headers.has(name) && name !== 'content-length') headers.set(name, value);
      const encoding = pickEncoding(request.headers.get('accept-encoding'));
      if (encoding === 'identity') return new Response(response.body, { status: 200, headers });
      headers.set('Content-Encoding', encoding);
      const memo = memoKey && compressedCache.get(`${memoKey} ${encoding}`);
      if (memo) return new Response(memo as BodyInit, { status: 200, headers });
      const compressed = compressStream(response.body, encoding, undefined);
      if (!memoKey) return new Response(compressed, { status: 200, headers });
      // Stable answers (the province outlines, the catalogue) are compressed once per release and data version.
      const [sent, kept] = compressed.tee();
      void new Response(kept).arrayBuffer().then((buffer) => remember(`${memoKey} ${encoding}`, new Uint8Array(buffer)), () => undefined);
      return new Response(sent, { status: 200, headers });
    };
    const result = handler(request, ...rest);
    return (result instanceof Promise ? result.then(finish) : finish(result)) as R;
  };
}
