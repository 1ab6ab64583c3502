/**
 * Compiles UTC-offset transitions from the tzdata npm package (rogierschouten/tzdata-generate JSON).
 * Format, checked against known facts (Europe/Paris "-60" = UTC+1, America/Vancouver "480" = UTC−8):
 *   zone line  = [minutes WEST of UTC, rules ("-" | rule name | "h:mm"), abbreviation format, until]
 *   until      = the zone line's UNTIL fields written as if UTC (ms), i.e. local wall-clock time, or null for the last line
 *   rule       = [from, to ("only"|"max"|year), "-", month, on ("14"|"lastSun"|"Sun>=8"|"Fri<=1"), [h, m, s, suffix], save minutes, letter]
 *   suffix     = null: wall clock, "s": local standard time, "u": UTC
 */

export interface TzdataJson {
  version: string;
  zones: Record<string, string | ZoneLine[]>;
  rules: Record<string, RuleLine[]>;
}
type ZoneLine = [string, string, string, string | null];
type RuleLine = [string, string, string, string, string, [string, string, string, string | null], string, string, ...string[]];

export interface OffsetTransition {
  /** UTC instant, ISO 8601 */
  at: string;
  /** UTC offset in minutes east of UTC from this instant on (e.g. −420 for UTC−7) */
  offset: number;
  abbreviation: string;
}

export interface CompiledZone {
  /** offset in force at the start of the range */
  initialOffset: number;
  initialAbbreviation: string;
  transitions: OffsetTransition[];
}

export interface CanadaZonesFile {
  ianaVersion: string;
  generatedBy: string;
  /** [from, to) in UTC; outside it the data says nothing */
  range: { from: string; to: string };
  zones: Record<string, CompiledZone>;
  /** backward-compatible names and the zone they resolve to */
  links: Record<string, string>;
}

