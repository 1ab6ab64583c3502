import { describe, expect, it, vi } from 'vitest';
import ICAL from 'ical.js';
import { createTranslator } from 'next-intl';
import { zonedDateTime } from '@/lib/hours';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

// lib/data/server.ts guards against client bundles with 'server-only', which throws outside Next's server build.
vi.mock('server-only', () => ({}));
const { calendarResponse } = await import('./respond');

/** The Calendar messages, as the route handlers give them (next-intl's translator). */
const calendarWords = (locale: 'en' | 'fr') => createTranslator({ locale, messages: locale === 'fr' ? fr : en, namespace: 'Calendar' });

const AT = '?at=2026-11-29T16:00:00Z';
const call = (id: string, kind: 'next-visit' | 'visits' | 'hours', query = '') =>
  calendarResponse(new Request(`http://localhost:3000/api/v1/locations/${id}/${kind}.ics${AT}${query}`), id, kind, calendarWords);

async function events(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

describe('calendar files of the real snapshot', () => {
  it('gives the next outreach visit in Newfoundland at its local time, in English and French', async () => {
    // Old Perlican (NL): visits on 2026-12-16, 10:30–14:30 Newfoundland time
    const en = await events(await call('sc-nf-sac', 'next-visit', '&lang=en'));
    expect(en.events).toHaveLength(1);
    const start = en.events[0]!.startDate.toJSDate();
    expect(start.toISOString()).toBe('2026-12-16T14:00:00.000Z');
    expect(zonedDateTime('America/St_Johns', start).time).toBe('10:30');
    expect(en.events[0]!.summary).toMatch(/^Outreach visit: /);
    expect(en.events[0]!.description).toContain('http://localhost:3000/en/locations/old-perlican-scheduled-outreach-site-nf-sac');
    const fr = await events(await call('sc-nf-sac', 'next-visit', '&lang=fr'));
    expect(fr.events[0]!.summary).toMatch(/^Visite itinérante : /);
    expect(fr.events[0]!.description).toContain('/fr/lieux/old-perlican-scheduled-outreach-site-nf-sac');
    expect(fr.events[0]!.description).toContain('10 h 30');
  });

  it('gives British Columbia and Ontario visits at their local times', async () => {
    const hope = await events(await call('sc-bc-saq', 'next-visit'));
    expect(zonedDateTime('America/Vancouver', hope.events[0]!.startDate.toJSDate())).toMatchObject({ date: '2026-12-16', time: '09:30' });
    expect(hope.events[0]!.startDate.toJSDate().toISOString()).toBe('2026-12-16T16:30:00.000Z');
    // Alliston (ON): 2nd and 4th Wednesdays, 09:30–15:00
    const alliston = await events(await call('sc-on-sab', 'next-visit'));
    expect(alliston.events[0]!.startDate.toJSDate().toISOString()).toBe('2026-12-09T14:30:00.000Z');
  });

  it('serves a feed of the next visits to subscribe to', async () => {
    const response = await call('sc-on-sab', 'visits', '&lang=fr');
    expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="guichet-[a-z0-9-]+-visits\.ics"$/);
    const feed = await events(response);
    expect(feed.calendar.getFirstPropertyValue('x-wr-calname')).toMatch(/^Prochaines visites : /);
    const dates = feed.events.map((e) => zonedDateTime('America/Toronto', e.startDate.toJSDate()).date);
    expect(dates.slice(0, 2)).toEqual(['2026-12-09', '2026-12-23']);
    expect(new Set(feed.events.map((e) => e.uid)).size).toBe(feed.events.length);
  });

  it('gives an office’s openings on a chosen day, and says when there are none', async () => {
    // St. John's Service Canada Centre: 08:30–16:00 Newfoundland time
    const day = await events(await call('sc-1137', 'hours', '&date=2026-12-01'));
    expect(day.events.length).toBeGreaterThan(0);
    expect(zonedDateTime('America/St_Johns', day.events[0]!.startDate.toJSDate()).time).toBe('08:30');
    expect((await call('sc-1137', 'hours', '&date=2026-12-06')).status).toBe(404); // a Sunday
    expect((await call('sc-1137', 'next-visit')).status).toBe(404); // not an outreach site
  });

  it('refuses bad parameters and unknown points', async () => {
    expect((await call('sc-nf-sac', 'next-visit', '&lang=de')).status).toBe(400);
    expect((await call('sc-1137', 'hours', '&date=tomorrow')).status).toBe(400);
    // a day that does not exist is refused, not moved to 2 March
    expect((await call('sc-1137', 'hours', '&date=2026-02-30')).status).toBe(400);
    expect((await call('sc-1137', 'hours', '&date=0000-00-00')).status).toBe(400);
    expect((await call('no-such-point', 'visits')).status).toBe(404);
  });
});

describe('calendar errors', () => {
  it('use the API’s one error shape', async () => {
    const body = await (await call('sc-nf-sac', 'next-visit', '&lang=de')).json();
    expect(body).toEqual({
      error: {
        code: 'invalid-parameter',
        message: 'lang: must be one of: en, fr',
        parameter: 'lang',
        details: [{ parameter: 'lang', message: 'must be one of: en, fr' }],
      },
    });
    expect((await (await call('no-such-point', 'visits')).json()).error).toMatchObject({ code: 'not-found', parameter: 'id' });
  });
});
