import { describe, expect, it, vi } from 'vitest';

// lib/data/server.ts guards against client bundles with 'server-only', which throws outside Next's server build.
vi.mock('server-only', () => ({}));
const { GET } = await import('./route');

const call = (id: string, query = '') =>
  GET(new Request(`http://localhost/api/v1/locations/${id}${query}`), { params: Promise.resolve({ id }) });

describe('GET /api/v1/locations/{id}', () => {
  it('evaluates open status in the office’s own zone at the requested instant', async () => {
    // St. John's Service Canada Centre: Mon–Fri 08:30–16:00 Newfoundland time (UTC−3:30 in November)
    const open = await (await call('sc-1137', '?at=2026-11-23T19:00:00Z')).json(); // 15:30 local
    expect(open.status.state).toBe('closes-soon');
    expect(open.status.closesAt.time).toBe('16:00');
    const closed = await (await call('sc-1137', '?at=2026-11-23T19:31:00Z')).json(); // 16:01 local
    expect(closed.status.state).toBe('closed');
    expect(closed.nextOpening.date).toBe('2026-11-24');
    expect(open.links).toEqual({ en: expect.stringMatching(/^\/en\/locations\//), fr: expect.stringMatching(/^\/fr\/lieux\//) });
    expect(open.services.some((s: { provider: { id: string } }) => s.provider.id === 'gc-service-canada')).toBe(true);
  });

  it('closes a federal office on Christmas', async () => {
    const body = await (await call('sc-1137', '?at=2026-12-25T15:00:00Z')).json();
    expect(body.status).toMatchObject({ state: 'closed', reason: 'holiday' });
  });

  it('answers 404 for an unknown id and 400 for a bad instant, never 500', async () => {
    expect((await call('no-such-point')).status).toBe(404);
    expect((await call('<script>')).status).toBe(404);
    expect((await call('sc-1137', '?at=tomorrow')).status).toBe(400);
    const outOfRange = await call('sc-1137', '?at=2050-01-01T00:00Z');
    expect(outOfRange.status).toBe(400);
    expect(await outOfRange.json()).toEqual({
      error: {
        code: 'invalid-parameter',
        message: expect.stringMatching(/^at: must be an ISO 8601 instant .* from 2020-01-01T00:00:00\.000Z to 2040-/),
        parameter: 'at',
        details: [expect.objectContaining({ parameter: 'at' })],
      },
    });
    const unknown = await call('<script>');
    expect(await unknown.text()).not.toContain('<script>');
  });
});
