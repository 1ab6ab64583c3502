import { describe, expect, it } from 'vitest';
import type { OpenStatus } from '@/lib/hours';
import type { AppLocale } from '@/i18n/routing';
import { renderInLocale, visibleText } from '@/components/testing/render';
import { OpenStatusText } from './OpenStatusText';

/** Monday 23 November 2026 at a Service Canada Centre open 8:30–16:00 with a lunch break, in Toronto time. */
const TODAY = '2026-11-23';
const moment = (date: string, time: string) => ({ date, time, instant: `${date}T${time}:00-05:00` });

const STATUSES = {
  open: { state: 'open', closesAt: moment(TODAY, '16:00') },
  closesSoon: { state: 'closes-soon', closesAt: moment(TODAY, '16:00') },
  lunch: { state: 'opens-later-today', reason: 'lunch', opensAt: moment(TODAY, '13:30') },
  beforeOpening: { state: 'opens-later-today', reason: 'outside-hours', opensAt: moment(TODAY, '08:30') },
  christmas: {
    state: 'closed',
    reason: 'holiday',
    holidayName: { en: 'Christmas Day', fr: 'Noël' },
    opensAt: moment('2026-11-30', '08:30'),
  },
  closure: { state: 'closed', reason: 'temporary-closure' },
  noVisit: { state: 'closed', reason: 'no-visit-today', opensAt: moment('2026-11-24', '09:00') },
  textOnly: { state: 'unknown', reason: 'text-only' },
  unknown: { state: 'unknown', reason: 'no-hours' },
} satisfies Record<string, OpenStatus>;

function text(status: OpenStatus, locale: AppLocale): string {
  return visibleText(renderInLocale(<OpenStatusText status={status} today={TODAY} />, locale));
}

/** What each status reads as, in each language: 12-hour times in English, « 8 h 30 » in French. */
const EXPECTED: Record<AppLocale, Record<keyof typeof STATUSES, string>> = {
  en: {
    open: 'Open now · Closes at 4 p.m.',
    closesSoon: 'Closes soon, at 4 p.m.',
    lunch: 'Closed for lunch · Opens today at 1:30 p.m.',
    beforeOpening: 'Closed now · Opens today at 8:30 a.m.',
    christmas: 'Closed today for Christmas Day · Opens Monday at 8:30 a.m.',
    closure: 'Temporarily closed',
    noVisit: 'No visit today · Opens Tuesday at 9 a.m.',
    textOnly: 'Hours as published by the source',
    unknown: 'Hours not available',
  },
  fr: {
    open: 'Ouvert maintenant · Ferme à 16 h',
    closesSoon: 'Ferme bientôt, à 16 h',
    lunch: "Fermé pour le dîner · Ouvre aujourd'hui à 13 h 30",
    beforeOpening: "Fermé maintenant · Ouvre aujourd'hui à 8 h 30",
    christmas: "Fermé aujourd'hui : Noël · Ouvre lundi à 8 h 30",
    closure: 'Fermé temporairement',
    noVisit: "Aucune visite aujourd'hui · Ouvre mardi à 9 h",
    textOnly: 'Heures telles que publiées par la source',
    unknown: 'Heures non disponibles',
  },
};

describe('OpenStatusText', () => {
  it.each(['en', 'fr'] as const)('says whether the office is open, in the page’s language (%s)', (locale) => {
    for (const [name, status] of Object.entries(STATUSES))
      expect(text(status, locale), name).toBe(EXPECTED[locale][name as keyof typeof STATUSES]);
  });

  it('leaves no English word on a French page', () => {
    for (const status of Object.values(STATUSES))
      expect(text(status, 'fr')).not.toMatch(/\b(open|closed?|closes|opens|today|monday|a\.m\.|p\.m\.|hours)\b/i);
  });

  it('marks the state for styling: open, closing soon, closed', () => {
    expect(renderInLocale(<OpenStatusText status={STATUSES.open} today={TODAY} />, 'fr')).toContain('status-open');
    expect(renderInLocale(<OpenStatusText status={STATUSES.closesSoon} today={TODAY} />, 'fr')).toContain('status-warn');
    expect(renderInLocale(<OpenStatusText status={STATUSES.christmas} today={TODAY} />, 'fr')).toContain('status-closed');
  });
});
