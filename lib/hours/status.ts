import type { ProvinceCode } from '../model/schema';
import type { Interval, Schedule } from '../model/schedule';
import { closureHolidayOn } from './holidays/calendar';
import { fromMinutes, toMinutes } from './parse/common';
import { addDays, instantFor, isoWeekdayOf, zonedDateTime } from './tz/zones';

export interface ServicePointHours {
  /** IANA zone of the location (see timeZoneFor) */
  timeZone: string;
  schedule: Schedule;
  province: ProvinceCode;
}

/** A local wall-clock moment and its instant. */
export interface LocalMoment {
  date: string;
  time: string;
  /** ISO 8601 UTC */
  instant: string;
}

export type ClosedReason = 'holiday' | 'temporary-closure' | 'lunch' | 'outside-hours' | 'no-visit-today' | 'text-only' | 'no-hours';

export interface OpenStatus {
  state: 'open' | 'closes-soon' | 'closed' | 'opens-later-today' | 'unknown';
  closesAt?: LocalMoment;
  opensAt?: LocalMoment;
  reason?: ClosedReason;
  holidayName?: { en: string; fr: string };
  /** the source's words for a dated closure ("Building Maintenance") */
  closureNote?: { en?: string; fr?: string };
}

export interface DayPlan {
  date: string;
  /** ISO weekday */
  weekday: number;
  intervals: Interval[];
  closedReason?: Exclude<ClosedReason, 'lunch' | 'text-only' | 'no-hours'>;
  holidayName?: { en: string; fr: string };
  closureNote?: { en?: string; fr?: string };
}

const CLOSES_SOON_MINUTES = 30;
const SEARCH_DAYS = 400;

/** Opening intervals of one local date, after exceptions, holidays and breaks. */
export function dayPlan(point: ServicePointHours, date: string): DayPlan {
  const { schedule } = point;
  const weekday = isoWeekdayOf(date);
  const exception = schedule.exceptions.find((e) => e.from <= date && (e.to === undefined || date <= e.to));
  if (exception?.kind === 'closed') {
    return {
      date,
      weekday,
      intervals: [],
      closedReason: 'temporary-closure',
      ...(exception.reason ? { closureNote: exception.reason } : {}),
    };
  }
  if (exception?.kind === 'open' && exception.intervals) {
    return { date, weekday, intervals: withoutBreaks(exception.intervals, schedule.breaks) };
  }
  if (schedule.holidays.closes) {
    const holiday = closureHolidayOn(schedule.holidays.calendar, point.province, date);
    if (holiday) return { date, weekday, intervals: [], closedReason: 'holiday', holidayName: holiday.name };
  }
  const visits = visitsOn(schedule, date);
  const intervals = withoutBreaks([...schedule.weekly.filter((w) => w.day === weekday), ...visits], schedule.breaks);
  if (intervals.length > 0) return { date, weekday, intervals };
  const onlyVisits = schedule.weekly.length === 0 && (schedule.visitRules.length > 0 || schedule.datedVisits.length > 0);
  return { date, weekday, intervals: [], closedReason: onlyVisits ? 'no-visit-today' : 'outside-hours' };
}

/** Whether the point is open at the instant, evaluated in the point's own zone. */
export function openStatusAt(point: ServicePointHours, instant: Date): OpenStatus {
  if (point.schedule.status === 'text-only') return { state: 'unknown', reason: 'text-only' };
  if (point.schedule.status === 'none') return { state: 'unknown', reason: 'no-hours' };
  const now = zonedDateTime(point.timeZone, instant);
  const plan = dayPlan(point, now.date);
  const current = plan.intervals.find((i) => toMinutes(i.opens) <= now.minutes && now.minutes < toMinutes(i.closes));
  if (current) {
    const closesAt = moment(point.timeZone, now.date, current.closes);
    const soon = toMinutes(current.closes) - now.minutes <= CLOSES_SOON_MINUTES;
    return { state: soon ? 'closes-soon' : 'open', closesAt };
  }
  const later = plan.intervals.find((i) => toMinutes(i.opens) > now.minutes);
  if (later) {
    const inBreak = point.schedule.breaks.some((b) => toMinutes(b.opens) <= now.minutes && now.minutes < toMinutes(b.closes));
    const hadOpened = plan.intervals.some((i) => toMinutes(i.closes) <= now.minutes);
    return {
      state: 'opens-later-today',
      opensAt: moment(point.timeZone, now.date, later.opens),
      reason: inBreak && hadOpened ? 'lunch' : 'outside-hours',
    };
  }
  const opensAt = nextOpening(point, instant);
  return {
    state: 'closed',
    reason: plan.closedReason ?? 'outside-hours',
    ...(plan.holidayName ? { holidayName: plan.holidayName } : {}),
    ...(plan.closureNote ? { closureNote: plan.closureNote } : {}),
    ...(opensAt ? { opensAt } : {}),
  };
}

