import { describe, expect, it } from 'vitest';
import definitionsJson from './holiday-definitions.json';
import { closureHolidayOn, federalOfficeHolidays, holidaysFor } from './calendar';
import { holidayDefinitionsFromSource } from './installed-source';
import { dateForRule, easterSunday, observedDate } from './rules';

// Every distinct rule string of canada_holidays_001-db.sql, with its 2026 date checked by hand on a calendar.
const RULES_2026: Record<string, string> = {
  'January 1': '2026-01-01',
  'January 2': '2026-01-02',
  'Third Monday in February': '2026-02-16',
  'Monday March 17': '2026-03-16', // 17 March 2026 is a Tuesday
  'Friday before Easter Day': '2026-04-03',
  'Monday after Easter Day': '2026-04-06',
  'Monday near April 23': '2026-04-20', // Thursday → the Monday before
  'Monday before May 25': '2026-05-18', // 25 May 2026 is itself a Monday: strictly before
  'June 21': '2026-06-21',
  'June 24': '2026-06-24',
  'Monday near June 24': '2026-06-22',
  'July 1': '2026-07-01',
  'July 9': '2026-07-09',
  'Monday near July 12': '2026-07-13', // Sunday → the next day
  'First Monday in August': '2026-08-03',
  'First Wednesday in August': '2026-08-05',
  'Third Monday in August': '2026-08-17',
  'First Monday in September': '2026-09-07',
  'September 19': '2026-09-19',
  'September 30': '2026-09-30',
  'Second Monday in October': '2026-10-12',
  'November 11': '2026-11-11',
  'December 25': '2026-12-25',
  'December 26': '2026-12-26',
};

describe('holiday-definitions.json', () => {
  it('is what the parser reads from the SQL dump today (re-run build-holidays.ts when the source changes)', () => {
    expect(definitionsJson).toEqual(JSON.parse(JSON.stringify(holidayDefinitionsFromSource())));
  });

  it('holds the 34 holidays, 150 province links (27 optional) and 13 federal holidays of the source', () => {
    const { holidays } = holidayDefinitionsFromSource();
    expect(holidays).toHaveLength(34);
    expect(holidays.reduce((n, h) => n + Object.keys(h.provinces).length, 0)).toBe(150);
    expect(holidays.reduce((n, h) => n + Object.values(h.provinces).filter(Boolean).length, 0)).toBe(27);
    expect(holidays.filter((h) => h.federal)).toHaveLength(13);
  });
});

describe('dateForRule', () => {
  it('covers every rule string in the source file', () => {
    const rules = new Set(holidayDefinitionsFromSource().holidays.map((h) => h.rule));
    expect([...rules].sort()).toEqual(Object.keys(RULES_2026).sort());
  });

  it.each(Object.entries(RULES_2026))('%s → %s in 2026', (rule, date) => {
    expect(dateForRule(rule, 2026)).toBe(date);
  });

  it('handles other years (Victoria Day 2027 = 24 May; Easter 2027 = 28 March)', () => {
    expect(dateForRule('Monday before May 25', 2027)).toBe('2027-05-24');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2025)).toBe('2025-04-20');
  });

  it('rejects what it does not understand', () => {
    expect(() => dateForRule('Full moon in March', 2026)).toThrow();
  });
});

describe('observedDate', () => {
  it('moves weekend holidays to Monday, and Boxing Day / 2 January to Tuesday behind a moved holiday', () => {
    expect(observedDate('2026-12-26')).toBe('2026-12-28'); // Saturday
    expect(observedDate('2027-12-25')).toBe('2027-12-27'); // Saturday
    expect(observedDate('2027-12-26')).toBe('2027-12-28'); // Sunday
    expect(observedDate('2028-06-21')).toBe('2028-06-21'); // never moved
  });
});

describe('federalOfficeHolidays', () => {
  // Service Canada's published 2026 closures (PROVENANCE of federal-service-canada-offices-hours-ask-canada).
  const common = [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-18',
    '2026-07-01',
    '2026-09-07',
    '2026-09-30',
    '2026-10-12',
    '2026-11-11',
    '2026-12-25',
    '2026-12-28',
  ];

  it('reproduces the 2026 list for Ontario (with the Civic Holiday, 3 Aug)', () => {
    expect(federalOfficeHolidays('ON', 2026).map((h) => h.date)).toEqual([...common, '2026-08-03'].sort());
  });

  it('reproduces it for Quebec (24 June, not 3 Aug)', () => {
    expect(federalOfficeHolidays('QC', 2026).map((h) => h.date)).toEqual([...common, '2026-06-24'].sort());
  });

  it('reproduces it for Yukon (3 Aug and Discovery Day 17 Aug)', () => {
    expect(federalOfficeHolidays('YT', 2026).map((h) => h.date)).toEqual([...common, '2026-08-03', '2026-08-17'].sort());
  });

  it('closes on 1 January 2027', () => {
    expect(closureHolidayOn('federal', 'NL', '2027-01-01')?.name.en).toBe('New Year’s Day');
  });
});

describe('provincial calendars', () => {
  it('Saint-Jean-Baptiste is a holiday in Quebec and a working day in Ontario', () => {
    expect(closureHolidayOn('provincial', 'QC', '2026-06-24')?.name).toEqual({
      en: 'Saint-Jean-Baptiste Day',
      fr: 'Saint-Jean-Baptiste / Fête nationale du Québec',
    });
    expect(closureHolidayOn('provincial', 'ON', '2026-06-24')).toBeUndefined();
  });

  it('Family Day closes Ontario offices but not Quebec ones', () => {
    expect(closureHolidayOn('provincial', 'ON', '2026-02-16')?.name.en).toBe('Family Day');
    expect(closureHolidayOn('provincial', 'QC', '2026-02-16')).toBeUndefined();
  });

  it('keeps optional holidays in the list but not among closures (Easter Monday in Ontario)', () => {
    expect(holidaysFor('ON', 2026).find((h) => h.date === '2026-04-06')?.optional).toBe(true);
    expect(closureHolidayOn('provincial', 'ON', '2026-04-06')).toBeUndefined();
  });

  it('respects first/last occurrence years', () => {
    expect(holidaysFor('federal', 2022).some((h) => h.name.en === 'Day of Mourning for Queen Elizabeth II')).toBe(true);
    expect(holidaysFor('federal', 2026).some((h) => h.name.en === 'Day of Mourning for Queen Elizabeth II')).toBe(false);
    expect(holidaysFor('federal', 2020).some((h) => h.name.en === 'National Day for Truth and Reconciliation')).toBe(false);
  });
});
