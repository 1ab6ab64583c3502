import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../data/snapshot';
import { getCatalogue } from '../catalogue/catalogue';
import { searchIndexFor } from './corpus';
import { answerSearch, answerSearchMap } from './answer';
import { RESULTS_MAP_POINTS, resultsMapCount, resultsMapFreshness, resultsMapUrl } from './results-map';

describe('resultsMapUrl', () => {
  it('keeps the search, drops its page and names the page’s language', () => {
    const url = new URL(
      resultsMapUrl(new URLSearchParams({ q: 'passeport', near: 'Montréal', offset: '20', limit: '10', open: '1' }), 'fr'),
      'http://x',
    );
    expect(url.pathname).toBe('/api/v1/search/map');
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'passeport', near: 'Montréal', open: '1', lang: 'fr' });
  });
  it('puts the page’s language over any lang of the query', () => {
    expect(new URL(resultsMapUrl(new URLSearchParams({ q: 'EI', lang: 'fr' }), 'en'), 'http://x').searchParams.getAll('lang')).toEqual([
      'en',
    ]);
  });
});

describe('resultsMapCount', () => {
  it('is the number of points the map answer holds, without computing them', () => {
    const loaded = loadSnapshot();
    const catalogue = getCatalogue();
    const data = {
      index: searchIndexFor(loaded.snapshot, catalogue),
      loaded,
      services: catalogue.serviceById,
      knownLifeEvents: new Set(catalogue.lifeEventById.keys()),
    };
    const now = new Date('2026-11-23T15:00:00Z');
    for (const query of [
      'q=passport&near=K1A0B1',
      'q=passport&near=K1A0B1&within=5',
      'q=EI&near=Whitehorse',
      'type=library&near=M5V3L9',
      'q=zzzzqqqq&near=K1A0B1',
    ]) {
      const answer = answerSearch(data, new URLSearchParams(query), { lang: 'en', now });
      const map = answerSearchMap(data, new URLSearchParams(query), { lang: 'en', now, points: RESULTS_MAP_POINTS });
      if (!answer.ok || !map.ok) throw new Error(query);
      expect(map.points).toHaveLength(resultsMapCount(answer.view.total));
    }
  });
});

describe('resultsMapFreshness', () => {
  const at = (query: string) => resultsMapFreshness(new URL(`http://x/api/v1/search/map?${query}`));
  it('is for the minute only when the points are those open now', () => {
    expect(at('q=EI&near=Ottawa')).toBe('stable');
    expect(at('q=EI&near=Ottawa&open=1')).toBe('minute');
    expect(at('q=EI&near=Ottawa&open=true')).toBe('minute');
    expect(at('q=EI&near=Ottawa&open=0')).toBe('stable');
    expect(at('q=EI&near=Ottawa&open=1&at=2026-11-23T15:00:00Z')).toBe('stable');
  });
});
