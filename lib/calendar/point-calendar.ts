import { dayPlan, nextOutreachVisit, weekTable, type OutreachVisit, type ServicePointHours } from '@/lib/hours';
import { formatClock, formatLocalDate, pickText } from '@/lib/i18n-text';
import { pointPath } from '@/lib/search/present';
import type { ServicePoint } from '@/lib/model/schema';
import type { CalendarEvent } from './ics';

export type CalendarLocale = 'en' | 'fr';

/**
 * The calendar's sentences in the file's language, given by the caller (the route handlers pass next-intl's
 * translator for the Calendar messages): visitSummary, hoursSummary and feedName take {name}, phone {phone}, link {url},
 * check {date}.
 */
export type CalendarWords = (
  key: 'visitSummary' | 'hoursSummary' | 'phone' | 'link' | 'check' | 'feedName',
  values: Record<string, string>,
) => string;

/** Visits listed in a subscribed feed. */
export const FEED_VISITS = 10;

export function hoursOf(point: ServicePoint): ServicePointHours {
  return { timeZone: point.timeZone, schedule: point.schedule, province: point.address.province };
}

/** The next `count` outreach visits from an instant, holidays and closures skipped (lib/hours). */
export function upcomingVisits(hours: ServicePointHours, from: Date, count: number): OutreachVisit[] {
  const visits: OutreachVisit[] = [];
  let instant = from;
  while (visits.length < count) {
    let visit: OutreachVisit | undefined;
    try {
      visit = nextOutreachVisit(hours, instant);
    } catch {
      break; // past the shipped time-zone data
    }
    if (!visit) break;
    visits.push(visit);
    instant = new Date(Date.parse(visit.closesAt.instant) + 60_000);
  }
  return visits;
}

/** The postal address on one line, in the page's language where the source has it. */
export function addressLine(point: ServicePoint, locale: CalendarLocale): string {
  const lines =
    (locale === 'fr' ? (point.address.lines.fr ?? point.address.lines.en) : (point.address.lines.en ?? point.address.lines.fr)) ?? [];
  return [
    ...lines,
    `${pickText(point.address.city, locale)} (${point.address.province})${point.address.postalCode ? ` ${point.address.postalCode}` : ''}`,
  ].join(', ');
}

interface EventContext {
  point: ServicePoint;
  locale: CalendarLocale;
  words: CalendarWords;
  /** the site's origin, for the link back */
  origin: string;
  /** the data snapshot's date (YYYY-MM-DD), said in the description */
  dataDate: string;
}

function describe(
  { point, locale, words: t, origin, dataDate }: EventContext,
  date: string,
  opens: string,
  closes: string,
): { description: string; url: string } {
  const url = `${origin}${pointPath(point, locale)}`;
  const when = `${formatLocalDate(date, locale, true)}, ${formatClock(opens, locale)} – ${formatClock(closes, locale)} (${point.timeZone})`;
  const lines = [
    when,
    ...point.phones.map((phone) => t('phone', { phone: phone.number })),
    t('link', { url }),
    t('check', { date: dataDate }),
  ];
  return { description: lines.join('\n'), url };
}

/** One calendar event per visit, in the site's language of choice. */
export function visitEvents(context: EventContext, visits: OutreachVisit[]): CalendarEvent[] {
  const t = context.words;
  const name = pickText(context.point.name, context.locale);
  return visits.map((visit) => ({
    uid: `visit-${context.point.id}-${visit.date}-${visit.opensAt.time.replace(':', '')}@guichet`,
    date: visit.date,
    opens: visit.opensAt.time,
    closes: visit.closesAt.time,
    timeZone: context.point.timeZone,
    summary: t('visitSummary', { name }),
    location: addressLine(context.point, context.locale),
    ...describe(context, visit.date, visit.opensAt.time, visit.closesAt.time),
  }));
}

/** An office's openings on one local date (one event per opening, lunch breaks left out). */
export function dayEvents(context: EventContext, date: string): CalendarEvent[] {
  const t = context.words;
  const name = pickText(context.point.name, context.locale);
  return dayPlan(hoursOf(context.point), date).intervals.map((interval) => ({
    uid: `hours-${context.point.id}-${date}-${interval.opens.replace(':', '')}@guichet`,
    date,
    opens: interval.opens,
    closes: interval.closes,
    timeZone: context.point.timeZone,
    summary: t('hoursSummary', { name }),
    location: addressLine(context.point, context.locale),
    ...describe(context, date, interval.opens, interval.closes),
  }));
}

/** The first local date, today or within the week, on which an office opens (for "add the next opening"). */
export function nextOpeningDate(point: ServicePoint, instant: Date): string | undefined {
  try {
    return weekTable(hoursOf(point), instant).find((day) => day.intervals.length > 0)?.date;
  } catch {
    return undefined;
  }
}

export function feedName(point: ServicePoint, locale: CalendarLocale, words: CalendarWords): string {
  return words('feedName', { name: pickText(point.name, locale) });
}

/** Links to the calendar files of a point (API routes, language in ?lang=). */
export function calendarLinks(point: Pick<ServicePoint, 'id'>, locale: CalendarLocale, openingDate?: string) {
  const base = `/api/v1/locations/${encodeURIComponent(point.id)}`;
  return {
    nextVisit: `${base}/next-visit.ics?lang=${locale}`,
    visits: `${base}/visits.ics?lang=${locale}`,
    day: openingDate ? `${base}/hours.ics?lang=${locale}&date=${openingDate}` : undefined,
  };
}
