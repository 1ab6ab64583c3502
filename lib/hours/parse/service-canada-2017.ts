import type { Interval, MonthlyVisitRule, WeeklyInterval } from '../../model/schedule';
import { parseDayList, parseDayName, parseTimeRange } from './clock';
import { emptySchedule, isBlank, toMinutes, type ParseContext, type ParseResult } from './common';

const TIME = String.raw`\d{1,2}(?::\s?\d{2})?\s*(?:[ap]\.?m\.?)?`;
const RANGE = new RegExp(`(${TIME})\\s*(?:-\\s*to|to|-|–)\\s*(${TIME})`, 'gi');
const ORDINALS: Record<string, number> = {
  '1st': 1,
  first: 1,
  '2nd': 2,
  second: 2,
  '3rd': 3,
  third: 3,
  '4th': 4,
  fourth: 4,
  '5th': 5,
  fifth: 5,
  last: -1,
};

/**
 * Service Canada 2017 "HoursofSer" English free text: "Monday to Friday 8:30 am to 4:00 pm, Closed 12:00 to 12:30 pm",
 * "Tuesday and Wednesday 9:30 am to 4:30 pm, Thursday 9:30 am to 2:00 pm", "2nd & 4th Thursday of the month 9:00 am to 3:30 pm".
 * Anything looser ("Day TBD", "Bi-weekly", "Every second Thursday", "(Quarterly)") is kept as text.
 */
export function parseServiceCanada2017(data: Record<string, unknown>, ctx: ParseContext): ParseResult {
  const texts = Object.values(data).filter((v): v is string => typeof v === 'string' && !isBlank(v));
  if (texts.length === 0) return { schedule: emptySchedule('none', ctx), problems: [] };
  const text = texts.map((t) => t.trim()).join('\n');
  const reading = readText(text.replace(/\s+/g, ' '));
  const schedule = emptySchedule('structured', ctx);
  if (!reading) {
    schedule.status = 'text-only';
    schedule.text = { en: text };
    const problem = `service-canada-2017: hours kept as text ${JSON.stringify(text)}`;
    schedule.notes.push(problem);
    return { schedule, problems: [problem] };
  }
  schedule.weekly = reading.weekly;
  schedule.visitRules = reading.visitRules;
  schedule.breaks = reading.breaks;
  schedule.notes.push(...reading.problems);
  if (reading.problems.length > 0) schedule.text = { en: text };
  return { schedule, problems: reading.problems };
}

interface Reading {
  weekly: WeeklyInterval[];
  visitRules: MonthlyVisitRule[];
  breaks: Interval[];
  problems: string[];
}

function readText(text: string): Reading | undefined {
  const problems: string[] = [];
  const breaks: Interval[] = [];
  let body = text.trim();
  const closedDays = /\s*,?\s*closed\s+(?:on\s+)?([a-z ,&]+)$/i.exec(body);
  const closedDayList = closedDays ? parseDayList(closedDays[1]!) : undefined;
  if (closedDays && closedDayList) body = body.slice(0, closedDays.index);
  const lunch = /\s*,?\s*closed:?\s*(?:from\s+)?(.+?)\s*$/i.exec(body);
  let lunchInterval: Interval | undefined;
  if (lunch) {
    lunchInterval = parseTimeRange(lunch[1]!);
    if (!lunchInterval) return undefined;
    body = body.slice(0, lunch.index);
  }

  const weekly: WeeklyInterval[] = [];
  const visitRules: MonthlyVisitRule[] = [];
  let cursor = 0;
  for (const match of body.matchAll(RANGE)) {
    const spec = body
      .slice(cursor, match.index)
      .replace(/^[\s,]+/, '')
      .replace(/[\s,:-]*(?:\bfrom\b)?[\s,:-]*$/i, '');
    cursor = match.index + match[0].length;
    const times = parseTimeRange(`${match[1]} to ${match[2]}`);
    if (!times || spec === '') return undefined;
    const days = parseDayList(spec) ?? spaceSeparatedDays(spec);
    if (days) {
      weekly.push(...days.map((day) => ({ day, ...times })));
      continue;
    }
    const rule = monthlyRule(spec);
    if (!rule) return undefined;
    visitRules.push({ ...rule, ...times });
  }
  if (cursor === 0 || body.slice(cursor).replace(/[\s,.]+/g, '') !== '') return undefined;

  if (closedDayList?.some((day) => weekly.some((w) => w.day === day))) {
    problems.push(`service-canada-2017: a day is both given hours and said to be closed`);
  }
  let weeklyOut = weekly;
  if (lunchInterval) {
    const lunchTime = lunchInterval;
    const strictlyInside = (i: Interval) =>
      toMinutes(i.opens) < toMinutes(lunchTime.opens) && toMinutes(lunchTime.closes) < toMinutes(i.closes);
    const all = [...weekly, ...visitRules];
    if (all.every(strictlyInside)) {
      breaks.push(lunchTime);
    } else if (visitRules.length === 0 && weekly.some(strictlyInside)) {
      // "Monday 2:00 pm to 4:00 pm, Tuesday 9:00 am to 4:00 pm, Closed 12:00 to 1:00 pm": the closure applies where it falls.
      weeklyOut = weekly.flatMap((interval) => subtract(interval, lunchTime));
    } else {
      // e.g. "Closed 12:00 am to 1:00 pm" — a source typo: reported, not repaired.
      problems.push(`service-canada-2017: lunch closure ${lunchTime.opens}–${lunchTime.closes} is not inside the opening hours; ignored`);
    }
  }
  weeklyOut.sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens));
  return { weekly: weeklyOut, visitRules, breaks, problems };
}

function subtract(interval: WeeklyInterval, closure: Interval): WeeklyInterval[] {
  const [opens, closes, from, to] = [interval.opens, interval.closes, closure.opens, closure.closes].map(toMinutes) as [
    number,
    number,
    number,
    number,
  ];
  if (to <= opens || from >= closes) return [interval];
  const pieces: WeeklyInterval[] = [];
  if (from > opens) pieces.push({ day: interval.day, opens: interval.opens, closes: closure.opens });
  if (to < closes) pieces.push({ day: interval.day, opens: closure.closes, closes: interval.closes });
  return pieces;
}

function spaceSeparatedDays(spec: string): number[] | undefined {
  const days = spec.split(/\s+/).map(parseDayName);
  return days.every((d): d is number => d !== undefined) ? days : undefined;
}

/** "2nd & 4th Thursday of the month", "The 3rd Wednesday each month", "Second Wednesday every month", "Every second Wednesday of the month". */
function monthlyRule(spec: string): Omit<MonthlyVisitRule, 'opens' | 'closes'> | undefined {
  const match = /^(?:every\s+)?(?:the\s+)?(.+?)\s+(\w+?)s?\s+(?:of|each|every|in)\s+(?:the\s+|each\s+|every\s+)?month$/i.exec(spec);
  if (!match) return undefined;
  const day = parseDayName(match[2]!);
  const weeks = match[1]!.split(/\s*(?:,|&|\band\b)\s*/i).map((w) => ORDINALS[w.toLowerCase()]);
  if (!day || weeks.length === 0 || weeks.some((w) => w === undefined)) return undefined;
  return { weeks: weeks as number[], day };
}
