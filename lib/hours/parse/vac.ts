import type { WeeklyInterval } from '../../model/schedule';
import { parseDayList, parseTimeRange } from './clock';
import { emptySchedule, isBlank, type ParseContext, type ParseResult } from './common';

/** The sentence as one reading: the days and the interval they share. */
interface Reading {
  days: number[];
  opens: string;
  closes: string;
}

/**
 * Veterans Affairs Canada area offices (2019): one sentence per language, the same for every office,
 * "Monday to Friday, 8:30 to 4:30, local time." / "du lundi au vendredi, de 8 h 30 à 16 h 30, heure locale."
 * (the final period is missing in some rows, and some carry a trailing space). "Local time" is what every
 * Schedule already means (wall-clock time in the office's own zone), so it is read and dropped.
 * The English clock has no am/pm: "8:30 to 4:30" is read as the only forward range, 08:30–16:30, and the French
 * 24-hour sentence must agree; if it does not, or either sentence cannot be read, the text is kept as given.
 */
export function parseVacOfficeHours(data: Record<string, unknown>, ctx: ParseContext): ParseResult {
  const en = textOf(data.office_hours_en);
  const fr = textOf(data.office_hours_fr);
  const problems: string[] = [];
  const english = en === undefined ? undefined : readSentence(en, 'en');
  const french = fr === undefined ? undefined : readSentence(fr, 'fr');
  if (en !== undefined && english === undefined) problems.push(`vac: cannot read ${JSON.stringify(en)}`);
  if (fr !== undefined && french === undefined) problems.push(`vac: cannot read ${JSON.stringify(fr)}`);
  if (english && french && !sameReading(english, french)) {
    problems.push(`vac: the French sentence (${describe(french)}) differs from the English one (${describe(english)})`);
  }

  if (en === undefined && fr === undefined) return { schedule: emptySchedule('none', ctx), problems };
  const schedule = emptySchedule('structured', ctx);
  const reading = problems.length === 0 ? (english ?? french) : undefined;
  if (reading) {
    schedule.weekly = reading.days.map((day): WeeklyInterval => ({ day, opens: reading.opens, closes: reading.closes }));
    return { schedule, problems };
  }
  schedule.status = 'text-only';
  schedule.text = { ...(en ? { en } : {}), ...(fr ? { fr } : {}) };
  schedule.notes.push(...problems);
  return { schedule, problems };
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && !isBlank(value) ? value.replace(/\s+/g, ' ').trim() : undefined;
}

/** "<days>, <time range>, local time" in English or "<jours>, de <heure> à <heure>, heure locale" in French. */
export function readSentence(text: string, language: 'en' | 'fr'): Reading | undefined {
  const sentence = text.replace(/\.\s*$/, '').trim();
  const pattern =
    language === 'en'
      ? /^(?<days>[a-z ]+?),\s*(?:from\s+)?(?<times>[^,]+?),\s*local time$/i
      : /^(?<days>[a-zà-ÿ ]+?),\s*(?:de\s+)?(?<times>[^,]+?),\s*heure locale$/i;
  const match = pattern.exec(sentence);
  if (!match?.groups) return undefined;
  const days = parseDayList(match.groups.days!);
  const times = parseTimeRange(match.groups.times!);
  if (!days || !times) return undefined;
  return { days, ...times };
}

function sameReading(a: Reading, b: Reading): boolean {
  return a.opens === b.opens && a.closes === b.closes && a.days.join(',') === b.days.join(',');
}

function describe(reading: Reading): string {
  return `days ${reading.days.join(',')} ${reading.opens}–${reading.closes}`;
}
