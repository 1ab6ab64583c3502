import { describe, expect, it, vi } from 'vitest';

// lib/data/server.ts and lib/search/server.ts guard against client bundles with 'server-only', which throws outside Next's server build.
vi.mock('server-only', () => ({}));

const { GET } = await import('./route');
const search = await import('../route');

interface MapBody {
  total: number;
  points: Array<{ id: string; lat: number; lon: number; label: string; href: string; approximate: boolean }>;
}

const get = (query: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/api/v1/search/map?${query}`, { headers }));

describe('GET /api/v1/search/map', () => {
  it('gives the nearest 100 points of the whole list, nearest first, the same for every page of the search', async () => {
    const first = (await (await get('q=passport&near=K1A0B1')).json()) as MapBody;
    const later = (await (await get('q=passport&near=K1A0B1&offset=40&limit=10')).json()) as MapBody;
    expect(first.total).toBeGreaterThan(100);
    expect(first.points).toHaveLength(100);
    expect(later).toEqual(first);
    // the same points the search lists first, in the same order of distance
    const listed = (await (await search.GET(new Request('http://localhost/api/v1/search?q=passport&near=K1A0B1&limit=50'))).json()) as {
      results: Array<{ id: string; distanceKm: number }>;
    };
    const distances = new Map(listed.results.map((r) => [r.id, r.distanceKm]));
    const firstFifty = first.points.slice(0, 50).map((p) => distances.get(p.id));
    expect(firstFifty.every((d) => d !== undefined)).toBe(true);
    expect(firstFifty).toEqual([...firstFifty].sort((a, b) => a! - b!));
  });

  it('names and links the points in the language asked for', async () => {
    const fr = (await (await get('q=passeport&near=Gatineau&lang=fr')).json()) as MapBody;
    expect(fr.points.length).toBeGreaterThan(0);
    for (const point of fr.points) expect(point.href).toMatch(/^\/fr\/lieux\//);
    const en = (await (await get('q=passport&near=Gatineau')).json()) as MapBody;
    for (const point of en.points) expect(point.href).toMatch(/^\/en\/locations\//);
  });

  it('has as many points as the list when it is shorter than 100, and none for a need that matches nothing', async () => {
    const few = (await (await get('q=passport&near=K1A0B1&within=5')).json()) as MapBody;
    expect(few.total).toBeLessThan(100);
    expect(few.points).toHaveLength(few.total);
    const none = (await (await get('q=zzzzqqqq&near=K1A0B1')).json()) as MapBody;
    expect(none).toEqual({ total: 0, points: [] });
  });

  it('is cacheable all day, or for the minute when it keeps only what is open now; 304 on its ETag', async () => {
    const stable = await get('q=passport&near=K1A0B1');
    expect(stable.headers.get('cache-control')).toMatch(/s-maxage=300/);
    const etag = stable.headers.get('etag')!;
    expect((await get('q=passport&near=K1A0B1', { 'If-None-Match': etag })).status).toBe(304);
    const open = await get('q=passport&near=K1A0B1&open=1');
    expect(open.headers.get('cache-control')).toMatch(/^public, max-age=\d+, stale-while-revalidate=0$/);
    expect((await get('q=passport&near=K1A0B1&open=1&at=2026-11-23T15:00:00Z')).headers.get('cache-control')).toMatch(/s-maxage=300/);
  });

  it('answers a bad parameter with a 400 naming it, as the search does', async () => {
    const response = await get('q=passport&lang=de');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { parameter: string } }).error.parameter).toBe('lang');
  });
});
