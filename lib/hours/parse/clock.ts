import { fromMinutes } from './common';

interface ClockToken {
  hour: number;
  minute: number;
  meridiem?: 'am' | 'pm';
  /** written on a 24-hour clock (French "18h30") */
  twentyFour: boolean;
}

/** "8:30 am", "6:30pm", "9am", "9:00 a.m.", "noon", "midi", "12: 00", "8h30", "9:30h", "18h00". */
export function parseClockToken(text: string): ClockToken | undefined {
  const token = text.trim().toLowerCase();
  if (token === 'noon' || token === 'midi') return { hour: 12, minute: 0, meridiem: 'pm', twentyFour: false };
  const english = /^(\d{1,2})(?:\s*:\s*(\d{2}))?\s*(a\.?\s*m\.?|p\.?\s*m\.?)?$/.exec(token);
  if (english) {
    const hour = Number(english[1]);
    const minute = Number(english[2] ?? 0);
    if (hour > 24 || minute > 59) return undefined;
    const meridiem = english[3] ? (english[3].startsWith('a') ? 'am' : 'pm') : undefined;
    if (meridiem && (hour < 1 || hour > 12)) return undefined;
    return { hour, minute, ...(meridiem ? { meridiem } : {}), twentyFour: !meridiem && hour > 12 };
  }
  const french = /^(\d{1,2})\s*(?:h\s*(\d{2})?|:(\d{2})\s*h)$/.exec(token);
  if (french) {
    const hour = Number(french[1]);
    const minute = Number(french[2] ?? french[3] ?? 0);
    if (hour > 24 || minute > 59) return undefined;
    return { hour, minute, twentyFour: true };
  }
  return undefined;
}

function toMinutesWith(token: ClockToken, meridiem: 'am' | 'pm' | undefined): number {
  if (token.twentyFour || !meridiem) return token.hour * 60 + token.minute;
  const hour12 = token.hour % 12;
  return (meridiem === 'pm' ? hour12 + 12 : hour12) * 60 + token.minute;
}

/**
 * "8:30 am to 4:30 pm", "9am – 8:30pm", "12-1pm", "noon to 1", "10:00-3:00", "8h30 à 16h30".
 * A missing am/pm is read the only way that gives a forward range: the start takes the end's meridiem
 * unless that would put it after the end; an end without one is the first such clock time after the start.
 */
export function parseTimeRange(text: string): { opens: string; closes: string } | undefined {
  const parts = text
    .trim()
    .split(/\s*(?:-?\s*\bto\b|-?to(?=\d)|à|–|-)\s*/i)
    .filter((p) => p !== '');
  if (parts.length !== 2) return undefined;
  const start = parseClockToken(parts[0]!);
  const end = parseClockToken(parts[1]!);
  if (!start || !end) return undefined;

  let endMinutes: number;
  let startMinutes: number;
  if (end.meridiem || end.twentyFour) {
    endMinutes = toMinutesWith(end, end.meridiem);
    startMinutes = start.meridiem || start.twentyFour ? toMinutesWith(start, start.meridiem) : toMinutesWith(start, end.meridiem);
    if (startMinutes >= endMinutes && !start.meridiem && !start.twentyFour) startMinutes = toMinutesWith(start, 'am');
  } else {
    startMinutes = toMinutesWith(start, start.meridiem);
    endMinutes = toMinutesWith(end, undefined);
    while (endMinutes <= startMinutes && endMinutes + 720 <= 1440) endMinutes += 720;
  }
  if (endMinutes <= startMinutes || endMinutes > 1440) return undefined;
  return { opens: fromMinutes(startMinutes), closes: fromMinutes(endMinutes) };
}

const DAY_NAMES: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  mecredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  dimanche: 7,
};

/** One weekday name, English or French, singular or plural ("Thursdays"); the source's "mecredi" typo included. */
export function parseDayName(text: string): number | undefined {
  const word = text.trim().toLowerCase().replace(/s$/, '');
  return DAY_NAMES[word] ?? DAY_NAMES[`${word}s`];
}

/**
 * "Monday, Tuesday, Thursday", "Monday to Wednesday, Friday", "Tuesday and Thursday", "du lundi au jeudi",
 * "lundi, mardi et jeudi", "Monday - Thursday", "every Wednesday", "Weekends". Undefined if any part is not a day.
 */
export function parseDayList(text: string): number[] | undefined {
  const items = text
    .trim()
    .replace(/^every\s+/i, '')
    .split(/\s*(?:,|&|\band\b|\bet\b)\s*/i)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) return undefined;
  const days = new Set<number>();
  for (const item of items) {
    if (/^week-?ends?$/i.test(item) || /^fins? de semaine$/i.test(item)) {
      days.add(6).add(7);
      continue;
    }
    const range = /^(?:du\s+)?(\S+)\s*(?:\bto\b|\bau\b|-|–)\s*(\S+)$/i.exec(item);
    if (range) {
      const from = parseDayName(range[1]!);
      const to = parseDayName(range[2]!);
      if (!from || !to || to < from) return undefined;
      for (let day = from; day <= to; day++) days.add(day);
      continue;
    }
    const day = parseDayName(item);
    if (!day) return undefined;
    days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}
