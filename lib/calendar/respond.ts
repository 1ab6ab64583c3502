import 'server-only';
import { getSnapshot } from '@/lib/data/server';
import type { ServicePoint } from '@/lib/model/schema';
import { AT_MESSAGE, isCalendarDate, parseInstant } from '@/lib/search/params';
import { invalidParameters, notFound, publicOrigin } from '@/lib/api/http';
import { buildCalendar } from './ics';
import {
  FEED_VISITS,
  dayEvents,
  feedName,
  hoursOf,
  upcomingVisits,
  visitEvents,
  type CalendarLocale,
  type CalendarWords,
} from './point-calendar';

export type CalendarKind = 'next-visit' | 'visits' | 'hours';

/**
 * GET /api/v1/locations/{id}/next-visit.ics (one file for the next visit, or ?date= one of the next visits),
 * /visits.ics (a feed of the next visits, to subscribe to) and /hours.ics?date= (an office's openings that day).
 * ?lang=en|fr picks the language of the texts, whose words `wordsFor` gives; ?at= another moment (tests).
 */
export async function calendarResponse(
  request: Request,
  id: string,
  kind: CalendarKind,
  wordsFor: (locale: CalendarLocale) => CalendarWords | Promise<CalendarWords>,
): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const lang = query.get('lang') ?? 'en';
  if (lang !== 'en' && lang !== 'fr') return invalidParameters([{ param: 'lang', message: 'must be one of: en, fr' }]);
  const locale: CalendarLocale = lang;
  const atRaw = query.get('at');
  const at = atRaw === null ? new Date() : parseInstant(atRaw);
  if (!at) return invalidParameters([{ param: 'at', message: AT_MESSAGE }]);
  const date = query.get('date');
  if (date !== null && !isCalendarDate(date)) return invalidParameters([{ param: 'date', message: 'must be a date YYYY-MM-DD' }]);

  const loaded = getSnapshot();
  const point: ServicePoint | undefined = /^[a-z0-9-]{1,120}$/.test(id)
    ? (loaded.pointById.get(id) ?? loaded.pointBySlug.get(id))
    : undefined;
  if (!point) return notFound('No service point has this id or slug.', 'id');
  const words = await wordsFor(locale);
  const context = { point, locale, words, origin: publicOrigin(request), dataDate: loaded.snapshot.builtAt.slice(0, 10) };

  let events;
  if (kind === 'hours') {
    if (date === null) return invalidParameters([{ param: 'date', message: 'is required: a date YYYY-MM-DD' }]);
    events = dayEvents(context, date);
    if (events.length === 0) return notFound('This office has no opening hours on that date.', 'date');
  } else {
    const visits = upcomingVisits(hoursOf(point), at, kind === 'visits' ? FEED_VISITS : date === null ? 1 : FEED_VISITS);
    const chosen = kind === 'next-visit' && date !== null ? visits.filter((v) => v.date === date) : visits;
    if (kind === 'next-visit' && chosen.length === 0) return notFound('No upcoming outreach visit is known for this site.');
    events = visitEvents(context, kind === 'next-visit' ? chosen.slice(0, 1) : chosen);
  }

  const body = buildCalendar({
    events,
    lang: locale,
    stamp: new Date(),
    ...(kind === 'visits' ? { name: feedName(point, locale, words), refresh: 'P1D' } : {}),
  });
  const fileDate = events[0]?.date ?? 'none';
  const filename = kind === 'visits' ? `guichet-${point.slug}-visits.ics` : `guichet-${point.slug}-${fileDate}.ics`;
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      // A feed is read by calendar apps (inline); a single event is a download.
      'Content-Disposition': `${kind === 'visits' ? 'inline' : 'attachment'}; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '-')}"`,
      'Cache-Control': kind === 'visits' ? 'public, max-age=3600' : 'no-store',
    },
  });
}
