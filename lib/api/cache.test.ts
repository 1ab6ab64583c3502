import { describe, expect, it } from 'vitest';
import { cacheControlFor, cached, etagFor, matchesIfNoneMatch } from './cache';

const BIG = { rows: Array.from({ length: 400 }, (_, i) => ({ i, name: `row ${i}` })) };
const json = (body: unknown, init?: ResponseInit) =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });

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

  it('leaves compression to the server in front (Next drops a Content-Encoding set by a handler), sync and async alike', async () => {
    for (const GET of [cached({ freshness: 'minute' }, () => json(BIG)), cached({ freshness: 'stable' }, async () => json(BIG))]) {
      const response = await GET(new Request('http://x/a', { headers: { 'Accept-Encoding': 'gzip, br' } }));
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('etag')).toMatch(/^W\//);
      expect(await response.json()).toEqual(BIG);
    }
  });

  it('answers If-None-Match: * with 304 only when there is an answer: a 404 or 400 stays one', async () => {
    const found = cached({ freshness: 'stable' }, () => json(BIG));
    const any = { headers: { 'If-None-Match': '*' } };
    const hit = await found(new Request('http://x/api/v1/services/passport', any));
    expect(hit.status).toBe(304);
    expect(hit.headers.get('etag')).toMatch(/^W\//);
    const missing = cached({ freshness: 'stable' }, () => json({ error: {} }, { status: 404 }));
    expect((await missing(new Request('http://x/api/v1/services/nope', any))).status).toBe(404);
    const bad = cached({ freshness: 'stable' }, async () => json({ error: {} }, { status: 400 }));
    expect((await bad(new Request('http://x/api/v1/search?lat=999', any))).status).toBe(400);
  });

  it('passes errors through unchanged (no-store, no ETag)', () => {
    const GET = cached({ freshness: 'stable' }, () => json({ error: {} }, { status: 404 }));
    const response = GET(new Request('http://x/api/v1/services/nope'));
    expect(response.status).toBe(404);
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
