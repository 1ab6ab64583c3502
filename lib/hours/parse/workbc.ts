import type { Interval, ScheduleException, WeeklyInterval } from '../../model/schedule';
import { dateForRule, observedDate } from '../holidays/rules';
import { parseDayList, parseTimeRange } from './clock';
import { emptySchedule, isBlank, toMinutes, type ParseContext, type ParseResult } from './common';

const DAY_WORD = String.raw`(?:every\s+|du\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|mecredi|jeudi|vendredi|samedi|dimanche)`;
const EXTRA_HOLIDAYS: Record<string, { rule: string; name: { en: string; fr: string } }> = {
  'easter monday': { rule: 'Monday after Easter Day', name: { en: 'Easter Monday', fr: 'Lundi de Pâques' } },
  'lundi de pâques': { rule: 'Monday after Easter Day', name: { en: 'Easter Monday', fr: 'Lundi de Pâques' } },
  'boxing day': { rule: 'December 26', name: { en: 'Boxing Day', fr: 'Lendemain de Noël' } },
  'le lendemain de noël': { rule: 'December 26', name: { en: 'Boxing Day', fr: 'Lendemain de Noël' } },
};

interface LinesReading {
  weekly: WeeklyInterval[];
  breaks: Interval[];
  closedDays: Set<number>;
  statesHolidays: boolean;
  extraHolidays: Set<string>;
  /** lines (or trailing remarks) that could not be read */
  unread: string[];
  problems: string[];
}

/**
 * WorkBC free-text hours over Hours1–Hours4 (English row) and fr:Hours1–fr:Hours4 (its French twin):
 * "8:30 am to 4:30 pm Monday, Tuesday, Thursday", "10:00 am to 6:00 pm Monday (closed 1:00 pm to 1:30 pm)",
 * "Statutory Holidays - Closed", "*Closed for lunch 12:15 pm to 12:45 pm", "9h à 19h du lundi au jeudi".
 */
export function parseWorkBc(data: Record<string, unknown>, ctx: ParseContext): ParseResult {
  const english = readLines(linesOf(data, (key) => !key.startsWith('fr:')));
  const french = readLines(linesOf(data, (key) => key.startsWith('fr:')));
  const hasEnglish = linesOf(data, (key) => !key.startsWith('fr:')).length > 0;
  const primary = hasEnglish ? english : french;
  const problems = [...english.problems, ...french.problems.map((p) => `fr: ${p}`)];

  if (hasEnglish && linesOf(data, (key) => key.startsWith('fr:')).length > 0 && french.unread.length === 0 && english.unread.length === 0) {
    if (JSON.stringify(english.weekly) !== JSON.stringify(french.weekly)) {
      problems.push(
        `workbc: the French twin gives different weekly hours (${describe(french.weekly)}) from the English row (${describe(english.weekly)}); English kept`,
      );
    }
  }

  const schedule = emptySchedule('structured', ctx);
  schedule.weekly = primary.weekly;
  schedule.breaks = primary.breaks;
  schedule.holidays.stated = english.statesHolidays || french.statesHolidays;
  schedule.exceptions = extraHolidayClosures(new Set([...english.extraHolidays, ...french.extraHolidays]), ctx.today);
  for (const day of primary.closedDays) {
    if (schedule.weekly.some((w) => w.day === day)) problems.push(`workbc: day ${day} is both given hours and said to be closed`);
  }

  // Anything unread or contradictory: the source text goes along so the reader can judge.
  if (problems.length > 0) {
    schedule.text = {};
    const en = linesOf(data, (key) => !key.startsWith('fr:')).join('\n');
    const fr = linesOf(data, (key) => key.startsWith('fr:')).join('\n');
    if (en) schedule.text.en = en;
    if (fr) schedule.text.fr = fr;
    if (schedule.weekly.length === 0) schedule.status = 'text-only';
  } else if (schedule.weekly.length === 0) {
    schedule.status = 'none';
  }
  schedule.notes.push(...problems);
  return { schedule, problems };
}

function describe(weekly: WeeklyInterval[]): string {
  return weekly.map((w) => `${w.day} ${w.opens}–${w.closes}`).join(', ');
}

function linesOf(data: Record<string, unknown>, keep: (key: string) => boolean): string[] {
  return Object.entries(data)
    .filter(([key, value]) => keep(key) && !isBlank(value) && typeof value === 'string')
    .flatMap(([, value]) => (value as string).split(/\r?\n/))
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function readLines(lines: string[]): LinesReading {
  const reading: LinesReading = {
    weekly: [],
    breaks: [],
    closedDays: new Set(),
    statesHolidays: false,
    extraHolidays: new Set(),
    unread: [],
    problems: [],
  };
  for (const rawLine of lines) {
    const line = rawLine.replace(/[\s,]+$/, '').replace(/\s+/g, ' ');
    if (readLunchLine(line, reading) || readClosedLine(line, reading) || readHoursLine(line, reading)) continue;
    reading.unread.push(rawLine);
    reading.problems.push(`workbc: cannot read ${JSON.stringify(rawLine)}`);
  }
  reading.weekly.sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens));
  for (let i = 1; i < reading.weekly.length; i++) {
    const [previous, current] = [reading.weekly[i - 1]!, reading.weekly[i]!];
    if (previous.day === current.day && toMinutes(current.opens) < toMinutes(previous.closes)) {
      reading.problems.push(`workbc: overlapping hours on day ${current.day}`);
    }
  }
  return reading;
}

