import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cacheControlFor, cached, etagFor, matchesIfNoneMatch, pickEncoding } from './cache';

const BIG = { rows: Array.from({ length: 400 }, (_, i) => ({ i, name: `row ${i}` })) };
const json = (body: unknown, init?: ResponseInit) => new Response(JSON.stringify(body), { ...init, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } });

describe('cached API answers', () => {
  it('gives stable answers a shared-cache lifetime with stale-while-revalidate', () => {
    expect(cacheControlFor('stable')).toBe('public, max-age=60, s-maxage=300, stale-while-revalidate=600');
  });

  it('ends per-minute answers with their minute, and never serves them stale', () => {
    expect(cacheControlFor('minute', new Date('2026-11-23T15:00:00Z'))).toBe('public, max-age=60, stale-while-revalidate=0');
    expect(cacheControlFor('minute', new Date('2026-11-23T15:00:45Z'))).toBe('public, max-age=15, stale-while-revalidate=0');
    expect(cacheControlFor('minute', new Date('2026-11-23T15:00:59.900Z'))).toBe('public, max-age=1, stale-while-revalidate=0');
  });

  it('changes the ETag with the URL, the data versions and, for per-minute answers, the minute', () => {
    const url = new URL('http://x/api/v1/search?q=passport&near=Ottawa');
    const at = new Date('2026-11-23T15:00:10Z');
    const base = etagFor(url, ['s1', 'c1'], 'minute', at);
    expect(base).toMatch(/^W\/"[\w-]{22}"$/);
    expect(etagFor(url, ['s1', 'c1'], 'minute', new Date('2026-11-23T15:00:50Z'))).toBe(base);
    expect(etagFor(url, ['s1', 'c1'], 'minute', new Date('2026-11-23T15:01:00Z'))).not.toBe(base);
    expect(etagFor(url, ['s2', 'c1'], 'minute', at)).not.toBe(base);
    expect(etagFor(new URL('http://x/api/v1/search?q=passport&near=Hull'), ['s1', 'c1'], 'minute', at)).not.toBe(base);
    expect(etagFor(url, ['s1', 'c1'], 'stable', at)).toBe(etagFor(url, ['s1', 'c1'], 'stable', new Date('2027-01-01T00:00:00Z')));
  });

  it('matches If-None-Match weakly, in lists and with *', () => {
    expect(matchesIfNoneMatch('W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesIfNoneMatch('*', 'W/"abc"')).toBe(true);
    expect(matchesIfNoneMatch('W/"abd"', 'W/"abc"')).toBe(false);
    expect(matchesIfNoneMatch(null, 'W/"abc"')).toBe(false);
  });

  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(pickEncoding('identity')).toBe('identity');
    expect(pickEncoding(null)).toBe('identity');
    expect(pickEncoding('*')).toBe('br');
  });

  it('answers 304 without running the handler when If-None-Match has the ETag', async () => {
    let runs = 0;
    const GET = cached({ freshness: 'stable', versions: () => ['v1'] }, () => (runs++, json(BIG)));
    const first = GET(new Request('http://x/api/v1/services?lang=en'));
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('vary')).toBe('Accept-Encoding');
    expect(first.headers.get('cache-control')).toContain('stale-while-revalidate');
    expect(((await first.json()) as typeof BIG).rows).toHaveLength(400);
    const second = GET(new Request('http://x/api/v1/services?lang=en', { headers: { 'If-None-Match': etag } }));
    expect(second.status).toBe(304);
    expect(second.headers.get('etag')).toBe(etag);
    expect(await second.text()).toBe('');
    expect(runs).toBe(1);
  });

  it('compresses per Accept-Encoding, sync and async handlers alike', async () => {
    const GET = cached({ freshness: 'minute' }, () => json(BIG));
    const gzip = GET(new Request('http://x/a', { headers: { 'Accept-Encoding': 'gzip' } }));
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString('utf8'))).toEqual(BIG);
    const ASYNC = cached({ freshness: 'stable' }, async () => json(BIG));
    for (let i = 0; i < 2; i++) {
      // the second answer comes from the compressed copy kept for stable answers
      const br = await ASYNC(new Request('http://x/b', { headers: { 'Accept-Encoding': 'br' } }));
      expect(br.headers.get('content-encoding')).toBe('br');
      expect(br.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(JSON.parse(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString('utf8'))).toEqual(BIG);
    }
  });

  it('passes errors through unchanged (no-store, no ETag)', () => {
    const GET = cached({ freshness: 'stable' }, () => json({ error: {} }, { status: 404 }));
    const response = GET(new Request('http://x/api/v1/services/nope', { headers: { 'Accept-Encoding': 'br' } }));
    expect(response.status).toBe(404);
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-encoding')).toBeNull();
  });
});
