import { describe, expect, it, vi } from 'vitest';
import { expectDocumented } from '@/lib/api/expect-documented';

// lib/data/server.ts guards against client bundles with 'server-only', which throws outside Next's server build.
vi.mock('server-only', () => ({}));

const search = await import('./search/route');
const searchMap = await import('./search/map/route');
const services = await import('./services/route');
const service = await import('./services/[id]/route');
const lifeEvents = await import('./life-events/route');
const lifeEvent = await import('./life-events/[id]/route');
const location = await import('./locations/[id]/route');
const coverage = await import('./coverage/route');
const sources = await import('./sources/route');
const boundaries = await import('./boundaries/route');
const access = await import('./planning/access/route');
const gaps = await import('./planning/gaps/route');
const opportunities = await import('./planning/opportunities/route');
const { getCatalogue } = await import('@/lib/catalogue');
const { getSnapshot } = await import('@/lib/data/server');

const request = (path: string) => new Request(`http://localhost${path}`);
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

/** Every answer below is checked against /api/v1/openapi.json: its zod schema and its generated JSON Schema. */
describe('the answers of /api/v1 are what the OpenAPI document says', () => {
  it('search: every notice, place outcome, office gap, replacement and the nearby listing', async () => {
    const queries = [
      'q=passport&near=K1A%200B1&at=2026-11-23T15:00:00Z&limit=3',
      'q=passeport&near=Gatineau&lang=fr&open=1&at=2026-11-28T15:00:00Z',
      'q=RAMQ&near=H2X+1Y4',
      'q=EI&lat=49.28&lon=-123.12&type=service-centre&language=fr&within=50&order=federal',
      'near=K1A0B1',
      'q=passport',
      'q=zzzzqqqq&near=K1A0B1',
      'q=passport&near=Richmond',
      'q=passport&near=Victoria',
      'q=passport&near=X9Z9Z9',
      'q=passport&near=Nowhereville',
      'q=passport&lat=10&lon=10',
      'q=canada+child+benefit&near=K1A0B1',
      'q=canada+pension+plan&near=Montreal',
      'q=service+canada&near=X0A0H0',
      'q=my+mom+died&near=Halifax',
      'q=CRA',
      'event=retiring&near=T2P1J9',
      'type=library&near=M5V3L9&offset=2&limit=2',
    ];
    for (const query of queries) await expectDocumented(search.GET(request(`/api/v1/search?${query}`)), '/api/v1/search');
    await expectDocumented(search.GET(request('/api/v1/search?q=passport&limit=0&lang=de')), '/api/v1/search', 400);
  });

  it('search map: points in both languages, an empty map, and a bad parameter', async () => {
    for (const query of ['q=passport&near=K1A0B1', 'q=passeport&near=Gatineau&lang=fr&open=1', 'q=zzzzqqqq&near=K1A0B1', 'q=passport'])
      await expectDocumented(searchMap.GET(request(`/api/v1/search/map?${query}`)), '/api/v1/search/map');
    await expectDocumented(searchMap.GET(request('/api/v1/search/map?q=passport&lang=de')), '/api/v1/search/map', 400);
  });

  it('services and each service, in both languages', async () => {
    await expectDocumented(services.GET(request('/api/v1/services')), '/api/v1/services');
    await expectDocumented(services.GET(request('/api/v1/services?lang=fr&lifeEvent=retiring&order=federal')), '/api/v1/services');
    await expectDocumented(services.GET(request('/api/v1/services?lifeEvent=winning-the-lottery')), '/api/v1/services', 404);
    await expectDocumented(services.GET(request('/api/v1/services?lang=de')), '/api/v1/services', 400);
    // every curated service, and imported ones of every shape (1,100 of them take too long to check one by one)
    const shapes = new Set<string>();
    const sample = getCatalogue().catalogue.services.filter((entry, index) => {
      const { online, phones, inPerson, offices } = entry.channels;
      const shape = [
        entry.order,
        online,
        phones.length > 0,
        inPerson,
        offices,
        entry.notAvailableIn.length > 0,
        entry.inventory?.applications,
      ]
        .map(Boolean)
        .join();
      const keep = entry.origin.kind === 'curated' || !shapes.has(shape) || index % 50 === 0;
      shapes.add(shape);
      return keep;
    });
    for (const { id } of sample) {
      for (const lang of ['en', 'fr'])
        await expectDocumented(await service.GET(request(`/api/v1/services/${id}?lang=${lang}`), withId(id)), '/api/v1/services/{id}');
    }
    await expectDocumented(
      await service.GET(request('/api/v1/services/no-such-service'), withId('no-such-service')),
      '/api/v1/services/{id}',
      404,
    );
  });

  it('life events and each life event, in both languages', async () => {
    for (const lang of ['en', 'fr']) {
      await expectDocumented(lifeEvents.GET(request(`/api/v1/life-events?lang=${lang}`)), '/api/v1/life-events');
      for (const id of getCatalogue().lifeEventById.keys()) {
        await expectDocumented(
          await lifeEvent.GET(request(`/api/v1/life-events/${id}?lang=${lang}`), withId(id)),
          '/api/v1/life-events/{id}',
        );
      }
    }
    await expectDocumented(lifeEvents.GET(request('/api/v1/life-events?lang=es')), '/api/v1/life-events', 400);
    await expectDocumented(await lifeEvent.GET(request('/api/v1/life-events/nope'), withId('nope')), '/api/v1/life-events/{id}', 404);
  });

  it('locations: a sample of points of every kind and schedule, on a weekday, a holiday and at night', async () => {
    const points = getSnapshot().snapshot.servicePoints;
    const sample = new Map<string, string>();
    for (const point of points) {
      const key = `${point.type}|${point.schedule.status}|${point.schedule.visitRules.length > 0}|${point.schedule.exceptions.length > 0}`;
      if (!sample.has(key)) sample.set(key, point.id);
    }
    for (const point of points.filter((_, index) => index % 97 === 0)) sample.set(point.id, point.slug);
    for (const id of sample.values()) {
      for (const at of ['2026-11-23T15:00:00Z', '2026-12-25T15:00:00Z', '2026-11-24T05:00:00Z']) {
        await expectDocumented(await location.GET(request(`/api/v1/locations/${id}?at=${at}`), withId(id)), '/api/v1/locations/{id}');
      }
    }
    await expectDocumented(await location.GET(request('/api/v1/locations/nope'), withId('nope')), '/api/v1/locations/{id}', 404);
    await expectDocumented(
      await location.GET(request('/api/v1/locations/sc-1137?at=tomorrow'), withId('sc-1137')),
      '/api/v1/locations/{id}',
      400,
    );
  });

  it('coverage, sources and boundaries', async () => {
    for (const lang of ['en', 'fr']) await expectDocumented(coverage.GET(request(`/api/v1/coverage?lang=${lang}`)), '/api/v1/coverage');
    await expectDocumented(coverage.GET(request('/api/v1/coverage?lang=de')), '/api/v1/coverage', 400);
    await expectDocumented(sources.GET(request('/api/v1/sources')), '/api/v1/sources');
    await expectDocumented(boundaries.GET(request('/api/v1/boundaries')), '/api/v1/boundaries');
  });

  it('planning: access, gaps and opportunities, filtered and not', async () => {
    for (const query of ['', '?organization=gc-service-canada&within=50', '?order=provincial&province=QC']) {
      await expectDocumented(access.GET(request(`/api/v1/planning/access${query}`)), '/api/v1/planning/access');
      await expectDocumented(gaps.GET(request(`/api/v1/planning/gaps${query}`)), '/api/v1/planning/gaps');
      await expectDocumented(opportunities.GET(request(`/api/v1/planning/opportunities${query}`)), '/api/v1/planning/opportunities');
    }
    await expectDocumented(
      opportunities.GET(request('/api/v1/planning/opportunities?table=partnerships&within=25')),
      '/api/v1/planning/opportunities',
    );
    await expectDocumented(gaps.GET(request('/api/v1/planning/gaps?province=ZZ&within=-3')), '/api/v1/planning/gaps', 400);
  });

  it('refuses an answer the document does not describe', async () => {
    const undocumentedField = new Response(JSON.stringify({ status: 'received', extra: 1 }), {
      status: 202,
      headers: { 'Content-Type': 'application/json' },
    });
    await expect(expectDocumented(undocumentedField, '/api/v1/reports', 202, 'post')).rejects.toThrow(/does not describe/);
    const wrongType = new Response(JSON.stringify({ version: 'v', lang: 'en', count: -1, lifeEvents: [] }), {
      headers: { 'Content-Type': 'application/json' },
    });
    await expect(expectDocumented(wrongType, '/api/v1/life-events')).rejects.toThrow(/zod/);
  });
});
