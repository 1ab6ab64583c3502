import { describe, expect, it } from 'vitest';
import { GET as getLifeEvent } from './[id]/route';
import { GET as listLifeEvents } from './route';

const BASE = 'http://localhost/api/v1/life-events';
const params = (id: string): { params: Promise<{ id: string }> } => ({ params: Promise.resolve({ id }) });

describe('GET /api/v1/life-events', () => {
  it('lists the 12 life events with their service counts', async () => {
    const response = listLifeEvents(new Request(`${BASE}?lang=fr`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { count: number; lifeEvents: Array<{ id: string; name: string; serviceCount: number }> };
    expect(body.count).toBe(12);
    expect(body.lifeEvents.find((lifeEvent) => lifeEvent.id === 'death-of-a-loved-one')?.name).toBe('Décès d’un proche');
    expect(body.lifeEvents.every((lifeEvent) => lifeEvent.serviceCount >= 4)).toBe(true);
  });

  it('rejects a bad lang with 400 JSON', async () => {
    const response = listLifeEvents(new Request(`${BASE}?lang=es`));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'invalid-parameter',
        message: 'lang: must be one of: en, fr',
        parameter: 'lang',
        details: [{ parameter: 'lang', message: 'must be one of: en, fr' }],
      },
    });
  });
});

describe('GET /api/v1/life-events/[id]', () => {
  it('returns a life event with its services grouped by government', async () => {
    const response = await getLifeEvent(new Request(`${BASE}/veterans-and-families`), params('veterans-and-families'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      lifeEvent: { name: string; serviceCount: number; governments: Array<{ order: string; services: unknown[] }> };
    };
    expect(body.lifeEvent.name).toBe('Veterans and their families');
    expect(body.lifeEvent.serviceCount).toBeGreaterThanOrEqual(51);
    expect(body.lifeEvent.governments[0]?.order).toBe('federal');
  });

  it.each(['no-such-event', 'Retiring', '%00'])('answers unknown id "%s" with 404 JSON', async (id) => {
    const response = await getLifeEvent(new Request(`${BASE}/${encodeURIComponent(id)}`), params(id));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'not-found', message: 'No life event has this id: see /api/v1/life-events.', parameter: 'id' },
    });
  });

  it('rejects a bad lang with 400 JSON', async () => {
    const response = await getLifeEvent(new Request(`${BASE}/retiring?lang=xx`), params('retiring'));
    expect(response.status).toBe(400);
  });
});
