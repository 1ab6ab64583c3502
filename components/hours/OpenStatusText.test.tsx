import { describe, expect, it } from 'vitest';
import type { OpenStatus } from '@/lib/hours';
import type { AppLocale } from '@/i18n/routing';
import { renderInLocale, visibleText } from '@/components/testing/render';
import { OpenStatusText } from './OpenStatusText';

/** Monday 23 November 2026 at a Service Canada Centre open 8:30–16:00 with a lunch break, in Toronto time. */
const TODAY = '2026-11-23';
const moment = (date: string, time: string) => ({ date, time, instant: `${date}T${time}:00-05:00` });

const STATUSES: Record<string, OpenStatus> = {
  open: { state: 'open', closesAt: moment(TODAY, '16:00') },
  closesSoon: { state: 'closes-soon', closesAt: moment(TODAY, '16:00') },
  lunch: { state: 'opens-later-today', reason: 'lunch', opensAt: moment(TODAY, '13:30') },
  beforeOpening: { state: 'opens-later-today', reason: 'outside-hours', opensAt: moment(TODAY, '08:30') },
  christmas: { state: 'closed', reason: 'holiday', holidayName: { en: 'Christmas Day', fr: 'Noël' }, opensAt: moment('2026-11-30', '08:30') },
  closure: { state: 'closed', reason: 'temporary-closure' },
  noVisit: { state: 'closed', reason: 'no-visit-today', opensAt: moment('2026-11-24', '09:00') },
  textOnly: { state: 'unknown', reason: 'text-only' },
  unknown: { state: 'unknown', reason: 'no-hours' },
};

function text(status: OpenStatus, locale: AppLocale): string {
  return visibleText(renderInLocale(<OpenStatusText status={status} today={TODAY} />, locale));
}

describe('OpenStatusText', () => {
  it('says in English whether the office is open, with 12-hour times', () => {
    expect(text(STATUSES.open!, 'en')).toBe('Open now · Closes at 4 p.m.');
    expect(text(STATUSES.closesSoon!, 'en')).toBe('Closes soon, at 4 p.m.');
    expect(text(STATUSES.lunch!, 'en')).toBe('Closed for lunch · Opens today at 1:30 p.m.');
    expect(text(STATUSES.beforeOpening!, 'en')).toBe('Closed now · Opens today at 8:30 a.m.');
    expect(text(STATUSES.christmas!, 'en')).toBe('Closed today for Christmas Day · Opens Monday at 8:30 a.m.');
    expect(text(STATUSES.closure!, 'en')).toBe('Temporarily closed');
    expect(text(STATUSES.noVisit!, 'en')).toBe('No visit today · Opens Tuesday at 9 a.m.');
    expect(text(STATUSES.textOnly!, 'en')).toBe('Hours as published by the source');
    expect(text(STATUSES.unknown!, 'en')).toBe('Hours not available');
  });

  it('says it in French with French times (8 h 30) and no English word', () => {
    expect(text(STATUSES.open!, 'fr')).toBe('Ouvert maintenant · Ferme à 16 h');
    expect(text(STATUSES.closesSoon!, 'fr')).toBe('Ferme bientôt, à 16 h');
    expect(text(STATUSES.lunch!, 'fr')).toBe("Fermé pour le dîner · Ouvre aujourd'hui à 13 h 30");
    expect(text(STATUSES.beforeOpening!, 'fr')).toBe("Fermé maintenant · Ouvre aujourd'hui à 8 h 30");
    expect(text(STATUSES.christmas!, 'fr')).toBe("Fermé aujourd'hui : Noël · Ouvre lundi à 8 h 30");
    expect(text(STATUSES.closure!, 'fr')).toBe('Fermé temporairement');
    expect(text(STATUSES.noVisit!, 'fr')).toBe("Aucune visite aujourd'hui · Ouvre mardi à 9 h");
    expect(text(STATUSES.textOnly!, 'fr')).toBe('Heures telles que publiées par la source');
    expect(text(STATUSES.unknown!, 'fr')).toBe('Heures non disponibles');
    for (const status of Object.values(STATUSES)) expect(text(status, 'fr')).not.toMatch(/\b(open|closed?|closes|opens|today|monday|a\.m\.|p\.m\.|hours)\b/i);
  });

  it('marks the state for styling: open, closing soon, closed', () => {
    expect(renderInLocale(<OpenStatusText status={STATUSES.open!} today={TODAY} />, 'fr')).toContain('status-open');
    expect(renderInLocale(<OpenStatusText status={STATUSES.closesSoon!} today={TODAY} />, 'fr')).toContain('status-warn');
    expect(renderInLocale(<OpenStatusText status={STATUSES.christmas!} today={TODAY} />, 'fr')).toContain('status-closed');
  });
});
