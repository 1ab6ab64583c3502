import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../data/snapshot';
import { getCatalogue } from '../catalogue/catalogue';
import { searchIndexFor } from './corpus';
import { locatePoints, type LocateReasons } from './locate';
import { resolvePlace, type ResolvedPlace } from './place';
import type { SearchIndex } from './search-index';
import { selectServices } from './service-selection';

let index: SearchIndex;
let ottawa: ResolvedPlace;
beforeAll(() => {
  index = searchIndexFor(loadSnapshot().snapshot, getCatalogue());
  const resolution = resolvePlace('Ottawa', index.places);
  if (resolution.status !== 'resolved') throw new Error('Ottawa');
  ottawa = resolution.place;
});

const AT = new Date('2026-11-23T15:00:00Z');
const page = { offset: 0, limit: 20, at: AT };

function reasonsFor(q: string): LocateReasons {
  const { services, typeRelevance, organizations } = selectServices(index, { q }, ottawa);
  return { services, typeRelevance, organizations, namedPoints: null };
}

const ids = (results: ReadonlyArray<{ point: { id: string } }>) => results.map((result) => result.point.id);

describe('locatePoints', () => {
  it('lists the points delivering the services, nearest first, with the services delivered at each', () => {
    const { results, total } = locatePoints(index, ottawa, page, reasonsFor('passport'));
    expect(results).toHaveLength(20);
    expect(total).toBeGreaterThan(20);
    const distances = results.map((result) => result.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const result of results) expect(result.serviceIds.some((id) => id.startsWith('passport'))).toBe(true);
  });

  it('gives the page and the overview from one ordered list: the page is a slice of it', () => {
    const reasons = reasonsFor('passport');
    const one = locatePoints(index, ottawa, { ...page, offset: 20, overviewLimit: 100 }, reasons);
    const whole = locatePoints(index, ottawa, { ...page, limit: 100 }, reasons);
    expect(one.overview).toHaveLength(100);
    expect(ids(one.overview)).toEqual(ids(whole.results));
    expect(ids(one.results)).toEqual(ids(whole.results.slice(20, 40)));
    expect(one.total).toBe(whole.total);
    expect(locatePoints(index, ottawa, page, reasons).overview).toEqual([]);
  });

  it('applies the filters: kind of place, distance, language of service', () => {
    const reasons = reasonsFor('passport');
    const offices = locatePoints(index, ottawa, { ...page, type: 'passport-office' }, reasons);
    expect(offices.results.length).toBeGreaterThan(0);
    for (const result of offices.results) expect(result.point.type).toBe('passport-office');
    const near = locatePoints(index, ottawa, { ...page, withinKm: 15 }, reasons);
    expect(near.total).toBeGreaterThan(0);
    expect(near.total).toBeLessThan(offices.total + locatePoints(index, ottawa, page, reasons).total);
    for (const result of near.results) expect(result.distanceKm!).toBeLessThanOrEqual(15);
  });

  it('lists the places the query names best first, however far, then the others nearest first', () => {
    const offices = { services: [], typeRelevance: new Map([['passport-office' as const, 1]]), organizations: [], namedPoints: null };
    const officeCount = locatePoints(index, ottawa, page, offices).total;
    expect(officeCount).toBeGreaterThan(1);
    // a related program (tier 1: found through a life event) is delivered at many counters nearer than the far offices
    const sin = index.servicesById.get('social-insurance-number')!;
    const both = { ...offices, services: [{ service: sin, relevance: 0.8, tier: 1, closer: 0 }] };
    const { results } = locatePoints(index, ottawa, { ...page, limit: officeCount + 5 }, both);
    const types = results.map((result) => result.point.type);
    expect(types.slice(0, officeCount).every((type) => type === 'passport-office')).toBe(true);
    expect(types.slice(officeCount)).toHaveLength(5);
    expect(types.slice(officeCount)).not.toContain('passport-office');
    expect(results[officeCount]!.distanceKm!).toBeLessThan(results[officeCount - 1]!.distanceKm!);
  });

  it('finds nothing without a reason', () => {
    expect(locatePoints(index, ottawa, page, { services: [], typeRelevance: new Map(), organizations: [], namedPoints: null })).toEqual({
      results: [],
      overview: [],
      total: 0,
    });
  });
});
