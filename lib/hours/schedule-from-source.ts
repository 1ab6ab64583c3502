import type { RawHours } from '../ingest/contract';
import { emptySchedule, verbatim, type ParseContext, type ParseResult } from './parse/common';
import { parseServiceCanada } from './parse/service-canada';

/** Turns a source row's verbatim hours into a canonical Schedule, reporting what could not be parsed. */
export function scheduleFromSource(raw: RawHours, ctx: ParseContext): ParseResult {
  switch (raw.format) {
    case 'service-canada':
      return parseServiceCanada(raw.data, ctx);
    case 'none':
      return { schedule: emptySchedule('none', ctx), problems: [] };
    default:
      return keepAsText(raw, ctx);
  }
}

function keepAsText(raw: RawHours, ctx: ParseContext): ParseResult {
  const text = verbatim(raw.data);
  if (text === '') return { schedule: emptySchedule('none', ctx), problems: [] };
  const schedule = emptySchedule('text-only', ctx);
  schedule.text = { en: text };
  const problem = `${raw.format}: hours kept as text (no parser yet)`;
  schedule.notes.push(problem);
  return { schedule, problems: [problem] };
}
