import type { ServicePoint } from '../model/schema';
import { nextOpening, nextOutreachVisit, openStatusAt, weekTable } from './status';
import type { LocalMoment, OpenStatus, OutreachVisit, ServicePointHours, WeekTableDay } from './status';
import { zonedDateTime, type ZonedDateTime } from './tz/zones';

/** A service point's hours as lib/hours reads them: its schedule, in its own time zone, with its province's holidays. */
export function hoursOf(point: Pick<ServicePoint, 'timeZone' | 'schedule' | 'address'>): ServicePointHours {
  return { timeZone: point.timeZone, schedule: point.schedule, province: point.address.province };
}

export interface PointHoursAt {
  /** the instant as a date and time on the point's own clock */
  local: ZonedDateTime;
  status: OpenStatus;
  /** seven days from the local date, today first */
  week: WeekTableDay[];
  nextOpening?: LocalMoment;
  /** the next (or current) outreach visit */
  nextVisit?: OutreachVisit;
}

/** Everything about a point's hours at an instant, as the service-point page and the API give it. */
export function pointHoursAt(point: Pick<ServicePoint, 'timeZone' | 'schedule' | 'address'>, instant: Date): PointHoursAt {
  const hours = hoursOf(point);
  const opening = nextOpening(hours, instant);
  const visit = nextOutreachVisit(hours, instant);
  return {
    local: zonedDateTime(point.timeZone, instant),
    status: openStatusAt(hours, instant),
    week: weekTable(hours, instant),
    ...(opening ? { nextOpening: opening } : {}),
    ...(visit ? { nextVisit: visit } : {}),
  };
}
