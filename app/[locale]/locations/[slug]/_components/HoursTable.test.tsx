import { describe, expect, it } from 'vitest';
import type { WeekTableDay } from '@/lib/hours';
import { renderInLocale, visibleText } from '@/components/testing/render';
import { HoursTable } from './HoursTable';

const OPEN = [
  { opens: '08:30', closes: '12:00' },
  { opens: '13:00', closes: '16:00' },
];
const day = (date: string, weekday: number, rest: Partial<WeekTableDay> = {}): WeekTableDay => ({
  date,
  weekday,
  intervals: [],
  today: false,
  ...rest,
});

/** The week of Christmas 2026 at a Service Canada Centre: open weekdays with a lunch break, closed on holidays. */
const WEEK: WeekTableDay[] = [
  day('2026-12-22', 2, { intervals: OPEN, today: true }),
  day('2026-12-23', 3, { intervals: [{ opens: '08:30', closes: '16:00' }] }),
  day('2026-12-24', 4, { closedReason: 'temporary-closure' }),
  day('2026-12-25', 5, { closedReason: 'holiday', holidayName: { en: 'Christmas Day', fr: 'Noël' } }),
  day('2026-12-26', 6, { closedReason: 'outside-hours' }),
  day('2026-12-27', 7, { closedReason: 'outside-hours' }),
  day('2026-12-28', 1, { closedReason: 'no-visit-today' }),
];

function rows(html: string): string[] {
  return [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((match) => visibleText(match[1]!));
}

describe('HoursTable', () => {
  it('lists the week in English, today first and marked', () => {
    const html = renderInLocale(<HoursTable days={WEEK} caption="Hours this week" />, 'en');
    expect(html).toContain('<caption>Hours this week</caption>');
    expect(rows(html)).toEqual([
      'Day Hours',
      'Tuesday, December 22 Today 8:30 a.m. to 12 p.m., 1 p.m. to 4 p.m.',
      'Wednesday, December 23 8:30 a.m. to 4 p.m.',
      'Thursday, December 24 Temporarily closed',
      'Friday, December 25 Closed (Christmas Day)',
      'Saturday, December 26 Closed',
      'Sunday, December 27 Closed',
      'Monday, December 28 No visit',
    ]);
    expect(html.match(/aria-current="date"/g)).toHaveLength(1);
    expect(html).toMatch(/<tr class="hours-table__today" aria-current="date"><th scope="row">Tuesday/);
  });

  it('lists it in French, with French dates and times (8 h 30) and no English word', () => {
    const html = renderInLocale(<HoursTable days={WEEK} caption="Heures cette semaine" />, 'fr');
    expect(rows(html)).toEqual([
      'Jour Heures',
      "mardi 22 décembre Aujourd'hui de 8 h 30 à 12 h, de 13 h à 16 h",
      'mercredi 23 décembre de 8 h 30 à 16 h',
      'jeudi 24 décembre Fermé temporairement',
      'vendredi 25 décembre Fermé (Noël)',
      'samedi 26 décembre Fermé',
      'dimanche 27 décembre Fermé',
      'lundi 28 décembre Aucune visite',
    ]);
    expect(visibleText(html)).not.toMatch(/\b(day|hours|today|closed|to|a\.m\.|p\.m\.|monday|december)\b/i);
  });
});
