import { z } from 'zod';

/**
 * Canonical schedule of a service point. Maps onto HSDS 3 `schedule`:
 * weekly → freq=WEEKLY/byday rows, visit rules → freq=MONTHLY with byday + setpos,
 * exceptions/datedVisits → valid_from=valid_to single-day rows.
 * All times are wall-clock times in the location's own IANA zone.
 */
export const HHMM = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'expected HH:MM (24 h)');
export const ISODate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const IsoWeekday = z.number().int().min(1).max(7);

export const Interval = z.object({ opens: HHMM, closes: HHMM });
export type Interval = z.infer<typeof Interval>;

export const WeeklyInterval = Interval.extend({ day: IsoWeekday });
export type WeeklyInterval = z.infer<typeof WeeklyInterval>;

export const LocalizedNote = z.object({ en: z.string().optional(), fr: z.string().optional() });

/** A dated change to the weekly pattern: a holiday, a temporary closure (possibly open-ended) or a special opening. */
export const ScheduleException = z.object({
  from: ISODate,
  /** inclusive; absent = until further notice */
  to: ISODate.optional(),
  kind: z.enum(['closed', 'open']),
  intervals: z.array(Interval).optional(),
  reason: LocalizedNote.optional(),
});
export type ScheduleException = z.infer<typeof ScheduleException>;

/** "2nd and 4th Wednesday of each month, 09:30–15:00". weeks: 1..5, -1 = last. */
export const MonthlyVisitRule = z.object({
  weeks: z.array(z.number().int().min(-1).max(5)).min(1),
  day: IsoWeekday,
  opens: HHMM,
  closes: HHMM,
});
export type MonthlyVisitRule = z.infer<typeof MonthlyVisitRule>;

export const DatedVisit = z.object({ date: ISODate, opens: HHMM, closes: HHMM });
export type DatedVisit = z.infer<typeof DatedVisit>;

/** Program sessions (e.g. EarlyON drop-ins) are not counter hours: kept apart, as text with optional structure. */
export const Session = z.object({
  name: z.string().optional(),
  day: IsoWeekday.optional(),
  opens: HHMM.optional(),
  closes: HHMM.optional(),
  text: z.string(),
});
export type Session = z.infer<typeof Session>;

export const Schedule = z.object({
  /** structured = weekly and/or visits usable for open-now; text-only = source text we could not parse; none = source gives nothing */
  status: z.enum(['structured', 'text-only', 'none']),
  weekly: z.array(WeeklyInterval).default([]),
  /** daily closure such as a lunch break, applied to every open interval */
  breaks: z.array(Interval).default([]),
  exceptions: z.array(ScheduleException).default([]),
  visitRules: z.array(MonthlyVisitRule).default([]),
  datedVisits: z.array(DatedVisit).default([]),
  sessions: z.array(Session).default([]),
  /** whether the site closes on statutory holidays, and which calendar applies */
  holidays: z.object({
    closes: z.boolean(),
    calendar: z.enum(['federal', 'provincial']),
    /** set when the source states it, e.g. "Statutory Holidays - Closed" */
    stated: z.boolean().default(false),
  }),
  /** original text kept verbatim (plain text, never HTML) when part or all of it could not be parsed */
  text: LocalizedNote.optional(),
  /** parse problems worth reporting (e.g. a visit that closes before it opens) */
  notes: z.array(z.string()).default([]),
});
export type Schedule = z.infer<typeof Schedule>;

/**
 * Hours exactly as the source gives them, for lib/hours to turn into a Schedule.
 * `data` holds the source row's hours-related fields verbatim (after decoding and reduction to plain text),
 * keyed by the source's own field/column names.
 */
export interface RawHours {
  format:
    | 'service-canada'
    | 'service-canada-2017-text'
    | 'workbc-text'
    | 'tpl-weekly'
    | 'earlyon-sessions'
    | 'serviceontario-holidays'
    | 'vac-office-hours'
    | 'none';
  data: Record<string, unknown>;
}
