import type { ScheduleException } from '../../model/schedule';
import { addDays } from '../tz/zones';
import { emptySchedule, type ParseContext, type ParseResult } from './common';

const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'];

interface Opening {
  month?: unknown;
  dayOfMonth?: unknown;
  hour?: unknown;
  minute?: unknown;
  duration?: unknown;
  eventType?: unknown;
  notificationMsgEn?: unknown;
  notificationMsgFr?: unknown;
}

/**
 * ServiceOntario locator (2019): per location type, named holiday schedules ("December 25 and 26, 2019") whose
 * HOLIDAY openings give month, day and a duration in minutes. The year is only in the schedule's name;
 * `recurrence: YEARLY` and `dayOfWeek` are not trustworthy. No regular hours exist in this source.
 */
export function parseServiceOntarioHolidays(data: Record<string, unknown>, ctx: ParseContext): ParseResult {
  const problems: string[] = [];
  const schedule = emptySchedule('none', ctx);
  schedule.holidays.stated = true;
  const schedules = Array.isArray(data['schedules']) ? (data['schedules'] as Array<Record<string, unknown>>) : [];
  if (!Array.isArray(data['schedules'])) problems.push('serviceontario: no schedules array');

  for (const holidaySchedule of schedules) {
    const name = typeof holidaySchedule['name'] === 'string' ? holidaySchedule['name'] : '';
    const openings = Array.isArray(holidaySchedule['openings']) ? (holidaySchedule['openings'] as Opening[]) : [];
    const notice = openings.find((o) => o.eventType === 'NOTIFICATION');
    const years = [...name.matchAll(/\b(20\d\d)\b/g)].map((m) => m[1]!);
    for (const opening of openings.filter((o) => o.eventType === 'HOLIDAY')) {
      const month = typeof opening.month === 'string' ? MONTHS.indexOf(opening.month) : -1;
      const day = Number(opening.dayOfMonth);
      const duration = Number(opening.duration);
      const wholeDays = opening.hour === 0 && opening.minute === 0 && Number.isInteger(duration / 1440) && duration > 0;
      if (years.length !== 1 || month < 0 || !Number.isInteger(day) || !wholeDays) {
        problems.push(
          `serviceontario: cannot date holiday ${JSON.stringify({ schedule: name, month: opening.month, day: opening.dayOfMonth, hour: opening.hour, duration: opening.duration })}`,
        );
        continue;
      }
      const from = `${years[0]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const exception: ScheduleException = { from, to: addDays(from, duration / 1440 - 1), kind: 'closed', reason: { en: name } };
      if (typeof notice?.notificationMsgEn === 'string') exception.reason = { en: notice.notificationMsgEn };
      if (typeof notice?.notificationMsgFr === 'string') exception.reason = { ...exception.reason, fr: notice.notificationMsgFr };
      schedule.exceptions.push(exception);
    }
  }
  schedule.exceptions.sort((a, b) => a.from.localeCompare(b.from));
  schedule.notes.push('no regular opening hours in the source; only dated holiday closures', ...problems);
  return { schedule, problems };
}