/** Just whether the point is open at the instant: the cheap check behind an "open now" filter. */
export function isOpenAt(point: ServicePointHours, instant: Date): boolean {
  if (point.schedule.status !== 'structured') return false;
  const now = zonedDateTime(point.timeZone, instant);
  return dayPlan(point, now.date).intervals.some((i) => toMinutes(i.opens) <= now.minutes && now.minutes < toMinutes(i.closes));
}

/** The start of the next opening after the instant, within ~400 days; undefined if none (e.g. closed until further notice). */
export function nextOpening(point: ServicePointHours, instant: Date): LocalMoment | undefined {
  if (point.schedule.status !== 'structured') return undefined;
  const now = zonedDateTime(point.timeZone, instant);
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const date = addDays(now.date, offset);
    const next = dayPlan(point, date).intervals.find((i) => offset > 0 || toMinutes(i.opens) > now.minutes);
    if (next) return moment(point.timeZone, date, next.opens);
  }
  return undefined;
}

export interface OutreachVisit {
  date: string;
  opensAt: LocalMoment;
  closesAt: LocalMoment;
}

/** The next (or current) outreach visit from monthly rules and dated visits, skipping holidays and closures. */
export function nextOutreachVisit(point: ServicePointHours, instant: Date): OutreachVisit | undefined {
  const { schedule } = point;
  if (schedule.visitRules.length === 0 && schedule.datedVisits.length === 0) return undefined;
  const now = zonedDateTime(point.timeZone, instant);
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const date = addDays(now.date, offset);
    const visits = visitsOn(schedule, date).filter((v) => offset > 0 || toMinutes(v.closes) > now.minutes);
    if (visits.length === 0) continue;
    const plan = dayPlan(point, date);
    if (plan.closedReason === 'holiday' || plan.closedReason === 'temporary-closure') continue;
    const visit = visits.sort((a, b) => a.opens.localeCompare(b.opens))[0]!;
    return { date, opensAt: moment(point.timeZone, date, visit.opens), closesAt: moment(point.timeZone, date, visit.closes) };
  }
  return undefined;
}

export interface WeekTableDay extends DayPlan {
  today: boolean;
}

/** Seven local days from the instant's local date, for an hours table. */
export function weekTable(point: ServicePointHours, instant: Date): WeekTableDay[] {
  const today = zonedDateTime(point.timeZone, instant).date;
  return Array.from({ length: 7 }, (_, offset) => {
    const date = addDays(today, offset);
    return { ...dayPlan(point, date), today: offset === 0 };
  });
}

function visitsOn(schedule: Schedule, date: string): Interval[] {
  const weekday = isoWeekdayOf(date);
  const dayOfMonth = Number(date.slice(8, 10));
  const daysInMonth = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
  const nth = Math.ceil(dayOfMonth / 7);
  const isLast = dayOfMonth + 7 > daysInMonth;
  const fromRules = schedule.visitRules
    .filter((rule) => rule.day === weekday && rule.weeks.some((w) => w === nth || (w === -1 && isLast)))
    .map(({ opens, closes }) => ({ opens, closes }));
  const dated = schedule.datedVisits.filter((v) => v.date === date).map(({ opens, closes }) => ({ opens, closes }));
  return [...fromRules, ...dated];
}

function withoutBreaks(intervals: Interval[], breaks: Interval[]): Interval[] {
  let pieces = intervals.map(({ opens, closes }) => ({ opens: toMinutes(opens), closes: toMinutes(closes) }));
  for (const pause of breaks) {
    const [from, to] = [toMinutes(pause.opens), toMinutes(pause.closes)];
    pieces = pieces.flatMap((p) =>
      to <= p.opens || from >= p.closes
        ? [p]
        : [...(from > p.opens ? [{ opens: p.opens, closes: from }] : []), ...(to < p.closes ? [{ opens: to, closes: p.closes }] : [])],
    );
  }
  // Overlapping or touching intervals (a visit during weekly hours, contradictory source lines) are one opening.
  const merged: Array<{ opens: number; closes: number }> = [];
  for (const piece of pieces.sort((a, b) => a.opens - b.opens)) {
    const last = merged.at(-1);
    if (last && piece.opens <= last.closes) last.closes = Math.max(last.closes, piece.closes);
    else merged.push({ ...piece });
  }
  return merged.map((p) => ({ opens: fromMinutes(p.opens), closes: fromMinutes(p.closes) }));
}

function moment(zone: string, date: string, time: string): LocalMoment {
  const instant = instantFor(zone, date, time);
  const local = time === '24:00' ? { date: addDays(date, 1), time: '00:00' } : { date, time };
  return { ...local, instant: instant.toISOString() };
}
