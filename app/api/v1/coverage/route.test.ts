import { describe, expect, it, vi } from 'vitest';
import type { CoverageView } from '@/lib/coverage';

// lib/data/server.ts guards against client bundles with 'server-only', which throws outside Next's server build.
vi.mock('server-only', () => ({}));

const { GET } = await import('./route');

const BASE = 'http://localhost/api/v1/coverage';

describe('GET /api/v1/coverage', () => {
  it('states the coverage of all 13 provinces and territories in English by default, cacheable', async () => {
    const response = GET(new Request(BASE));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=300, stale-while-revalidate=600');
    const body = (await response.json()) as CoverageView;
    expect(body.lang).toBe('en');
    expect(body.jurisdictions).toHaveLength(13);
    expect(body.jurisdictions.reduce((sum, jurisdiction) => sum + jurisdiction.points, 0)).toBe(body.national.points);
    const quebec = body.jurisdictions.find((jurisdiction) => jurisdiction.code === 'QC')!;
    expect(quebec.name).toBe('Quebec');
    expect(quebec.orders.map((row) => row.key)).toEqual(['federal', 'own', 'municipal', 'indigenous', 'community']);
    expect(quebec.orders[0]!.sources.length).toBeGreaterThan(0);
    expect(quebec.orders[0]!.sources[0]!.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
  });

  it('answers in French, with French names, dates and gap sentences', async () => {
    const body = (await GET(new Request(`${BASE}?lang=fr`)).json()) as CoverageView;
    expect(body.lang).toBe('fr');
    const quebec = body.jurisdictions.find((jurisdiction) => jurisdiction.code === 'QC')!;
    expect(quebec.name).toBe('Québec');
    expect(quebec.orders[0]!.label).toBe('Fédéral');
    expect(body.snapshot.builtAtText).toMatch(/^\d{1,2} [a-zéû]+ \d{4}$/);
    for (const jurisdiction of body.jurisdictions)
      for (const gap of jurisdiction.gaps) expect(gap.text).not.toMatch(/\b(No|Guichet does|offices)\b/);
  });

  it('refuses a language other than en or fr with the shared error shape', async () => {
    const response = GET(new Request(`${BASE}?lang=de`));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; parameter: string } };
    expect(body.error).toMatchObject({ code: 'invalid-parameter', parameter: 'lang' });
  });
});
