import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { utcOffsetAt, zonedDateTime } from '@/lib/hours';
import { buildCalendar, escapeText, foldLine, type CalendarEvent } from './ics';

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

const visit = (timeZone: string, date: string, opens: string, closes: string): CalendarEvent => ({
  uid: `visit-${timeZone}-${date}@guichet`,
  date,
  opens,
  closes,
  timeZone,
  summary: 'Outreach visit: Old Perlican; Library, Main St.',
  location: '12 Main St., Old Perlican (NL) A0A 3G0',
  description: 'Line one\nLine two',
  url: 'https://guichet.example.ca/en/locations/x',
});

describe('buildCalendar', () => {
  const stamp = new Date('2026-11-29T12:00:00Z');

  it('puts each visit at the right instant for the office’s own zone: Newfoundland, Ontario, British Columbia', () => {
    const cases = [
      // Newfoundland Standard Time, UTC−3:30 in December
      {
        zone: 'America/St_Johns',
        date: '2026-12-16',
        opens: '10:30',
        closes: '14:30',
        start: '2026-12-16T14:00:00Z',
        end: '2026-12-16T18:00:00Z',
      },
      // Eastern Standard Time, UTC−5
      {
        zone: 'America/Toronto',
        date: '2026-12-09',
        opens: '09:30',
        closes: '15:00',
        start: '2026-12-09T14:30:00Z',
        end: '2026-12-09T20:00:00Z',
      },
      // British Columbia keeps UTC−7 all year from November 2026 (shipped IANA data; older runtimes would say UTC−8)
      {
        zone: 'America/Vancouver',
        date: '2026-12-16',
        opens: '09:30',
        closes: '15:00',
        start: '2026-12-16T16:30:00Z',
        end: '2026-12-16T22:00:00Z',
      },
      // Newfoundland in summer, UTC−2:30
      {
        zone: 'America/St_Johns',
        date: '2027-07-14',
        opens: '10:30',
        closes: '14:30',
        start: '2027-07-14T13:00:00Z',
        end: '2027-07-14T17:00:00Z',
      },
    ];
    for (const c of cases) {
      const text = buildCalendar({ events: [visit(c.zone, c.date, c.opens, c.closes)], lang: 'en', stamp });
      const [event] = parse(text).events;
      expect(event!.startDate.toJSDate().toISOString().replace('.000', '')).toBe(c.start);
      expect(event!.endDate.toJSDate().toISOString().replace('.000', '')).toBe(c.end);
      // and back to the office's wall clock with lib/hours
      const local = zonedDateTime(c.zone, event!.startDate.toJSDate());
      expect([local.date, local.time]).toEqual([c.date, c.opens]);
      expect(zonedDateTime(c.zone, event!.endDate.toJSDate()).time).toBe(c.closes);
    }
    expect(utcOffsetAt('America/Vancouver', new Date('2026-12-16T16:30:00Z'))).toBe(-420);
  });

  it('writes a valid calendar: version, product, stamp, escaped texts that read back unchanged', () => {
    const text = buildCalendar({ events: [visit('America/St_Johns', '2026-12-16', '10:30', '14:30')], lang: 'fr', stamp });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Guichet//Service points//FR');
    const event = events[0]!;
    expect(event.summary).toBe('Outreach visit: Old Perlican; Library, Main St.');
    expect(event.location).toBe('12 Main St., Old Perlican (NL) A0A 3G0');
    expect(event.description).toBe('Line one\nLine two');
    expect(event.uid).toBe('visit-America/St_Johns-2026-12-16@guichet');
    expect(event.component.getFirstProperty('summary')!.getParameter('language')).toBe('fr-CA');
    expect(event.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-29T12:00:00Z');
  });

  it('names a subscribed feed and asks to be refreshed daily', () => {
    const text = buildCalendar({ events: [], lang: 'en', stamp, name: 'Next visits: Hope', refresh: 'P1D' });
    const { calendar } = parse(text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Next visits: Hope');
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D');
  });

  it('escapes and folds per RFC 5545', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const long = `DESCRIPTION:${'é'.repeat(80)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    expect(folded.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });
});
