export { timeZoneFor } from './tz/zone-for';
export { scheduleFromSource } from './schedule-from-source';
export type { ParseContext, ParseResult } from './parse/common';
export { utcOffsetAt, zonedDateTime, instantFor, isKnownZone, TZ_DATA_VERSION, SUPPORTED_INSTANTS, type ZonedDateTime } from './tz/zones';
export { holidaysFor, federalOfficeHolidays, closureHolidays, closureHolidayOn, type Holiday } from './holidays/calendar';
export {
  openStatusAt,
  isOpenAt,
  nextOpening,
  nextOutreachVisit,
  weekTable,
  dayPlan,
  type ServicePointHours,
  type OpenStatus,
  type LocalMoment,
  type ClosedReason,
  type DayPlan,
  type OutreachVisit,
  type WeekTableDay,
} from './status';
export { hoursOf, pointHoursAt, pointStatusAt, type PointHoursAt } from './point';
