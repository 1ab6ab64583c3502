import canadaZonesJson from '../../../data/tz/canada-zones.json';
import type { CanadaZonesFile } from './compile';

/** Offsets come only from data/tz/canada-zones.json (IANA data shipped with the project), never from the runtime's Intl. */
const canadaZones = canadaZonesJson as CanadaZonesFile;
const MINUTE = 60_000;
const DAY = 86_400_000;
const RANGE_START = Date.parse(canadaZones.range.from);
const RANGE_END = Date.parse(canadaZones.range.to);

interface ZoneTable {
  initialOffset: number;
  /** ascending UTC ms */
  starts: number[];
  offsets: number[];
}

const tables = new Map<string, ZoneTable>(
  Object.entries(canadaZones.zones).map(([name, zone]) => [
    name,
    {
      initialOffset: zone.initialOffset,
      starts: zone.transitions.map((t) => Date.parse(t.at)),
      offsets: zone.transitions.map((t) => t.offset),
    },
  ]),
);

export const TZ_DATA_VERSION: string = canadaZones.ianaVersion;

/**
 * Instants whose open status, next opening and week can be computed: the shipped zone data, less a 35-day margin at
 * the end for the look-ahead of next openings and weeks.
 */
export const SUPPORTED_INSTANTS = { from: new Date(RANGE_START), to: new Date(RANGE_END - 35 * DAY) } as const;

export function isKnownZone(zone: string): boolean {
  return tables.has(canadaZones.links[zone] ?? zone);
}

/** UTC offset in minutes east of UTC (−420 = UTC−7) in force at the instant. */
export function utcOffsetAt(zone: string, instant: Date | number): number {
  const table = tables.get(canadaZones.links[zone] ?? zone);
  if (!table) throw new RangeError(`no time-zone data for ${zone} (only Canadian zones are shipped)`);
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!(ms >= RANGE_START && ms < RANGE_END)) {
    throw new RangeError(
      `${new Date(ms).toISOString()} is outside the shipped time-zone range ${canadaZones.range.from} – ${canadaZones.range.to}`,
    );
  }
  let offset = table.initialOffset;
  for (let i = 0; i < table.starts.length && table.starts[i]! <= ms; i++) offset = table.offsets[i]!;
  return offset;
}

export interface ZonedDateTime {
  /** local date YYYY-MM-DD */
  date: string;
  /** ISO weekday, 1 = Monday */
  weekday: number;
  /** minutes since local midnight */
  minutes: number;
  /** HH:MM */
  time: string;
  offset: number;
}

export function zonedDateTime(zone: string, instant: Date | number): ZonedDateTime {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const offset = utcOffsetAt(zone, ms);
  const local = new Date(ms + offset * MINUTE);
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  return {
    date: local.toISOString().slice(0, 10),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
    minutes,
    time: `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`,
    offset,
  };
}

/**
 * The instant of a local wall-clock time. "24:00" is the next day's midnight.
 * A time skipped by a spring-forward gap resolves with the earlier offset (02:30 → 03:30 DST);
 * a repeated time in a fall-back overlap resolves to its first occurrence.
 */
export function instantFor(zone: string, date: string, time: string): Date {
  const [h, m] = time.split(':').map(Number);
  const localMs = Date.parse(`${date}T00:00:00Z`) + ((h ?? 0) * 60 + (m ?? 0)) * MINUTE;
  const offsetBefore = utcOffsetAt(zone, clampToRange(localMs - DAY));
  const offsetAfter = utcOffsetAt(zone, clampToRange(localMs + DAY));
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => localMs - offset * MINUTE)
    .filter((utc) => utcOffsetAt(zone, utc) * MINUTE === localMs - utc)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? localMs - offsetBefore * MINUTE);
}

function clampToRange(ms: number): number {
  return Math.min(Math.max(ms, RANGE_START), RANGE_END - 1);
}

/** Calendar arithmetic on YYYY-MM-DD strings (no zone involved). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export function isoWeekdayOf(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}
