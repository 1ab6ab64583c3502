import type { ServicePoint } from '../model/schema';
import { nextOpening, nextOutreachVisit, openStatusAt, weekTable } from './status';
import type { LocalMoment, OpenStatus, OutreachVisit, ServicePointHours, WeekTableDay } from './status';
import { zonedDateTime, type ZonedDateTime } from './tz/zones';

/** A service point's hours as lib/hours reads them: its schedule, in its own time zone, with its province's holidays. */
export function hoursOf(point: Pick<ServicePoint, 'timeZone' | 'schedule' | 'address'>): ServicePointHours {
  return { timeZone: point.timeZone, schedule: point.schedule, province: point.address.province };
}

type PointWithHours = Pick<ServicePoint, 'timeZone' | 'schedule' | 'address'>;

const statusThisMinute = new WeakMap<PointWithHours, { minute: number; status: OpenStatus }>();

/**
 * A point's open status at an instant (status.ts), remembered for the rest of that minute: the status reads the
 * point's clock to the minute, and search after search shows the same points (on a Sunday each one looks ahead for
 * its next opening). Treat the answer as read-only.
 */
export function pointStatusAt(point: PointWithHours, instant: Date): OpenStatus {
  const minute = Math.floor(instant.getTime() / 60_000);
  const known = statusThisMinute.get(point);
  if (known?.minute === minute) return known.status;
  const status = openStatusAt(hoursOf(point), instant);
  statusThisMinute.set(point, { minute, status });
  return status;
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
export function pointHoursAt(point: PointWithHours, instant: Date): PointHoursAt {
  const hours = hoursOf(point);
  const opening = nextOpening(hours, instant);
  const visit = nextOutreachVisit(hours, instant);
  return {
    local: zonedDateTime(point.timeZone, instant),
    status: pointStatusAt(point, instant),
    week: weekTable(hours, instant),
    ...(opening ? { nextOpening: opening } : {}),
    ...(visit ? { nextVisit: visit } : {}),
  };
}
