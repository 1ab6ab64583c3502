import type { Session } from '../../model/schedule';
import { parseDayName, parseTimeRange } from './clock';
import { emptySchedule, isBlank, type ParseContext, type ParseResult } from './common';

const SESSION_FIELDS: Record<string, string> = { dropinHours: 'drop-in', registeredHours: 'registered', virtualHours: 'virtual' };

/**
 * EarlyON program times: "Monday: 9:00 a.m. - noon  ; 1:00 p.m. - 3:30 p.m.   | Tuesday: …".
 * These are program sessions (they overlap), not counter hours: the schedule carries them as `sessions`
 * and its status stays 'none' for opening hours.
 */
export function parseEarlyOnSessions(data: Record<string, unknown>, ctx: ParseContext): ParseResult {
  const problems: string[] = [];
  const schedule = emptySchedule('none', ctx);

  for (const [field, value] of Object.entries(data)) {
    const name = SESSION_FIELDS[field];
    if (!name) {
      problems.push(`earlyon: unexpected field ${JSON.stringify(field)}`);
      continue;
    }
    if (isBlank(value) || typeof value !== 'string') continue;
    for (const dayPart of value
      .split('|')
      .map((part) => part.trim())
      .filter((part) => part !== '')) {
      const match = /^([^:]+):\s*(.*)$/s.exec(dayPart);
      const day = match ? parseDayName(match[1]!) : undefined;
      if (!match || !day) {
        problems.push(`earlyon: cannot read ${field} part ${JSON.stringify(dayPart)}`);
        schedule.sessions.push({ name, text: dayPart.replace(/\s+/g, ' ') });
        continue;
      }
      for (const sessionText of match[2]!
        .split(';')
        .map((s) => s.trim().replace(/\s+/g, ' '))
        .filter((s) => s !== '')) {
        const interval = parseTimeRange(sessionText);
        const session: Session = { name, day, text: `${match[1]!.trim()}: ${sessionText}` };
        if (interval) Object.assign(session, interval);
        else problems.push(`earlyon: cannot read ${field} session ${JSON.stringify(session.text)}`);
        schedule.sessions.push(session);
      }
    }
  }
  schedule.notes.push(...problems);
  return { schedule, problems };
}
