import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../data/snapshot';
import { getCatalogue } from '../catalogue/catalogue';
import { searchIndexFor } from './corpus';
import { hoursOf, openStatusAt, type OpenStatus } from '../hours';
import { search } from './engine';
import type { LocatedResult, SearchOutcome, SearchParams } from './outcome';
import type { SearchIndex } from './search-index';

let index: SearchIndex;
beforeAll(() => {
  index = searchIndexFor(loadSnapshot().snapshot, getCatalogue());
});

/** Monday 23 November 2026, 10:00 in Ottawa (EST). */
const MONDAY_10AM = new Date('2026-11-23T15:00:00Z');
/** Sunday 22 November 2026, 10:00 in Ottawa. */
const SUNDAY_10AM = new Date('2026-11-22T15:00:00Z');
/** Christmas Day, a Friday, 10:00 in Ottawa. */
const CHRISTMAS_10AM = new Date('2026-12-25T15:00:00Z');
/** Thursday 24 December 2026, 10:00 in Ottawa: an ordinary working day. */
const CHRISTMAS_EVE_10AM = new Date('2026-12-24T15:00:00Z');

/** A listed point's open status at an instant (the engine leaves it to the presentation; only open-now filters on it). */
function statusAt({ point }: LocatedResult, at: Date): OpenStatus {
  return openStatusAt(hoursOf(point), at);
}

function run(overrides: Partial<SearchParams>): SearchOutcome {
  return search(index, { q: 'passport', near: 'Ottawa', lang: 'en', limit: 20, offset: 0, at: MONDAY_10AM, ...overrides });
}

describe('life event filter', () => {
  it('without a query, lists the life event’s services and the points delivering them', () => {
    const outcome = run({ q: '', lifeEvent: 'retiring' });
    const ids = outcome.services.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['canada-pension-plan', 'old-age-security', 'guaranteed-income-supplement']));
    for (const service of outcome.services) expect(service.lifeEventIds).toContain('retiring');
    expect(outcome.results.length).toBeGreaterThan(0);
    expect(outcome.results[0]!.serviceIds).toContain('canada-pension-plan');
  });

  it('with a query, keeps only the matched services that belong to the life event', () => {
    const outcome = run({ q: 'passport', lifeEvent: 'disaster-or-emergency' });
    const ids = outcome.services.map((s) => s.id);
    expect(ids).toContain('passport-urgent');
    expect(ids).not.toContain('passport-express');
    for (const service of outcome.services) expect(service.lifeEventIds).toContain('disaster-or-emergency');
  });

  it('the engine ignores an unknown life event id (the parser rejects it before)', () => {
    expect(run({ lifeEvent: 'winning-the-lottery' }).services.map((s) => s.id)).toEqual(run({}).services.map((s) => s.id));
  });
});

describe('order of government filter', () => {
  it('keeps only services of that order', () => {
    const outcome = run({ q: 'lost my job', near: 'Toronto', order: 'provincial' });
    expect(outcome.services.length).toBeGreaterThan(0);
    for (const service of outcome.services) expect(service.order).toBe('provincial');
  });

  it('says there is no match when the need belongs to another order', () => {
    const outcome = run({ q: 'health card', near: 'Toronto', order: 'federal' });
    expect(outcome.services).toEqual([]);
    expect(outcome.notice).toBe('no-match');
  });
});

describe('location type filter', () => {
  it('keeps only points of that type', () => {
    const outcome = run({ type: 'passport-office', near: 'Toronto' });
    expect(outcome.results.length).toBeGreaterThan(0);
    for (const result of outcome.results) expect(result.point.type).toBe('passport-office');
  });

  it('alone, without a query, lists the nearest points of that type', () => {
    const outcome = run({ q: '', type: 'library', near: 'Toronto' });
    expect(outcome.notice).toBeUndefined();
    expect(outcome.results.length).toBe(20);
    for (const result of outcome.results) expect(result.point.type).toBe('library');
  });
});

