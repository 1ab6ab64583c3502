import { describe, expect, it } from 'vitest';
import canadaZonesJson from '../../../data/tz/canada-zones.json';
import { canadaZonesFromInstalledTzdata } from './installed-tzdata';
import { addDays, instantFor, isoWeekdayOf, TZ_DATA_VERSION, utcOffsetAt, zonedDateTime } from './zones';

describe('data/tz/canada-zones.json', () => {
  it('is exactly what the generator produces from the installed tzdata (re-run build-transitions.ts after a tzdata upgrade)', () => {
    expect(canadaZonesJson).toEqual(JSON.parse(JSON.stringify(canadaZonesFromInstalledTzdata())));
  });

  it('records the IANA version it was built from', () => {
    expect(TZ_DATA_VERSION).toBe('2026d');
  });
});

// Offsets at 12:00 UTC on 2026-01-15, 2026-07-15, 2026-11-22, 2027-01-15, 2027-07-15 (minutes east of UTC).
// tzdata 2026d: BC (America/Vancouver) goes to permanent MST on 2026-11-01, and Alberta/Inuvik to permanent UTC−6 the same day.
const PINS: Array<[string, number[]]> = [
  ['America/St_Johns', [-210, -150, -210, -210, -150]],
  ['America/Halifax', [-240, -180, -240, -240, -180]],
  ['America/Glace_Bay', [-240, -180, -240, -240, -180]],
  ['America/Moncton', [-240, -180, -240, -240, -180]],
  ['America/Goose_Bay', [-240, -180, -240, -240, -180]],
  ['America/Blanc-Sablon', [-240, -240, -240, -240, -240]],
  ['America/Toronto', [-300, -240, -300, -300, -240]],
  ['America/Montreal', [-300, -240, -300, -300, -240]],
  ['America/Nipigon', [-300, -240, -300, -300, -240]],
  ['America/Thunder_Bay', [-300, -240, -300, -300, -240]],
  ['America/Iqaluit', [-300, -240, -300, -300, -240]],
  ['America/Pangnirtung', [-300, -240, -300, -300, -240]],
  ['America/Atikokan', [-300, -300, -300, -300, -300]],
  ['America/Coral_Harbour', [-300, -300, -300, -300, -300]],
  ['America/Winnipeg', [-360, -300, -360, -360, -300]],
  ['America/Rainy_River', [-360, -300, -360, -360, -300]],
  ['America/Rankin_Inlet', [-360, -300, -360, -360, -300]],
  ['America/Resolute', [-360, -300, -360, -360, -300]],
  ['America/Regina', [-360, -360, -360, -360, -360]],
  ['America/Swift_Current', [-360, -360, -360, -360, -360]],
  ['America/Edmonton', [-420, -360, -360, -360, -360]],
  ['America/Yellowknife', [-420, -360, -360, -360, -360]],
  ['America/Inuvik', [-420, -360, -360, -360, -360]],
  ['America/Cambridge_Bay', [-420, -360, -420, -420, -360]],
  ['America/Creston', [-420, -420, -420, -420, -420]],
  ['America/Dawson_Creek', [-420, -420, -420, -420, -420]],
  ['America/Fort_Nelson', [-420, -420, -420, -420, -420]],
  ['America/Vancouver', [-480, -420, -420, -420, -420]],
  ['America/Whitehorse', [-420, -420, -420, -420, -420]],
  ['America/Dawson', [-420, -420, -420, -420, -420]],
  ['Canada/Newfoundland', [-210, -150, -210, -210, -150]],
  ['Canada/Pacific', [-480, -420, -420, -420, -420]],
  ['Canada/Saskatchewan', [-360, -360, -360, -360, -360]],
  ['Canada/Yukon', [-420, -420, -420, -420, -420]],
];
const PIN_DATES = ['2026-01-15', '2026-07-15', '2026-11-22', '2027-01-15', '2027-07-15'];

describe('utcOffsetAt', () => {
  it.each(PINS)('%s', (zone, offsets) => {
    expect(PIN_DATES.map((date) => utcOffsetAt(zone, new Date(`${date}T12:00:00Z`)))).toEqual(offsets);
  });

  it('BC stays at −7 across 2026-11-01 (PDT → MST, no clock change) and never returns to −8', () => {
    expect(utcOffsetAt('America/Vancouver', new Date('2026-11-01T08:59:00Z'))).toBe(-420);
    expect(utcOffsetAt('America/Vancouver', new Date('2026-11-01T09:01:00Z'))).toBe(-420);
    expect(utcOffsetAt('America/Vancouver', new Date('2025-12-15T12:00:00Z'))).toBe(-480);
    expect(utcOffsetAt('America/Vancouver', new Date('2040-12-15T12:00:00Z'))).toBe(-420);
  });

  it('switches exactly at the transition instant (Toronto 2027-03-14 02:00 EST = 07:00Z)', () => {
    expect(utcOffsetAt('America/Toronto', new Date('2027-03-14T06:59:59Z'))).toBe(-300);
    expect(utcOffsetAt('America/Toronto', new Date('2027-03-14T07:00:00Z'))).toBe(-240);
  });

  it('refuses zones and instants it has no data for instead of guessing', () => {
    expect(() => utcOffsetAt('Europe/Paris', new Date('2026-01-01T00:00:00Z'))).toThrow(RangeError);
    expect(() => utcOffsetAt('America/Toronto', new Date('2041-06-01T00:00:00Z'))).toThrow(RangeError);
  });
});

describe('zonedDateTime', () => {
  it('gives the local date, ISO weekday and minutes', () => {
    // 2026-11-23T03:30Z is Sunday 22 Nov 22:30 in Toronto (EST) but Monday 00:00 in St. John's (NST).
    expect(zonedDateTime('America/Toronto', new Date('2026-11-23T03:30:00Z'))).toMatchObject({
      date: '2026-11-22',
      weekday: 7,
      minutes: 1350,
      time: '22:30',
    });
    expect(zonedDateTime('America/St_Johns', new Date('2026-11-23T03:30:00Z'))).toMatchObject({
      date: '2026-11-23',
      weekday: 1,
      minutes: 0,
    });
  });

  it('evaluates Vancouver in December 2026 at −7', () => {
    expect(zonedDateTime('America/Vancouver', new Date('2026-12-15T16:30:00Z'))).toMatchObject({
      date: '2026-12-15',
      time: '09:30',
      offset: -420,
    });
  });
});

describe('instantFor', () => {
  it('converts local wall-clock time to an instant', () => {
    expect(instantFor('America/St_Johns', '2026-07-15', '16:00').toISOString()).toBe('2026-07-15T18:30:00.000Z');
    expect(instantFor('America/Vancouver', '2026-12-01', '08:30').toISOString()).toBe('2026-12-01T15:30:00.000Z');
    expect(instantFor('America/Regina', '2026-07-01', '24:00').toISOString()).toBe('2026-07-02T06:00:00.000Z');
  });

  it('resolves a skipped time forward and a repeated time to its first occurrence', () => {
    expect(instantFor('America/Toronto', '2027-03-14', '02:30').toISOString()).toBe('2027-03-14T07:30:00.000Z');
    expect(instantFor('America/Toronto', '2026-11-01', '01:30').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });
});

describe('date helpers', () => {
  it('adds days and gives ISO weekdays', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isoWeekdayOf('2026-11-22')).toBe(7);
  });
});
