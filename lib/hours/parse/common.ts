import type { Schedule } from '../../model/schedule';

export interface ParseContext {
  province: import('../../model/schema').ProvinceCode;
  calendar: 'federal' | 'provincial';
  /** YYYY-MM-DD, local date at ingest: dated visits before it are dropped */
  today: string;
}

export interface ParseResult {
  schedule: Schedule;
  problems: string[];
}

export function emptySchedule(status: Schedule['status'], ctx: ParseContext): Schedule {
  return {
    status,
    weekly: [],
    breaks: [],
    exceptions: [],
    visitRules: [],
    datedVisits: [],
    sessions: [],
    holidays: { closes: true, calendar: ctx.calendar, stated: false },
    notes: [],
  };
}

const HHMM_RE = /^([01]\d|2[0-4]):[0-5]\d$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isHHMM(value: unknown): value is string {
  return typeof value === 'string' && HHMM_RE.test(value);
}

export function isISODate(value: unknown): value is string {
  return typeof value === 'string' && DATE_RE.test(value);
}

export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

export function fromMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Source values that mean "nothing here". */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && (value.trim() === '' || value.trim() === 'NULL'));
}