describe('open now, at a fixed instant', () => {
  it('on a Monday at 10:00, lists open points only', () => {
    const outcome = run({ openNow: true, at: MONDAY_10AM });
    expect(outcome.total).toBeGreaterThan(0);
    expect(outcome.total).toBeLessThan(run({ at: MONDAY_10AM }).total);
    expect(outcome.results.length).toBeGreaterThan(0);
    for (const result of outcome.results) expect(statusAt(result, MONDAY_10AM).state).toBe('open');
  });

  it('on a Sunday, finds nothing open and says so', () => {
    const outcome = run({ openNow: true, at: SUNDAY_10AM });
    expect(outcome.results).toEqual([]);
    expect(outcome.total).toBe(0);
    expect(outcome.notice).toBe('no-results-nearby');
  });

  it('on Christmas Day, Service Canada is closed for the holiday; the day before it is open', () => {
    expect(run({ openNow: true, at: CHRISTMAS_10AM }).total).toBe(0);
    const closed = run({ at: CHRISTMAS_10AM }).results[0]!;
    expect(statusAt(closed, CHRISTMAS_10AM)).toMatchObject({ state: 'closed', reason: 'holiday' });
    expect(run({ openNow: true, at: CHRISTMAS_EVE_10AM }).total).toBeGreaterThan(0);
  });
});

describe('official language of service', () => {
  it('keeps only points that serve in French', () => {
    const all = run({ near: 'Toronto' });
    const french = run({ near: 'Toronto', serviceLanguage: 'fr' });
    expect(french.total).toBeGreaterThan(0);
    expect(french.total).toBeLessThan(all.total);
    for (const result of french.results) expect(result.point.officialLanguages).toContain('fr');
  });
});

describe('distance limit', () => {
  it('keeps only points within the distance, and the closest ones are unchanged', () => {
    const all = run({});
    const near = run({ withinKm: 20 });
    expect(near.total).toBeGreaterThan(0);
    expect(near.total).toBeLessThan(all.total);
    for (const result of near.results) expect(result.distanceKm!).toBeLessThanOrEqual(20);
    expect(near.results.map((r) => r.point.id)).toEqual(all.results.slice(0, near.results.length).map((r) => r.point.id));
  });

  it('says so when nothing is that close', () => {
    const outcome = run({ near: 'Iqaluit', withinKm: 1 });
    expect(outcome.results).toEqual([]);
    expect(outcome.notice).toBe('no-results-nearby');
  });
});

describe('pagination', () => {
  it('pages through the same ordered list with a stable total', () => {
    const whole = run({ limit: 30, offset: 0 });
    const first = run({ limit: 10, offset: 0 });
    const second = run({ limit: 10, offset: 10 });
    const third = run({ limit: 10, offset: 20 });
    expect(whole.results).toHaveLength(30);
    expect(new Set([whole.total, first.total, second.total, third.total]).size).toBe(1);
    expect([...first.results, ...second.results, ...third.results].map((r) => r.point.id)).toEqual(whole.results.map((r) => r.point.id));
  });

  // Many ServiceOntario offices sit at the Toronto centroid: without a total order, each offset + limit would order them
  // differently and pages would overlap.
  it('pages are disjoint and complete when many points tie on distance', () => {
    const params = { q: 'health card', near: 'Toronto' };
    const whole = run({ ...params, limit: 40 }).results.map((r) => r.point.id);
    const pages = [0, 10, 20, 30].flatMap((offset) => run({ ...params, limit: 10, offset }).results.map((r) => r.point.id));
    expect(whole).toHaveLength(40);
    expect(new Set(whole).size).toBe(40);
    expect(pages).toEqual(whole);
  });

  it('orders by distance', () => {
    const distances = run({ limit: 50 }).results.map((r) => r.distanceKm!);
    expect(distances).toHaveLength(50);
    expect(distances[49]).toBeGreaterThan(distances[0]!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('returns an empty page past the end, with the total still given', () => {
    const outcome = run({ offset: 5000 });
    expect(outcome.results).toEqual([]);
    expect(outcome.total).toBeGreaterThan(0);
    expect(outcome.total).toBe(run({}).total);
  });

  it('pages the open-now list too', () => {
    const whole = run({ openNow: true, limit: 10 });
    const second = run({ openNow: true, limit: 5, offset: 5 });
    expect(whole.results).toHaveLength(10);
    expect(second.total).toBe(whole.total);
    expect(second.results.map((r) => r.point.id)).toEqual(whole.results.slice(5).map((r) => r.point.id));
  });
});
