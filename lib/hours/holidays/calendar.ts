import type { ProvinceCode } from '../../model/schema';
import definitionsJson from './holiday-definitions.json';
import type { HolidayDefinitionsFile } from './installed-source';
import { dateForRule, observedDate } from './rules';
import type { HolidayDefinition } from './sql-dump';

const definitions = (definitionsJson as HolidayDefinitionsFile).holidays;

export interface Holiday {
  /** the day it is observed (offices close), YYYY-MM-DD */
  date: string;
  /** the holiday's own date when it differs from the observed day */
  actualDate: string;
  name: { en: string; fr: string };
  /** the source marks it as not legislated for everyone in this province */
  optional: boolean;
}

/** Worked out once per calendar and year: every location page lists two years of them. */
const holidaysByCalendarYear = new Map<string, readonly Holiday[]>();

/** 'federal': the federal statutory holidays; a province: every holiday the province lists (optional ones flagged). */
export function holidaysFor(calendar: 'federal' | ProvinceCode, year: number): readonly Holiday[] {
  const key = `${calendar}:${year}`;
  let holidays = holidaysByCalendarYear.get(key);
  if (!holidays) {
    const selected =
      calendar === 'federal'
        ? definitions.filter((d) => d.federal).map((d) => toHoliday(d, year, false))
        : definitions.filter((d) => d.provinces[calendar] !== undefined).map((d) => toHoliday(d, year, d.provinces[calendar] === true));
    holidays = Object.freeze(sortByDate(selected.filter((h): h is Holiday => h !== undefined)).map((h) => Object.freeze(h)));
    holidaysByCalendarYear.set(key, holidays);
  }
  return holidays;
}

/**
 * Days a federal office in the province closes. Service Canada's 2026 list: federal holidays, except that in Quebec
 * Saint-Jean-Baptiste Day replaces the Civic Holiday, and Yukon offices also close on Discovery Day.
 */
export function federalOfficeHolidays(province: ProvinceCode, year: number): readonly Holiday[] {
  const federal = holidaysFor('federal', year).filter((h) => !(province === 'QC' && h.name.en === 'Civic Holiday'));
  const provincialSubstitutes = holidaysFor(province, year).filter(
    (h) => (province === 'QC' && h.name.en === 'Saint-Jean-Baptiste Day') || (province === 'YT' && h.name.en === 'Discovery Day'),
  );
  return sortByDate([...federal, ...provincialSubstitutes]);
}

/** Days an office closes for holidays: federal offices per federalOfficeHolidays, provincial/municipal ones on the province's non-optional holidays. */
export function closureHolidays(calendar: 'federal' | 'provincial', province: ProvinceCode, year: number): readonly Holiday[] {
  return calendar === 'federal' ? federalOfficeHolidays(province, year) : holidaysFor(province, year).filter((h) => !h.optional);
}

/** date → closure holiday, per calendar, province and year: open-now checks ask this for every day they look at. */
const closuresByDate = new Map<string, Map<string, Holiday>>();

/** The closure holiday falling on a local date, if any. */
export function closureHolidayOn(calendar: 'federal' | 'provincial', province: ProvinceCode, date: string): Holiday | undefined {
  const year = Number(date.slice(0, 4));
  const key = `${calendar}:${province}:${year}`;
  let byDate = closuresByDate.get(key);
  if (!byDate) {
    // An observed day can fall in the next year (31 Dec on a Saturday → 2 Jan), so look at the previous year too.
    const holidays = [...closureHolidays(calendar, province, year - 1), ...closureHolidays(calendar, province, year)];
    byDate = new Map(holidays.filter((h) => h.date.startsWith(`${year}-`)).map((h) => [h.date, h]));
    closuresByDate.set(key, byDate);
  }
  return byDate.get(date);
}

function toHoliday(definition: HolidayDefinition, year: number, optional: boolean): Holiday | undefined {
  if (
    (definition.firstYear !== undefined && year < definition.firstYear) ||
    (definition.lastYear !== undefined && year > definition.lastYear)
  ) {
    return undefined;
  }
  const actualDate = dateForRule(definition.rule, year);
  return { date: observedDate(actualDate), actualDate, name: definition.name, optional };
}

function sortByDate(holidays: readonly Holiday[]): Holiday[] {
  return [...holidays].sort((a, b) => a.date.localeCompare(b.date) || a.name.en.localeCompare(b.name.en));
}
