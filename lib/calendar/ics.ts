import { instantFor } from '@/lib/hours';

/**
 * A small iCalendar (RFC 5545) writer for visits and opening hours. Times are written in UTC ("…Z"), computed from
 * the office's local wall-clock time with lib/hours' own zone data: a calendar app reading TZID=America/Vancouver
 * would use its own copy of the time-zone database, which may predate British Columbia's and Alberta's change of
 * November 2026, while a UTC instant is shown right in any app, in the person's own zone. The local time and zone are
 * also written out in the description, as the office states them.
 */

export interface CalendarEvent {
  /** stable across downloads, so importing again updates the event instead of adding a copy */
  uid: string;
  /** local date YYYY-MM-DD and times HH:MM in `timeZone` */
  date: string;
  opens: string;
  closes: string;
  timeZone: string;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
}

export interface CalendarFile {
  events: CalendarEvent[];
  /** language of the texts (en or fr) */
  lang: 'en' | 'fr';
  /** the calendar's name, for a subscribed feed */
  name?: string;
  /** when the file was made (DTSTAMP) */
  stamp: Date;
  /** how often a subscribed feed should be fetched again, e.g. P1D */
  refresh?: string;
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The UTC instant of a local date and time in an office's zone (lib/hours, never the runtime's time-zone data). */
export function utcOf(timeZone: string, date: string, time: string): string {
  return utcStamp(instantFor(timeZone, date, time));
}

export function buildCalendar(file: CalendarFile): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Guichet//Service points//${file.lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (file.name) lines.push(`NAME:${escapeText(file.name)}`, `X-WR-CALNAME:${escapeText(file.name)}`);
  if (file.refresh) lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${file.refresh}`, `X-PUBLISHED-TTL:${file.refresh}`);
  const language = file.lang === 'fr' ? 'fr-CA' : 'en-CA';
  for (const event of file.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(file.stamp)}`,
      `DTSTART:${utcOf(event.timeZone, event.date, event.opens)}`,
      `DTEND:${utcOf(event.timeZone, event.date, event.closes)}`,
      `SUMMARY;LANGUAGE=${language}:${escapeText(event.summary)}`,
    );
    if (event.location) lines.push(`LOCATION;LANGUAGE=${language}:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION;LANGUAGE=${language}:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
