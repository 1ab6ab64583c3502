import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../data/snapshot';
import { getCatalogue } from '../catalogue/catalogue';
import { searchIndexFor } from './corpus';
import { search } from './engine';
import { answerSearch, answerSearchMap, type SearchData } from './answer';

let data: SearchData;
beforeAll(() => {
  const loaded = loadSnapshot();
  const catalogue = getCatalogue();
  data = {
    index: searchIndexFor(loaded.snapshot, catalogue),
    loaded,
    services: catalogue.serviceById,
    knownLifeEvents: new Set(catalogue.lifeEventById.keys()),
  };
});

const AT = new Date('2026-11-23T15:00:00Z');

function answer(query: Record<string, string>, options: { serviceId?: string } = {}) {
  const answered = answerSearch(data, new URLSearchParams(query), { lang: 'en', now: AT, ...options });
  if (!answered.ok) throw new Error(JSON.stringify(answered.problems));
  return answered;
}

function mapAnswer(query: Record<string, string>, points: number) {
  const answered = answerSearchMap(data, new URLSearchParams(query), { lang: 'en', now: AT, points });
  if (!answered.ok) throw new Error(JSON.stringify(answered.problems));
  return answered;
}

describe('answerSearch: one entry point for the page, the API and a service page', () => {
  it('reports bad parameters by name', () => {
    const answered = answerSearch(data, new URLSearchParams({ q: 'passport', limit: '0', order: 'galactic' }), { lang: 'en', now: AT });
    expect(answered.ok).toBe(false);
    if (!answered.ok) expect(answered.problems.map((problem) => problem.param).sort()).toEqual(['limit', 'order']);
  });

  it('presents the asked page, nothing beyond it', () => {
    const { view, params } = answer({ q: 'passport', near: 'K1A 0B1', offset: '20' });
    expect(params).toMatchObject({ q: 'passport', offset: 20, limit: 20, lang: 'en' });
    expect(params.overviewLimit).toBeUndefined();
    const base = { q: 'passport', near: 'K1A 0B1', lang: 'en' as const, at: AT };
    expect(view.results.map((result) => result.id)).toEqual(
      search(data.index, { ...base, offset: 20, limit: 20 }).results.map((r) => r.point.id),
    );
  });

  it('says a page past the end of the list is past the end, not that nothing matches', () => {
    const { view } = answer({ q: 'passport', near: 'K1A 0B1', offset: '5000' });
    expect(view.results).toEqual([]);
    expect(view.total).toBeGreaterThan(20);
    expect(view.notice).toBe('past-end');
    expect(answer({ q: 'passport', near: 'K1A 0B1', open: '1', at: '2026-11-22T15:00:00Z' }).view.notice).toBe('no-results-nearby');
  });

  it('presents open status only for the page', () => {
    const { view } = answer({ q: 'passport', near: 'Ottawa', limit: '3' });
    expect(view.results).toHaveLength(3);
    for (const result of view.results) expect(['open', 'closed', 'unknown']).toContain(result.status.state);
  });

  it('answers a service page: the chosen service only, near the place', () => {
    const { view } = answer({ near: 'Moncton', limit: '5' }, { serviceId: 'social-insurance-number' });
    expect(view.results).toHaveLength(5);
    for (const result of view.results) expect(result.services.map((service) => service.id)).toEqual(['social-insurance-number']);
    expect(view.services.map((service) => service.id)).toEqual(['social-insurance-number']);
  });
});

describe('answerSearchMap: the points of a search’s map', () => {
  it('gives the nearest points of the whole list whatever the page, and the list’s size', () => {
    const { total, points } = mapAnswer({ q: 'passport', near: 'K1A 0B1', offset: '20', limit: '5' }, 100);
    const base = { q: 'passport', near: 'K1A 0B1', lang: 'en' as const, at: AT };
    const nearest = search(data.index, { ...base, offset: 0, limit: 100 }).results;
    expect(points).toHaveLength(100);
    expect(new Set(points.map((point) => point.id))).toEqual(new Set(nearest.map((result) => result.point.id)));
    expect(total).toBe(answer({ q: 'passport', near: 'K1A 0B1' }).view.total);
  });

  it('gives slim points, nearest first, in the asked language: no status, address or services', () => {
    const { points } = mapAnswer({ q: 'passeport', near: 'Montréal', lang: 'fr' }, 30);
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) {
      expect(Object.keys(point).sort()).toEqual(['approximate', 'href', 'id', 'label', 'lat', 'lon']);
      expect(point.href).toMatch(/^\/fr\/lieux\//);
    }
    const byId = new Map(
      search(data.index, { q: 'passeport', near: 'Montréal', lang: 'fr', at: AT, offset: 0, limit: 30 }).results.map((r) => [
        r.point.id,
        r.distanceKm!,
      ]),
    );
    const distances = points.map((point) => byId.get(point.id)!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('keeps only the places open at the time when asked, as the list does', () => {
    const query = { q: 'passport', near: 'Ottawa', open: '1' };
    const { total, points } = mapAnswer(query, 100);
    const list = answer({ ...query, limit: '100' }).view;
    expect(total).toBe(list.total);
    expect(points.map((point) => point.id)).toEqual(list.results.map((result) => result.id));
    for (const result of list.results) expect(result.status.state).toBe('open');
  });

  it('reports bad parameters by name, as answerSearch does', () => {
    const answered = answerSearchMap(data, new URLSearchParams({ q: 'passport', limit: '0', order: 'galactic' }), {
      lang: 'en',
      now: AT,
      points: 100,
    });
    expect(answered.ok).toBe(false);
    if (!answered.ok) expect(answered.problems.map((problem) => problem.param).sort()).toEqual(['limit', 'order']);
  });
});
