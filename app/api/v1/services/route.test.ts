import { describe, expect, it, vi } from 'vitest';

// lib/data/server.ts guards against client bundles with 'server-only', which throws outside Next's server build.
vi.mock('server-only', () => ({}));

const { GET: listServices } = await import('./route');
const { GET: getService } = await import('./[id]/route');

const BASE = 'http://localhost/api/v1/services';
const params = (id: string): { params: Promise<{ id: string }> } => ({ params: Promise.resolve({ id }) });

describe('GET /api/v1/services', () => {
  it('lists every service in English by default', async () => {
    const response = listServices(new Request(BASE));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { lang: string; count: number; services: Array<{ id: string; name: string }> };
    expect(body.lang).toBe('en');
    expect(body.count).toBeGreaterThanOrEqual(80);
    expect(body.services.find((service) => service.id === 'employment-insurance')?.name).toBe('Employment Insurance (EI) regular benefits');
  });

  it('filters by life event and order, in French', async () => {
    const response = listServices(new Request(`${BASE}?lang=fr&lifeEvent=retiring&order=federal`));
    const body = (await response.json()) as { services: Array<{ id: string; name: string; order: string }> };
    expect(body.services.length).toBeGreaterThan(0);
    expect(body.services.every((service) => service.order === 'federal')).toBe(true);
    expect(body.services.find((service) => service.id === 'old-age-security')?.name).toBe('Pension de la Sécurité de la vieillesse (SV)');
  });

  it.each([
    ['?lang=de', 400, 'invalid-parameter', 'lang', /^lang: must be one of: en, fr$/],
    ['?lang=%3Cscript%3E', 400, 'invalid-parameter', 'lang', /^lang: must be one of/],
    ['?lang=', 400, 'invalid-parameter', 'lang', /^lang: must be/],
    ['?order=%3Cscript%3Ealert(1)%3C/script%3E', 400, 'invalid-parameter', 'order', /^order: must be one of: federal/],
    ['?lifeEvent=winning-the-lottery', 404, 'not-found', 'lifeEvent', /No life event has this id/],
    ['?lifeEvent=%3Cscript%3E', 404, 'not-found', 'lifeEvent', /No life event has this id/],
  ])('answers %s with %i and the API’s one error shape, never echoing the input', async (query, status, code, parameter, message) => {
    const response = listServices(new Request(`${BASE}${query}`));
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(text).not.toMatch(/script|lottery|[<>]/);
    expect(JSON.parse(text)).toEqual({
      error: {
        code,
        message: expect.stringMatching(message),
        parameter,
        ...(status === 400 ? { details: [expect.objectContaining({ parameter })] } : {}),
      },
    });
  });
});

describe('GET /api/v1/services/[id]', () => {
  it('returns one service with its in-person delivery points', async () => {
    const response = await getService(new Request(`${BASE}/passport-urgent?lang=fr`), params('passport-urgent'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      service: { name: string; channels: { phones: Array<{ number: string }>; inPerson: { requiredFeatures: string[] } } };
      deliveryPoints: { count: number; servicePointIds: string[] };
    };
    expect(body.service.name).toBe('Service de passeport urgent');
    expect(body.service.channels.phones[0]?.number).toBe('1-800-567-6868');
    expect(body.service.channels.inPerson.requiredFeatures).toEqual(['urgent']);
    expect(body.deliveryPoints.count).toBeGreaterThan(0);
    expect(body.deliveryPoints.servicePointIds).toHaveLength(body.deliveryPoints.count);
  });

  it('returns no delivery points for an online-only service', async () => {
    const body = (await (await getService(new Request(`${BASE}/canada-child-benefit`), params('canada-child-benefit'))).json()) as {
      deliveryPoints: { count: number };
    };
    expect(body.deliveryPoints.count).toBe(0);
  });

  it.each(['no-such-service', '../../etc/passwd', 'Employment-Insurance', ''])('answers unknown id "%s" with 404 JSON', async (id) => {
    const response = await getService(new Request(`${BASE}/${encodeURIComponent(id)}`), params(id));
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'not-found', message: 'No service has this id: see /api/v1/services.', parameter: 'id' },
    });
    if (id !== '') expect(text).not.toContain(id);
  });

  it('answers a bad lang with 400 even for a known id', async () => {
    const response = await getService(new Request(`${BASE}/passport?lang=EN`), params('passport'));
    expect(response.status).toBe(400);
  });
});
