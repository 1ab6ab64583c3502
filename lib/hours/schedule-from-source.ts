import type { RawHours } from '../model/schedule';
import { emptySchedule, type ParseContext, type ParseResult } from './parse/common';
import { parseEarlyOnSessions } from './parse/earlyon';
import { parseServiceCanada } from './parse/service-canada';
import { parseServiceCanada2017 } from './parse/service-canada-2017';
import { parseServiceOntarioHolidays } from './parse/serviceontario';
import { parseTorontoLibrary } from './parse/tpl';
import { parseVacOfficeHours } from './parse/vac';
import { parseWorkBc } from './parse/workbc';

/** Turns a source row's verbatim hours into a canonical Schedule, reporting what could not be parsed. */
export function scheduleFromSource(raw: RawHours, ctx: ParseContext): ParseResult {
  switch (raw.format) {
    case 'service-canada':
      return parseServiceCanada(raw.data, ctx);
    case 'service-canada-2017-text':
      return parseServiceCanada2017(raw.data, ctx);
    case 'workbc-text':
      return parseWorkBc(raw.data, ctx);
    case 'tpl-weekly':
      return parseTorontoLibrary(raw.data, ctx);
    case 'earlyon-sessions':
      return parseEarlyOnSessions(raw.data, ctx);
    case 'serviceontario-holidays':
      return parseServiceOntarioHolidays(raw.data, ctx);
    case 'vac-office-hours':
      return parseVacOfficeHours(raw.data, ctx);
    case 'none':
      return { schedule: emptySchedule('none', ctx), problems: [] };
  }
}
