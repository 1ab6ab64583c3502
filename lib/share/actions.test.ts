import { describe, expect, it, vi } from 'vitest';
import { calendarActions, printedDate, shareablePath } from './actions';

vi.mock('server-only', () => ({}));
const { getSnapshot } = await import('@/lib/data/server');

const point = (id: string) => {
  const found = getSnapshot().pointById.get(id);
  if (!found) throw new Error(`no point ${id}`);
  return found;
};
const AT = new Date('2026-11-29T16:00:00Z');

describe('share', () => {
  it('shares the page and its query, not the display choice', () => {
    expect(shareablePath('/fr/recherche', '?q=passeport&near=E1C&text=1')).toBe('/fr/recherche?q=passeport&near=E1C');
    expect(shareablePath('/en/locations/x', '?text=0')).toBe('/en/locations/x');
    expect(shareablePath('/en/locations/x', '')).toBe('/en/locations/x');
  });
});

describe('print', () => {
  it('dates the printout in the office’s own zone, in the page language', () => {
    // 02:00 UTC on December 1 is still November 30 in British Columbia and in Newfoundland
    const instant = new Date('2026-12-01T02:00:00Z');
    expect(printedDate(instant, 'America/Vancouver', 'en')).toBe('Monday, November 30, 2026');
    expect(printedDate(instant, 'America/St_Johns', 'fr')).toBe('lundi 30 novembre 2026');
    expect(printedDate(new Date('2026-12-01T04:00:00Z'), 'America/St_Johns', 'en')).toBe('Tuesday, December 1, 2026');
  });
});

describe('calendar actions', () => {
  it('offers the next visit and the feed for an outreach site, with links in the page language', () => {
    const actions = calendarActions(point('sc-nf-sac'), 'fr', AT);
    expect(actions.nextVisit).toEqual({
      href: '/api/v1/locations/sc-nf-sac/next-visit.ics?lang=fr',
      date: '2026-12-16',
      label: 'mercredi 16 décembre, 10 h 30',
    });
    expect(actions.feed).toBe('/api/v1/locations/sc-nf-sac/visits.ics?lang=fr');
    expect(actions.day).toBeUndefined();
  });
  it('offers an office’s next day of opening', () => {
    // Sunday November 29: the St. John's centre next opens on Monday
    const actions = calendarActions(point('sc-1137'), 'en', AT);
    expect(actions.nextVisit).toBeUndefined();
    expect(actions.day).toEqual({
      href: '/api/v1/locations/sc-1137/hours.ics?lang=en&date=2026-11-30',
      date: '2026-11-30',
      label: 'Monday, November 30',
    });
  });
});
