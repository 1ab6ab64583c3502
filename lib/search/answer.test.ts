import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../data/snapshot';
import { getCatalogue } from '../catalogue/catalogue';
import { searchIndexFor } from './corpus';
import { search } from './engine';
import { answerSearch, type SearchData } from './answer';

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

function answer(query: Record<string, string>, options: { mapPoints?: number; serviceId?: string } = {}) {
  const answered = answerSearch(data, new URLSearchParams(query), { lang: 'en', now: AT, ...options });
  if (!answered.ok) throw new Error(JSON.stringify(answered.problems));
  return answered;
}

describe('answerSearch: one entry point for the page, the API and a service page', () => {
  it('reports bad parameters by name', () => {
    const answered = answerSearch(data, new URLSearchParams({ q: 'passport', limit: '0', order: 'galactic' }), { lang: 'en', now: AT });
    expect(answered.ok).toBe(false);
    if (!answered.ok) expect(answered.problems.map((problem) => problem.param).sort()).toEqual(['limit', 'order']);
  });

  it('presents the asked page and gives the map the nearest points beyond it, from the same run', () => {
    const { view, mapPoints, params } = answer({ q: 'passport', near: 'K1A 0B1', offset: '20' }, { mapPoints: 100 });
    expect(params).toMatchObject({ q: 'passport', offset: 20, limit: 20, overviewLimit: 100, lang: 'en' });
    const base = { q: 'passport', near: 'K1A 0B1', lang: 'en' as const, at: AT };
    expect(view.results.map((result) => result.id)).toEqual(
      search(data.index, { ...base, offset: 20, limit: 20 }).results.map((r) => r.point.id),
    );
    const nearest = search(data.index, { ...base, offset: 0, limit: 100 }).results;
    expect(mapPoints).toHaveLength(100);
    expect(new Set(mapPoints.map((point) => point.id))).toEqual(new Set(nearest.map((result) => result.point.id)));
  });

  it('gives slim map points, nearest first, in the page language: no status, address or services', () => {
    const { mapPoints } = answer({ q: 'passeport', near: 'Montréal', lang: 'fr' }, { mapPoints: 30 });
    expect(mapPoints.length).toBeGreaterThan(0);
    for (const point of mapPoints) {
      expect(Object.keys(point).sort()).toEqual(['approximate', 'href', 'id', 'label', 'lat', 'lon']);
      expect(point.href).toMatch(/^\/fr\/lieux\//);
    }
    const byId = new Map(
      search(data.index, { q: 'passeport', near: 'Montréal', lang: 'fr', at: AT, offset: 0, limit: 30 }).results.map((r) => [
        r.point.id,
        r.distanceKm!,
      ]),
    );
    const distances = mapPoints.map((point) => byId.get(point.id)!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('gives no map points unless asked, and presents open status only for the page', () => {
    const { view, mapPoints } = answer({ q: 'passport', near: 'Ottawa', limit: '3' });
    expect(mapPoints).toEqual([]);
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
