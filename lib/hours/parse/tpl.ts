import { parseDayName, parseTimeRange } from './clock';
import { emptySchedule, isBlank, type ParseContext, type ParseResult } from './common';

const WEEKDAY_KEYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Toronto Public Library weekly hours scraped from tpl.ca: { Monday: "9am – 8:30pm", … }.
 * "12am – 12am" is how the site shows a closed day (not 24 h). Holiday closures are not in the source.
 */
export function parseTorontoLibrary(data: Record<string, unknown>, ctx: ParseContext): ParseResult {
  const problems: string[] = [];
  const schedule = emptySchedule('structured', ctx);
  const unparsed: string[] = [];

  for (const [key, value] of Object.entries(data)) {
    const day = parseDayName(key);
    if (!day) {
      problems.push(`tpl: unexpected field ${JSON.stringify(key)}`);
      continue;
    }
    if (isBlank(value) || typeof value !== 'string') {
      problems.push(`tpl: no hours for ${key}`);
      continue;
    }
    const text = value.trim();
    if (/^12\s*am\s*[–-]\s*12\s*am$/i.test(text)) continue; // closed that day
    const interval = parseTimeRange(text);
    if (interval) schedule.weekly.push({ day, ...interval });
    else {
      problems.push(`tpl: cannot read ${key} hours ${JSON.stringify(text)}`);
      unparsed.push(`${key}: ${text}`);
    }
  }
  const missing = WEEKDAY_KEYS.filter((key) => data[key] === undefined);
  if (missing.length > 0 && missing.length < 7) problems.push(`tpl: no entry for ${missing.join(', ')}`);

  schedule.weekly.sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens));
  if (unparsed.length > 0) {
    schedule.text = { en: unparsed.join('\n') };
    if (schedule.weekly.length === 0) schedule.status = 'text-only';
  } else if (schedule.weekly.length === 0) {
    schedule.notes.push('closed every day of the week in the source (e.g. renovation at scrape time)');
  }
  schedule.notes.push(...problems);
  return { schedule, problems };
}
