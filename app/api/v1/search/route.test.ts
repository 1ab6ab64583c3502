import { describe, expect, it, vi } from 'vitest';

// lib/data/server.ts and lib/search/server.ts guard against client bundles with 'server-only', which throws outside Next's server build.
vi.mock('server-only', () => ({}));

const { GET } = await import('./route');

const BASE = 'http://localhost/api/v1/search';

interface ProblemBody {
  error: { code: string; message: string; parameter: string; details: Array<{ parameter: string; message: string }> };
}

interface SearchBody {
  query: {
    q: string;
    near: string | null;
    lang: string;
    limit: number;
    offset: number;
    at: string;
    matched: Array<{ id: string; kind: string }>;
  };
  notice: string | null;
  message: string | null;
  place: { status: string; precision?: string; understoodAs?: string; reason?: string; province?: string | null } | null;
  services: Array<{
    id: string;
    name: string;
    order: string;
    online?: string;
    phones: Array<{ number: string }>;
    inPerson: boolean;
    path: string;
  }>;
  total: number;
  results: Array<{
    id: string;
    name: string;
    type: string;
    distanceKm: number | null;
    precision: string;
    approximate: boolean;
    host: { id: string; name: string; order: string } | null;
    providers: Array<{ id: string; name: string; order: string }>;
    services: Array<{ id: string; name: string }>;
    status: { state: string };
    path: string;
  }>;
}

/** Builds the query string by hand so raw bytes (invalid UTF-8) reach the handler as they would from a client. */
async function get(query: string): Promise<{ status: number; text: string }> {
  const response = GET(new Request(`${BASE}?${query}`));
  return { status: response.status, text: await response.text() };
}

