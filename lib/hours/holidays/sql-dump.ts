import type { ProvinceCode } from '../../model/schema';

/** One holiday of the Canada Holidays API data, with the provinces that observe it. */
export interface HolidayDefinition {
  rule: string;
  name: { en: string; fr: string };
  federal: boolean;
  firstYear?: number;
  lastYear?: number;
  /** province → true when the source marks it "optional" (not legislated for everyone) */
  provinces: Partial<Record<ProvinceCode, boolean>>;
}

/**
 * Reads the INSERT/UPDATE statements of pcraig3/hols migrations/001-db.sql.
 * Holidays are keyed by (date rule, English name) as the file does: two "Discovery Day" and two "Heritage Day" rows exist.
 */
export function parseHolidaySql(sql: string): HolidayDefinition[] {
  const upPart = sql.split(/^-- Down/m)[0] ?? sql;
  const holidays: HolidayDefinition[] = [];
  const byKey = new Map<string, HolidayDefinition>();

  for (const statement of upPart.split(/;\s*\n/)) {
    const line = statement.trim();
    const insertHoliday = /^INSERT INTO Holiday \(([^)]+)\) VALUES \((.+)\)$/s.exec(line);
    if (insertHoliday) {
      const columns = insertHoliday[1]!.split(',').map((c) => c.trim());
      const values = sqlValues(insertHoliday[2]!);
      const row = Object.fromEntries(columns.map((c, i) => [c, values[i]]));
      const holiday: HolidayDefinition = {
        rule: required(row['date'], line),
        name: { en: required(row['nameEn'], line), fr: required(row['nameFr'], line).trim() },
        federal: row['federal'] === '1',
        provinces: {},
      };
      if (row['firstOccurence']) holiday.firstYear = Number(row['firstOccurence']);
      if (row['lastOccurence']) holiday.lastYear = Number(row['lastOccurence']);
      holidays.push(holiday);
      byKey.set(`${holiday.rule}|${holiday.name.en}`, holiday);
      continue;
    }
    const federal = /^UPDATE Holiday SET federal = 1 WHERE nameEn = '(.+)'$/.exec(line);
    if (federal) {
      const name = unquote(federal[1]!);
      const matches = holidays.filter((h) => h.name.en === name);
      if (matches.length === 0) throw new Error(`federal flag for unknown holiday ${name}`);
      for (const h of matches) h.federal = true;
      continue;
    }
    const link =
      /^INSERT INTO ProvinceHoliday \(holidayId, provinceId(, optional)?\) VALUES \(\(SELECT id FROM Holiday WHERE \(date = '(.+?)' AND nameEn = '(.+?)'\)\), '([A-Z]{2})'(?:, (\d))?\)$/.exec(
        line,
      );
    if (link) {
      const holiday = byKey.get(`${unquote(link[2]!)}|${unquote(link[3]!)}`);
      if (!holiday) throw new Error(`province link to unknown holiday: ${line}`);
      holiday.provinces[link[4] as ProvinceCode] = link[5] === '1';
      continue;
    }
    if (/^(INSERT INTO|UPDATE) (Holiday|ProvinceHoliday)\b/.test(line)) throw new Error(`unrecognised statement: ${line}`);
  }
  return holidays;
}

function sqlValues(list: string): string[] {
  return [...list.matchAll(/'((?:[^']|'')*)'|(\d+)/g)].map((m) => (m[1] !== undefined ? unquote(m[1]) : m[2]!));
}

function unquote(text: string): string {
  return text.replace(/''/g, "'");
}

function required(value: string | undefined, line: string): string {
  if (value === undefined) throw new Error(`missing value in ${line}`);
  return value;
}
