import type { DatedVisit, MonthlyVisitRule, ScheduleException, WeeklyInterval } from '../../model/schedule';
import { emptySchedule, isHHMM, isISODate, toMinutes, type ParseContext, type ParseResult } from './common';

/**
 * Service Canada office record (Ask Canada crawl, 2026-09): mutually exclusive `weekly` | `monthly` | `dated`,
 * plus optional `lunch`, `closedOn`, `closure`. Times are local to the office's zone.
 */
export function parseServiceCanada(data: Record<string, unknown>, ctx: ParseContext): ParseResult {
  const problems: string[] = [];
  const schedule = emptySchedule('structured', ctx);

  const weekly = data['weekly'];
  if (weekly !== undefined) {
    for (const entry of asArray(weekly)) {
      const [day, opens, closes] = asArray(entry);
      if (isIsoWeekday(day) && isHHMM(opens) && isHHMM(closes) && toMinutes(opens) < toMinutes(closes)) {
        schedule.weekly.push({ day, opens, closes } satisfies WeeklyInterval);
      } else {
        problems.push(`weekly: unusable entry ${JSON.stringify(entry)}`);
      }
    }
  }

  const monthly = data['monthly'];
  if (monthly !== undefined) {
    for (const entry of asArray(monthly)) {
      const [weeks, day, opens, closes] = asArray(entry);
      const weekList = asArray(weeks);
      const validWeeks =
        weekList.length > 0 &&
        weekList.every((w) => Number.isInteger(w) && ((w as number) === -1 || ((w as number) >= 1 && (w as number) <= 5)));
      if (validWeeks && isIsoWeekday(day) && isHHMM(opens) && isHHMM(closes) && toMinutes(opens) < toMinutes(closes)) {
        schedule.visitRules.push({ weeks: weekList as number[], day, opens, closes } satisfies MonthlyVisitRule);
      } else {
        problems.push(`monthly: unusable rule ${JSON.stringify(entry)}`);
      }
    }
  }

  const dated = data['dated'];
  if (dated !== undefined) {
    for (const entry of asArray(dated)) {
      const [date, opens, closes] = asArray(entry);
      if (!isISODate(date) || !isHHMM(opens) || !isHHMM(closes)) {
        problems.push(`dated: unusable visit ${JSON.stringify(entry)}`);
      } else if (toMinutes(closes) <= toMinutes(opens)) {
        // Known source typos (e.g. "08:30"→"04:00"): reported, never repaired by guessing.
        problems.push(`dated: visit on ${date} closes (${closes}) before it opens (${opens}); dropped`);
      } else if (date >= ctx.today) {
        schedule.datedVisits.push({ date, opens, closes } satisfies DatedVisit);
      }
    }
    schedule.datedVisits.sort((a, b) => a.date.localeCompare(b.date) || a.opens.localeCompare(b.opens));
  }

  const lunch = data['lunch'];
  if (lunch !== undefined) {
    const [from, to] = asArray(lunch);
    if (isHHMM(from) && isHHMM(to) && toMinutes(from) < toMinutes(to)) {
      schedule.breaks.push({ opens: from, closes: to });
    } else {
      problems.push(`lunch: unusable break ${JSON.stringify(lunch)}`);
    }
  }

  const closedOn = data['closedOn'];
  if (closedOn !== undefined) {
    for (const date of asArray(closedOn)) {
      if (isISODate(date)) schedule.exceptions.push({ from: date, to: date, kind: 'closed' });
      else problems.push(`closedOn: unusable date ${JSON.stringify(date)}`);
    }
  }

  const closure = data['closure'];
  if (closure !== undefined) {
    const parsed = parseClosure(closure);
    if (parsed) schedule.exceptions.push(parsed);
    else problems.push(`closure: unusable ${JSON.stringify(closure)}`);
  }

  const hasHours = schedule.weekly.length + schedule.visitRules.length + schedule.datedVisits.length > 0;
  const hadHoursFields = weekly !== undefined || monthly !== undefined || dated !== undefined;
  if (!hasHours) {
    // An outreach site whose remaining visits are all past is still "structured" (nothing upcoming), not "none".
    schedule.status = hadHoursFields && problems.length === 0 ? 'structured' : hadHoursFields ? 'text-only' : 'none';
    if (schedule.status === 'text-only') schedule.text = { en: JSON.stringify({ weekly, monthly, dated }) };
  }
  schedule.notes.push(...problems);
  return { schedule, problems };
}

function parseClosure(value: unknown): ScheduleException | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { from, to, cause } = value as { from?: unknown; to?: unknown; cause?: unknown };
  if (!isISODate(from) || (to !== undefined && !isISODate(to))) return undefined;
  const exception: ScheduleException = { from, kind: 'closed' };
  if (to !== undefined) exception.to = to;
  if (typeof cause === 'object' && cause !== null) {
    const { en, fr } = cause as { en?: unknown; fr?: unknown };
    exception.reason = {};
    if (typeof en === 'string') exception.reason.en = en;
    if (typeof fr === 'string') exception.reason.fr = fr;
  }
  return exception;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isIsoWeekday(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 7;
}
