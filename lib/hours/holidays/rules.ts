/**
 * Date rules as written in the Canada Holidays API data ("Third Monday in February", "Monday before May 25",
 * "Friday before Easter Day", "Monday near July 12", "Monday March 17", "July 1").
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** The holiday's own date in a year, YYYY-MM-DD; throws on a rule it does not understand. */
export function dateForRule(rule: string, year: number): string {
  const text = rule.trim().toLowerCase().replace(/\s+/g, ' ');

  const fixed = /^(\w+) (\d{1,2})$/.exec(text);
  if (fixed && MONTHS.includes(fixed[1]!)) return isoDate(year, MONTHS.indexOf(fixed[1]!), Number(fixed[2]));

  const nth = /^(\w+) (\w+) in (\w+)$/.exec(text);
  if (nth && ORDINALS.includes(nth[1]!) && WEEKDAYS.includes(nth[2]!) && MONTHS.includes(nth[3]!)) {
    const month = MONTHS.indexOf(nth[3]!);
    const first = firstWeekdayOnOrAfter(year, month, 1, isoWeekday(nth[2]!));
    const day = first + 7 * ORDINALS.indexOf(nth[1]!);
    if (day > daysInMonth(year, month)) throw new Error(`"${rule}" does not occur in ${year}`);
    return isoDate(year, month, day);
  }

  const easter = /^(\w+) (before|after) easter day$/.exec(text);
  if (easter && WEEKDAYS.includes(easter[1]!)) {
    const sunday = easterSunday(year);
    const weekday = isoWeekday(easter[1]!);
    const delta = easter[2] === 'before' ? -((7 - weekday) % 7 || 7) : weekday % 7 || 7;
    return shiftDays(sunday, delta);
  }

  // "Monday before May 25": the last such weekday strictly before the anchor.
  const before = /^(\w+) before (\w+) (\d{1,2})$/.exec(text);
  if (before && WEEKDAYS.includes(before[1]!) && MONTHS.includes(before[2]!)) {
    const anchor = isoDate(year, MONTHS.indexOf(before[2]!), Number(before[3]));
    const back = (weekdayOf(anchor) - isoWeekday(before[1]!) + 7) % 7 || 7;
    return shiftDays(anchor, -back);
  }

  // "Monday near July 12": the nearest such weekday (the anchor itself when it is one). "Monday March 17" is the same rule.
  const near = /^(\w+) (?:near )?(\w+) (\d{1,2})$/.exec(text);
  if (near && WEEKDAYS.includes(near[1]!) && MONTHS.includes(near[2]!)) {
    const anchor = isoDate(year, MONTHS.indexOf(near[2]!), Number(near[3]));
    const back = (weekdayOf(anchor) - isoWeekday(near[1]!) + 7) % 7;
    return shiftDays(anchor, back <= 3 ? -back : 7 - back);
  }

  throw new Error(`unsupported holiday rule "${rule}"`);
}

/**
 * The day the holiday is observed (Canada Holidays API convention): Saturday/Sunday → the following Monday,
 * except 21 June; 26 December and 2 January falling on Sunday or Monday → the Tuesday
 * (the day before them is itself moved to the Monday).
 */
export function observedDate(date: string): string {
  const monthDay = date.slice(5);
  const weekday = weekdayOf(date);
  if (monthDay === '06-21') return date;
  if (monthDay === '12-26' || monthDay === '01-02') {
    if (weekday === 7) return shiftDays(date, 2);
    if (weekday === 1) return shiftDays(date, 1);
  }
  if (weekday === 6) return shiftDays(date, 2);
  if (weekday === 7) return shiftDays(date, 1);
  return date;
}

/** Western (Gregorian) Easter Sunday — anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month - 1, day);
}

function isoWeekday(name: string): number {
  return WEEKDAYS.indexOf(name) + 1;
}

function weekdayOf(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

function firstWeekdayOnOrAfter(year: number, month: number, day: number, weekday: number): number {
  return day + ((weekday - weekdayOf(isoDate(year, month, day)) + 7) % 7);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month) throw new Error(`invalid date ${year}-${month + 1}-${day}`);
  return date.toISOString().slice(0, 10);
}

function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