function readLunchLine(line: string, reading: LinesReading): boolean {
  const match = /^\*?closed for lunch (.+)$/i.exec(line);
  const interval = match ? parseTimeRange(match[1]!) : undefined;
  if (!interval) return false;
  reading.breaks.push(interval);
  return true;
}

function readClosedLine(line: string, reading: LinesReading): boolean {
  const match =
    /^(.+?)\s*[-–]\s*(?:closed|fermé)(?:,\s*(.*))?$/i.exec(line) ??
    /^(?:closed|fermé)\s*[-–]\s*(.+)$/i.exec(line) ??
    /^(.+?)\s+(?:closed|fermé)$/i.exec(line);
  if (!match) return false;
  const items = match[1]!.split(/\s*(?:,|&|\band\b|\bet\b)\s*/i).filter((item) => item !== '');
  const closedDays: number[] = [];
  const breaks: Interval[] = [];
  let statesHolidays = false;
  const extras: string[] = [];
  for (const item of items) {
    const lower = item.toLowerCase();
    const lunch = /^daily for lunch from (.+)$/i.exec(item);
    const days = parseDayList(item);
    if (days) closedDays.push(...days);
    else if (/^(statutory )?holidays$|^jours fériés$/.test(lower)) statesHolidays = true;
    else if (EXTRA_HOLIDAYS[lower]) extras.push(lower);
    else if (lunch && parseTimeRange(lunch[1]!)) breaks.push(parseTimeRange(lunch[1]!)!);
    else return false;
  }
  closedDays.forEach((day) => reading.closedDays.add(day));
  reading.breaks.push(...breaks);
  reading.statesHolidays ||= statesHolidays;
  extras.forEach((extra) => reading.extraHolidays.add(extra));
  if (match[2]) {
    // e.g. "Statutory Holidays - Closed, Virtual and In Person Services available": the closure is read, the remark kept.
    reading.unread.push(match[2]);
    reading.problems.push(`workbc: remark kept as text ${JSON.stringify(match[2])}`);
  }
  return true;
}

function readHoursLine(line: string, reading: LinesReading): boolean {
  let lunch: Interval | undefined;
  let rest = line;
  const parenthetical = /\s*\(([^)]*)\)\s*$/.exec(line);
  if (parenthetical) {
    const lunchText = /^closed:?\s*(.+?)(?:\s+for lunch)?$/i.exec(parenthetical[1]!.trim());
    lunch = lunchText ? parseTimeRange(lunchText[1]!) : undefined;
    if (!lunch) return false;
    rest = line.slice(0, parenthetical.index);
  }
  const intervals: WeeklyInterval[] = [];
  for (const segment of rest.split(/,\s*(?=\d)/)) {
    const split = new RegExp(`^(.*?)[\\s,\\-–]*(${DAY_WORD}s?\\b.*)$`, 'i').exec(segment);
    if (!split) return false;
    const times = parseTimeRange(split[1]!.replace(/[\s,\-–]+$/, ''));
    const days = parseDayList(split[2]!.replace(/[\s,]+$/, ''));
    if (!times || !days) return false;
    for (const day of days) intervals.push(...splitAtLunch({ day, ...times }, lunch, reading));
  }
  reading.weekly.push(...intervals);
  return true;
}

/** A lunch closure given for some days only is applied by splitting those days' intervals. */
function splitAtLunch(interval: WeeklyInterval, lunch: Interval | undefined, reading: LinesReading): WeeklyInterval[] {
  if (!lunch) return [interval];
  if (toMinutes(lunch.opens) <= toMinutes(interval.opens) || toMinutes(lunch.closes) >= toMinutes(interval.closes)) {
    reading.problems.push(`workbc: lunch ${lunch.opens}–${lunch.closes} is not inside ${interval.opens}–${interval.closes}; ignored`);
    return [interval];
  }
  return [
    { day: interval.day, opens: interval.opens, closes: lunch.opens },
    { day: interval.day, opens: lunch.closes, closes: interval.closes },
  ];
}

/** Holidays the centre names beyond the provincial list (BC treats Easter Monday and Boxing Day as optional). */
function extraHolidayClosures(extras: Set<string>, today: string): ScheduleException[] {
  const year = Number(today.slice(0, 4));
  const byName = new Map([...extras].map((key) => [EXTRA_HOLIDAYS[key]!.name.en, EXTRA_HOLIDAYS[key]!]));
  const closures: ScheduleException[] = [];
  for (const extra of byName.values()) {
    for (const y of [year, year + 1]) {
      const date = observedDate(dateForRule(extra.rule, y));
      if (date >= today) closures.push({ from: date, to: date, kind: 'closed', reason: extra.name });
    }
  }
  return closures.sort((a, b) => a.from.localeCompare(b.from));
}
