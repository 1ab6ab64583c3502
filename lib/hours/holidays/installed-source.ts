import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHolidaySql, type HolidayDefinition } from './sql-dump';

export interface HolidayDefinitionsFile {
  generatedFrom: string;
  holidays: HolidayDefinition[];
}

const SOURCE = 'data/sources/support-statutory-holidays-canada-holidays-api/canada_holidays_001-db.sql';

/** Build-time only (reads the source dump): what holiday-definitions.json must contain. */
export function holidayDefinitionsFromSource(): HolidayDefinitionsFile {
  const sql = readFileSync(fileURLToPath(new URL(`../../../${SOURCE}`, import.meta.url)), 'utf8');
  return { generatedFrom: `${SOURCE} (pcraig3/hols f0460377, migrations/001-db.sql)`, holidays: parseHolidaySql(sql) };
}