/** Every zone name in use in Canada, canonical or link (tzdata 2026d zone.tab plus backward links). */
export const CANADIAN_ZONE_NAMES: readonly string[] = [
  'America/St_Johns',
  'America/Halifax',
  'America/Glace_Bay',
  'America/Moncton',
  'America/Goose_Bay',
  'America/Blanc-Sablon',
  'America/Toronto',
  'America/Montreal',
  'America/Nipigon',
  'America/Thunder_Bay',
  'America/Iqaluit',
  'America/Pangnirtung',
  'America/Atikokan',
  'America/Coral_Harbour',
  'America/Winnipeg',
  'America/Rainy_River',
  'America/Resolute',
  'America/Rankin_Inlet',
  'America/Regina',
  'America/Swift_Current',
  'America/Edmonton',
  'America/Yellowknife',
  'America/Cambridge_Bay',
  'America/Inuvik',
  'America/Creston',
  'America/Dawson_Creek',
  'America/Fort_Nelson',
  'America/Whitehorse',
  'America/Dawson',
  'America/Vancouver',
  'Canada/Newfoundland',
  'Canada/Atlantic',
  'Canada/Eastern',
  'Canada/Central',
  'Canada/Saskatchewan',
  'Canada/Mountain',
  'Canada/Pacific',
  'Canada/Yukon',
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MINUTE = 60_000;

export function compileCanadaZones(tzdata: TzdataJson, fromYear: number, toYearInclusive: number, generatedBy: string): CanadaZonesFile {
  const rangeStart = Date.UTC(fromYear, 0, 1);
  const rangeEnd = Date.UTC(toYearInclusive + 1, 0, 1);
  const zones: Record<string, CompiledZone> = {};
  const links: Record<string, string> = {};
  for (const name of CANADIAN_ZONE_NAMES) {
    const entry = tzdata.zones[name];
    if (entry === undefined) continue; // a name dropped from a future tzdata release
    const target = resolveLink(tzdata, name);
    if (target !== name) links[name] = target;
    if (zones[target] === undefined) zones[target] = compileZone(tzdata, target, rangeStart, rangeEnd);
  }
  return {
    ianaVersion: tzdata.version,
    generatedBy,
    range: { from: new Date(rangeStart).toISOString(), to: new Date(rangeEnd).toISOString() },
    zones: Object.fromEntries(Object.entries(zones).sort(([a], [b]) => a.localeCompare(b))),
    links: Object.fromEntries(Object.entries(links).sort(([a], [b]) => a.localeCompare(b))),
  };
}

function resolveLink(tzdata: TzdataJson, name: string): string {
  let current = name;
  for (let hops = 0; hops < 10; hops++) {
    const entry = tzdata.zones[current];
    if (typeof entry !== 'string') return current;
    current = entry;
  }
  throw new Error(`link loop at ${name}`);
}

interface Period {
  startUtc: number;
  offset: number;
  abbreviation: string;
}

/** All (start, offset) periods of a zone, in order, then cut to the range. */
function compileZone(tzdata: TzdataJson, name: string, rangeStart: number, rangeEnd: number): CompiledZone {
  const lines = tzdata.zones[name];
  if (!Array.isArray(lines)) throw new Error(`not a zone: ${name}`);
  const periods: Period[] = [];
  let lineStartUtc = Number.NEGATIVE_INFINITY;
  for (const [westMinutes, rulesName, format, until] of lines) {
    const standard = -Math.round(Number(westMinutes));
    const lineEndLocal = until === null ? Number.POSITIVE_INFINITY : Number(until);
    let save = 0;
    if (rulesName === '-' || /^-?\d+:\d\d$/.test(rulesName)) {
      save = rulesName === '-' ? 0 : hoursMinutesToMinutes(rulesName);
      periods.push({ startUtc: lineStartUtc, offset: standard + save, abbreviation: formatAbbreviation(format, '', save) });
    } else {
      const events = ruleEvents(tzdata, rulesName, lineStartUtc, lineEndLocal, rangeEnd);
      // Save and letter in force when the line starts: the latest rule event before it (zic's behaviour).
      let letter = events.find((e) => e.save === 0)?.letter ?? '';
      let eventIndex = 0;
      for (; eventIndex < events.length; eventIndex++) {
        const event = events[eventIndex]!;
        if (eventUtc(event, standard, save) > lineStartUtc) break;
        save = event.save;
        letter = event.letter;
      }
      periods.push({ startUtc: lineStartUtc, offset: standard + save, abbreviation: formatAbbreviation(format, letter, save) });
      for (; eventIndex < events.length; eventIndex++) {
        const event = events[eventIndex]!;
        const at = eventUtc(event, standard, save);
        const lineEndUtc = lineEndLocal - (standard + save) * MINUTE;
        if (at >= lineEndUtc) break;
        save = event.save;
        letter = event.letter;
        periods.push({ startUtc: at, offset: standard + save, abbreviation: formatAbbreviation(format, letter, save) });
      }
    }
    // UNTIL is wall-clock time of this line.
    lineStartUtc = lineEndLocal - (standard + save) * MINUTE;
  }

  let initial: Period | undefined;
  const transitions: OffsetTransition[] = [];
  let previous: Period | undefined;
  for (const period of periods) {
    if (period.startUtc <= rangeStart) {
      initial = period;
    } else if (period.startUtc < rangeEnd) {
      const last = transitions.at(-1);
      const before = last ? { offset: last.offset, abbreviation: last.abbreviation } : previous;
      // Zone-line changes that keep offset and abbreviation are not transitions.
      if (!before || before.offset !== period.offset || before.abbreviation !== period.abbreviation) {
        transitions.push({ at: new Date(period.startUtc).toISOString(), offset: period.offset, abbreviation: period.abbreviation });
      }
    }
    if (period.startUtc <= rangeStart) previous = period;
  }
  if (!initial) throw new Error(`${name}: no data at range start`);
  return { initialOffset: initial.offset, initialAbbreviation: initial.abbreviation, transitions };
}

interface RuleEvent {
  /** the rule's AT written as if UTC */
  local: number;
  suffix: string | null;
  save: number;
  letter: string;
}

function ruleEvents(tzdata: TzdataJson, rulesName: string, lineStartUtc: number, lineEndLocal: number, rangeEnd: number): RuleEvent[] {
  const rules = tzdata.rules[rulesName];
  if (!rules) throw new Error(`unknown rules ${rulesName}`);
  const firstRuleYear = Math.min(...rules.map((r) => Number(r[0])));
  const firstYear = Number.isFinite(lineStartUtc) ? new Date(lineStartUtc).getUTCFullYear() - 1 : firstRuleYear;
  const lastYear = Math.min(new Date(Math.min(lineEndLocal, rangeEnd)).getUTCFullYear() + 1, 9999);
  const events: RuleEvent[] = [];
  for (const [fromText, toText, , monthText, on, at, saveText, letter] of rules) {
    const from = Number(fromText);
    const to = toText === 'only' ? from : toText === 'max' ? 9999 : Number(toText);
    for (let year = Math.max(from, firstYear); year <= Math.min(to, lastYear); year++) {
      const month = MONTHS.indexOf(monthText);
      const day = dayOfMonth(year, month, on);
      const local = Date.UTC(year, month, day) + (Number(at[0]) * 60 + Number(at[1])) * MINUTE + Number(at[2]) * 1000;
      events.push({ local, suffix: at[3], save: Number(saveText), letter: letter === '-' ? '' : letter });
    }
  }
  return events.sort((a, b) => a.local - b.local);
}

function eventUtc(event: RuleEvent, standard: number, saveBefore: number): number {
  if (event.suffix === 'u' || event.suffix === 'g' || event.suffix === 'z') return event.local;
  if (event.suffix === 's') return event.local - standard * MINUTE;
  return event.local - (standard + saveBefore) * MINUTE;
}

function dayOfMonth(year: number, month: number, on: string): number {
  if (/^\d+$/.test(on)) return Number(on);
  const last = /^last(\w{3})$/.exec(on);
  if (last) {
    const weekday = WEEKDAYS.indexOf(last[1]!);
    const lastDay = new Date(Date.UTC(year, month + 1, 0));
    return lastDay.getUTCDate() - ((lastDay.getUTCDay() - weekday + 7) % 7);
  }
  const relative = /^(\w{3})([<>]=)(\d+)$/.exec(on);
  if (relative) {
    const weekday = WEEKDAYS.indexOf(relative[1]!);
    const pivot = Number(relative[3]);
    const pivotWeekday = new Date(Date.UTC(year, month, pivot)).getUTCDay();
    return relative[2] === '>=' ? pivot + ((weekday - pivotWeekday + 7) % 7) : pivot - ((pivotWeekday - weekday + 7) % 7);
  }
  throw new Error(`unsupported rule day "${on}"`);
}

function hoursMinutesToMinutes(text: string): number {
  const [h, m] = text.replace('-', '').split(':');
  const minutes = Number(h) * 60 + Number(m);
  return text.startsWith('-') ? -minutes : minutes;
}

function formatAbbreviation(format: string, letter: string, save: number): string {
  if (format.includes('/')) {
    const [standardName, daylightName] = format.split('/');
    return (save === 0 ? standardName : daylightName) ?? format;
  }
  return format.replace('%s', letter);
}
