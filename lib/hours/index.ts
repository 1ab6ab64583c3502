export { timeZoneFor } from './tz/zone-for';
export { scheduleFromSource } from './schedule-from-source';
export type { ParseContext, ParseResult } from './parse/common';
