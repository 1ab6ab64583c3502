import { hoursOf, nextOutreachVisit, zonedDateTime } from '@/lib/hours';
import { formatClock, formatLocalDate } from '@/lib/i18n-text';
import { calendarLinks, nextOpeningDate } from '@/lib/calendar/point-calendar';
import type { ServicePoint } from '@/lib/model/schema';
import { TEXT_ONLY_PARAM } from '@/lib/offline/text-only';

type Locale = 'en' | 'fr';

/** Query parameters that describe the person's display, not the page: left out of shared links. */
const PRIVATE_PARAMS = [TEXT_ONLY_PARAM, '_rsc'];

/** The address to share for a page: its path and query, less display choices. */
export function shareablePath(path: string, search: string): string {
  const params = new URLSearchParams(search);
  for (const name of PRIVATE_PARAMS) params.delete(name);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** "Printed on …" date: the local date at the instant, in a zone from lib/hours (the office's, or the place's). */
export function printedDate(instant: Date, timeZone: string, locale: Locale): string {
  return formatLocalDate(zonedDateTime(timeZone, instant).date, locale, true);
}

export interface CalendarActions {
  /** the next outreach visit, as a file */
  nextVisit?: { href: string; date: string; label: string };
  /** the feed of the next visits */
  feed?: string;
  /** an office's next day of opening, as a file */
  day?: { href: string; date: string; label: string };
}

/** What a service-point page offers to put in a calendar: visits for outreach sites, the next opening day for offices. */
export function calendarActions(point: ServicePoint, locale: Locale, instant: Date): CalendarActions {
  let visit;
  try {
    visit = nextOutreachVisit(hoursOf(point), instant);
  } catch {
    visit = undefined;
  }
  if (visit) {
    const links = calendarLinks(point, locale);
    const label = `${formatLocalDate(visit.date, locale)}, ${formatClock(visit.opensAt.time, locale)}`;
    return { nextVisit: { href: links.nextVisit, date: visit.date, label }, feed: links.visits };
  }
  if (point.schedule.visitRules.length > 0 || point.schedule.datedVisits.length > 0) return {};
  const date = nextOpeningDate(point, instant);
  if (!date) return {};
  const links = calendarLinks(point, locale, date);
  return links.day ? { day: { href: links.day, date, label: formatLocalDate(date, locale) } } : {};
}
