import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));

const access = await import('./access/route');
const gaps = await import('./gaps/route');
const opportunities = await import('./opportunities/route');
const BASE = 'http://localhost/api/v1/planning';

describe('GET /api/v1/planning/*', () => {
  it('answers access in JSON by default, with placement and the rows of a chosen organization', async () => {
    const response = access.GET(new Request(`${BASE}/access?organization=gc-service-canada&within=50`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      estimate: string;
      placement: Array<{ region: string }>;
      rows: Array<{ region: string; radiusKm: number; shareWithin: number }>;
    };
    expect(body.estimate).toMatch(/straight lines/);
    expect(body.placement).toHaveLength(14);
    expect(body.rows).toHaveLength(15);
    expect(body.rows.every((row) => row.radiusKm === 50)).toBe(true);
    expect(body.rows.find((row) => row.region === 'CA')!.shareWithin).toBeGreaterThan(0.9);
  });

  it('gives CSV that parses and adds up: provinces sum to Canada', async () => {
    const response = access.GET(new Request(`${BASE}/access?order=federal&format=csv`));
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...lines] = (await response.text()).trim().split('\r\n');
    const columns = header!.split(',');
    const rows = lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [columns[i], value])));
    const at50 = rows.filter((row) => row.radiusKm === '50');
    const canada = at50.find((row) => row.region === 'CA')!;
    const provinces = at50.filter((row) => row.region !== 'CA' && row.region !== 'FNI');
    expect(provinces).toHaveLength(13);
    expect(provinces.reduce((total, row) => total + Number(row.populationWithin), 0)).toBe(Number(canada.populationWithin));
  });

  it('lists gaps of a province beyond the distance asked, and the opportunity tables', async () => {
    const body = (await gaps.GET(new Request(`${BASE}/gaps?province=QC&within=100`)).json()) as {
      rows: Array<{ province: string; nearestKm: number | null }>;
    };
    expect(body.rows.length).toBeGreaterThan(0);
    for (const row of body.rows) {
      expect(row.province).toBe('QC');
      expect(row.nearestKm === null || row.nearestKm > 100).toBe(true);
    }
    const all = (await opportunities.GET(new Request(`${BASE}/opportunities`)).json()) as Record<string, unknown[]>;
    expect(all['counter-gaps']!.length).toBeGreaterThan(0);
    expect(all.partnerships!.length).toBeGreaterThan(0);
    expect(all['shared-counters']!.length).toBeGreaterThan(0);
    const csv = await opportunities.GET(new Request(`${BASE}/opportunities?table=partnerships&format=csv`)).text();
    expect(csv.split('\r\n')[0]).toBe('province,model,providerOrder,hostOrder,sites,services');
  });

  it('refuses bad parameters with the shared error shape, never echoing them', async () => {
    for (const query of ['order=<script>', 'province=ZZ', 'within=-3', 'within=abc', 'format=xml', 'organization=nope<b>']) {
      const response = gaps.GET(new Request(`${BASE}/gaps?${query}`));
      expect(response.status, query).toBe(400);
      const text = await response.text();
      expect(text).not.toMatch(/<script>|ZZ|abc|xml|nope/);
      expect(JSON.parse(text).error.code).toBe('invalid-parameter');
    }
    expect(opportunities.GET(new Request(`${BASE}/opportunities?table=other`)).status).toBe(400);
  });
});