describe('GET /api/v1/search', () => {
  it('answers a need and a postal code with services, their channels and the nearest points', async () => {
    const { status, text } = await get('q=passport&near=K1A%200B1&at=2026-11-23T15:00:00Z&limit=3');
    expect(status).toBe(200);
    const body = JSON.parse(text) as SearchBody;
    expect(body.query).toMatchObject({ q: 'passport', near: 'K1A 0B1', lang: 'en', limit: 3, offset: 0, at: '2026-11-23T15:00:00.000Z' });
    expect(body.query.matched[0]).toMatchObject({ id: 'passport', kind: 'service' });
    expect(body.place).toMatchObject({ status: 'resolved', precision: 'postal-code', understoodAs: 'postal-code', province: 'ON' });
    const passport = body.services.find((s) => s.id === 'passport')!;
    expect(passport).toMatchObject({ name: 'Canadian passport', order: 'federal', inPerson: true, path: '/en/services/passport' });
    expect(passport.online).toMatch(/^https:\/\//);
    expect(passport.phones.length).toBeGreaterThan(0);
    expect(body.notice).toBeNull();
    expect(body.message).toBeNull();
    expect(body.total).toBeGreaterThan(3);
    expect(body.results).toHaveLength(3);
    const first = body.results[0]!;
    expect(first.distanceKm).toBeGreaterThanOrEqual(0);
    expect(first.distanceKm!).toBeLessThan(10);
    expect(first.host).toMatchObject({ id: 'gc-service-canada', order: 'federal' });
    expect(first.providers.length).toBeGreaterThan(0);
    expect(first.services.map((s) => s.id)).toContain('passport');
    expect(first.status.state).toBe('open');
    expect(['exact', 'postal-code', 'locality']).toContain(first.precision);
    expect(first.path).toMatch(/^\/en\/locations\/[a-z0-9-]+$/);
    const distances = body.results.map((r) => r.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('answers in French with French paths', async () => {
    const body = JSON.parse((await get('q=assurance%20emploi&near=Trois-Rivi%C3%A8res&lang=fr&limit=2')).text) as SearchBody;
    expect(body.services[0]).toMatchObject({ id: 'employment-insurance', path: '/fr/services/employment-insurance' });
    expect(body.results[0]!.path).toMatch(/^\/fr\/lieux\//);
  });

  it('lists the services of a need without a place, and says a place is needed for points', async () => {
    const body = JSON.parse((await get('q=EI')).text) as SearchBody;
    expect(body.services[0]!.id).toBe('employment-insurance');
    expect(body.results).toEqual([]);
    expect(body.notice).toBe('needs-place');
    expect(body.message).toMatch(/Give a place/);
  });

  // Richmond now searches from Richmond, BC (much larger) with the others offered; Vanier (Ottawa / Québec) is a real choice
  it('offers choices for an ambiguous place', async () => {
    const body = JSON.parse((await get('q=passport&near=Vanier')).text) as {
      notice: string;
      place: { status: string; choices: Array<{ province: string }> };
    };
    expect(body.notice).toBe('place-ambiguous');
    expect(new Set(body.place.choices.map((c) => c.province)).size).toBeGreaterThan(1);
  });

  describe('bad input: a 400 naming the parameter, or an explained empty result; never a 500, never raw markup', () => {
    it.each([
      ['a 10,000-character query', `q=${'a'.repeat(10_000)}`, 'q'],
      ['a NUL byte', 'q=pass%00port', 'q'],
      ['a lone surrogate (invalid UTF-8)', 'q=pass%ED%A0%80port', 'q'],
      ['a control character in the place', 'q=passport&near=Ottawa%07', 'near'],
      ['a latitude out of range', 'q=passport&lat=100&lon=-75', 'lat'],
      ['a latitude without longitude', 'q=passport&lat=45.4', 'lon'],
      ['a longitude without latitude', 'q=passport&lon=-75.7', 'lat'],
      ['a negative limit', 'q=passport&limit=-1', 'limit'],
      ['a zero limit', 'q=passport&limit=0', 'limit'],
      ['a huge limit', 'q=passport&limit=1000', 'limit'],
      ['a fractional limit', 'q=passport&limit=2.5', 'limit'],
      ['a non-numeric limit', 'q=passport&limit=abc', 'limit'],
      ['a negative offset', 'q=passport&offset=-5', 'offset'],
      ['a non-numeric distance', 'q=passport&within=far', 'within'],
      ['an instant without a time zone', 'q=passport&at=2026-11-23T10:00', 'at'],
      ['an instant that is not a date', 'q=passport&at=tomorrow', 'at'],
      ['an impossible date', 'q=passport&at=2026-13-45T99:00:00Z', 'at'],
      ['an instant after the shipped time-zone data', 'q=passport&near=K1A0B1&at=2050-01-01T00:00Z', 'at'],
      ['an instant before the shipped time-zone data', 'q=passport&near=K1A0B1&at=1999-12-31T12:00Z', 'at'],
      ['an instant in the look-ahead margin at the end of the data', 'q=passport&near=K1A0B1&at=2040-12-31T12:00Z', 'at'],
      ['an unknown order', 'q=passport&order=galactic', 'order'],
      ['an unknown type', 'q=passport&type=spaceport', 'type'],
      ['an unknown language', 'q=passport&lang=de', 'lang'],
      ['an unknown service language', 'q=passport&language=es', 'language'],
      ['markup as a life event id', 'event=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'event'],
    ])('%s → 400', async (_label, query, param) => {
      const { status, text } = await get(query);
      expect(status).toBe(400);
      const body = JSON.parse(text) as ProblemBody;
      expect(body.error.code).toBe('invalid-parameter');
      expect(body.error.details.map((p) => p.parameter)).toContain(param);
      expect(body.error.parameter).toBe(body.error.details[0]!.parameter);
      for (const problem of body.error.details) expect(problem.message.length).toBeGreaterThan(10);
      if (param === 'at') expect(body.error.message).toMatch(/from 2020-01-01T00:00:00\.000Z to 2040-11-2\dT00:00:00\.000Z/);
      expect(text).not.toContain('<script');
      expect(text).not.toContain('aaaaaaaaaa');
    });

    it.each([
      ['an empty query', 'q=', 'needs-query'],
      ['no parameters at all', '', 'needs-query'],
      ['a blank query', 'q=%20%20%20&near=Ottawa', 'needs-query'],
      ['emoji only', `q=${encodeURIComponent('🛂🛂')}&near=Ottawa`, 'no-match'],
      ['SQL injection', `q=${encodeURIComponent("' OR 1=1 --")}&near=Ottawa`, 'no-match'],
      ['HTML and script', `q=${encodeURIComponent('<script>alert(1)</script>')}&near=Ottawa`, 'no-match'],
      ['an unknown place', 'q=passport&near=Atlantis', 'place-unknown'],
      ['an unknown postal code', 'q=passport&near=X0X%200X9', 'place-unknown'],
      ['coordinates outside Canada', 'q=passport&lat=10&lon=10', 'place-invalid'],
    ])('%s → 200 with notice and message', async (_label, query, notice) => {
      const { status, text } = await get(query);
      expect(status).toBe(200);
      const body = JSON.parse(text) as SearchBody;
      expect(body.notice).toBe(notice);
      expect(body.message).toEqual(expect.any(String));
      expect(body.results).toEqual([]);
      expect(text).not.toContain('<script');
    });

    it('says why coordinates outside Canada are refused', async () => {
      const body = JSON.parse((await get('q=passport&lat=10&lon=10')).text) as SearchBody;
      expect(body.place).toEqual({ status: 'invalid', reason: 'coordinates-out-of-range' });
    });

    it('turns line breaks and tabs in the need into spaces', async () => {
      const body = JSON.parse((await get(`q=${encodeURIComponent('passport\r\nX-Injected: 1\t')}`)).text) as SearchBody;
      expect(body.query.q).toBe('passport X-Injected: 1');
    });

    it('echoes the query JSON-escaped, so markup in it never appears raw', async () => {
      const { text } = await get(`q=${encodeURIComponent('<script>alert(1)</script>')}`);
      expect(text).not.toMatch(/[<>]/);
      expect((JSON.parse(text) as SearchBody).query.q).toBe('<script>alert(1)</script>');
    });

    it('treats emoji inside a real need as noise', async () => {
      const body = JSON.parse((await get(`q=${encodeURIComponent('passport 🛂')}&near=Ottawa&limit=1`)).text) as SearchBody;
      expect(body.services[0]!.id).toBe('passport');
      expect(body.results).toHaveLength(1);
    });

    it('does not interpret fuse.js extended-search operators', async () => {
      const { status, text } = await get(`q=${encodeURIComponent("'pass | ^ei !x =y")}&near=Ottawa`);
      expect(status).toBe(200);
      const body = JSON.parse(text) as SearchBody;
      expect(body.query.q).toBe("'pass | ^ei !x =y");
      expect(body.notice === null || body.notice === 'no-match').toBe(true);
    });

    it('accepts the limits of each range', async () => {
      for (const query of [
        'q=passport&near=Ottawa&limit=1',
        'q=passport&near=Ottawa&limit=100',
        'q=passport&lat=45.42&lon=-75.69&within=5000&offset=10000',
      ]) {
        expect((await get(query)).status, query).toBe(200);
      }
    });

    // A well-formed but unknown id would otherwise be ignored by the engine, and the answer would look unfiltered.
    it('rejects an unknown life event id instead of ignoring the filter', async () => {
      const { status, text } = await get('q=passport&near=Ottawa&event=winning-the-lottery');
      expect(status).toBe(400);
      expect((JSON.parse(text) as ProblemBody).error.details.map((p) => p.parameter)).toContain('event');
    });
  });
});
