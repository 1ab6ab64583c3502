import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../data/snapshot';
import { getCatalogue } from '../catalogue/catalogue';
import { synthesize } from '../testing/synthetic-snapshot';
import { searchIndexFor } from './corpus';
import { locatePoints, SPATIAL_MIN_CANDIDATES, type LocateReasons } from './locate';
import { resolvePlace, type ResolvedPlace } from './place';
import type { SearchIndex } from './search-index';
import { selectServices } from './service-selection';
import type { GovernmentOrder, Locale } from '../model/schema';

// A snapshot large enough that broad needs have more than SPATIAL_MIN_CANDIDATES candidate points, so the spatial
// index and the per-tier shortcut are used: their answers must be exactly the scan's.
let index: SearchIndex;
beforeAll(() => {
  index = searchIndexFor(synthesize(loadSnapshot().snapshot, 30_000), getCatalogue());
}, 120_000);

const AT = new Date('2026-11-23T15:00:00Z');

function placeOf(near: string, lang: Locale): ResolvedPlace {
  const resolution = resolvePlace(near, index.places, lang);
  if (resolution.status !== 'resolved') throw new Error(near);
  return resolution.place;
}

const CASES: Array<{ q: string; near: string; lang: Locale; order?: GovernmentOrder; withinKm?: number; offset?: number }> = [
  { q: 'retrait', near: 'Trois-Rivières', lang: 'fr' },
  { q: 'nouveau bébé', near: 'Ottawa', lang: 'fr' },
  { q: 'someone died', near: 'Regina', lang: 'en' },
  { q: "I'm retiring", near: 'Halifax', lang: 'en' },
  { q: 'newcomer services', near: 'Toronto', lang: 'en' },
  { q: 'employment insurance', near: 'Toronto', lang: 'en', offset: 40 },
  { q: 'lost my job', near: 'Hamilton', lang: 'en', order: 'federal' },
  { q: 'passport', near: 'Vancouver', lang: 'en', withinKm: 25 },
  { q: 'assurance emploi', near: 'Montréal', lang: 'fr', withinKm: 5 },
];

const shape = (located: ReturnType<typeof locatePoints>) => ({
  total: located.total,
  results: located.results.map((r) => [r.point.id, r.distanceKm, r.relevance, r.serviceIds.join(',')]),
  overview: located.overview.map((r) => r.point.id),
});

describe('locatePoints at scale', () => {
  it.each(CASES)('gives the scan’s answer with the spatial index: $q near $near', ({ q, near, lang, order, withinKm, offset = 0 }) => {
    const origin = placeOf(near, lang);
    const selection = selectServices(index, { q, order }, origin);
    const reasons: LocateReasons = { ...selection, namedPoints: null };
    const params = { offset, limit: 20, overviewLimit: 100, at: AT, order, withinKm };
    const scan = shape(locatePoints(index, origin, params, reasons, Infinity));
    // The default: spatial for many candidates, a scan for a small tier; and spatial for every tier.
    const usual = shape(locatePoints(index, origin, params, reasons));
    const allSpatial = shape(locatePoints(index, origin, params, reasons, 1));
    expect(scan.results.length).toBeGreaterThan(0);
    expect(usual).toEqual(scan);
    expect(allSpatial).toEqual(scan);
  });

  it('is exercised: broad needs have more candidates than the scan threshold here', () => {
    const origin = placeOf('Toronto', 'en');
    const { services } = selectServices(index, { q: 'newcomer services' }, origin);
    const postings = services.reduce((sum, { service }) => sum + (index.pointsByService.get(service.id)?.length ?? 0), 0);
    expect(postings).toBeGreaterThan(SPATIAL_MIN_CANDIDATES);
  });
});
