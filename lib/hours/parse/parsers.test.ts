import { describe, expect, it } from 'vitest';
import { Schedule } from '../../model/schedule';
import * as real from '../testing/real-data';
import { scheduleFromSource } from '../schedule-from-source';
import type { ParseContext } from './common';

const FEDERAL_ON: ParseContext = { province: 'ON', calendar: 'federal', today: '2026-11-22' };
const PROVINCIAL_BC: ParseContext = { province: 'BC', calendar: 'provincial', today: '2026-11-22' };
const PROVINCIAL_ON: ParseContext = { province: 'ON', calendar: 'provincial', today: '2026-11-22' };

describe('service-canada (2026 crawl)', () => {
  const offices = real.serviceCanadaOffices();
  const parse = (id: string) => {
    const office = offices.find((o) => o.id === id)!;
    return scheduleFromSource({ format: 'service-canada', data: real.serviceCanadaHours(office) }, FEDERAL_ON);
  };

  it('reads weekly hours and the lunch break (Windsor NS 1538: Mon–Fri 08:30–16:00, lunch 12:00–12:45)', () => {
    const { schedule, problems } = parse('1538');
    expect(problems).toEqual([]);
    expect(schedule.status).toBe('structured');
    expect(schedule.weekly).toHaveLength(5);
    expect(schedule.weekly[0]).toEqual({ day: 1, opens: '08:30', closes: '16:00' });
    expect(schedule.breaks).toEqual([{ opens: '12:00', closes: '12:45' }]);
  });

  it('reads monthly rules [[[2,4],3,"09:30","15:00"]] (Alliston ON-SAB)', () => {
    expect(parse('ON-SAB').schedule.visitRules).toEqual([{ weeks: [2, 4], day: 3, opens: '09:30', closes: '15:00' }]);
  });

  it('keeps dated visits from today on and reports the two that close before they open, without repairing them', () => {
    const highLevel = parse('AB-SAW');
    expect(highLevel.schedule.datedVisits.every((v) => v.date >= '2026-11-22')).toBe(true);
    expect(highLevel.schedule.datedVisits.some((v) => v.date === '2027-01-07')).toBe(false);
    expect(highLevel.problems).toEqual(['dated: visit on 2027-01-07 closes (04:00) before it opens (08:30); dropped']);
    expect(parse('SK-SBW').problems).toEqual(['dated: visit on 2027-07-21 closes (01:00) before it opens (10:30); dropped']);
  });

  it('reads closedOn dates and temporary closures, open-ended when there is no `to`', () => {
    expect(parse('4355').schedule.exceptions).toEqual([{ from: '2026-10-09', to: '2026-10-09', kind: 'closed' }]);
    expect(parse('3101').schedule.exceptions).toEqual([
      { from: '2026-06-17', kind: 'closed', reason: { en: 'Unforeseen circumstances', fr: 'Circonstances imprévues' } },
    ]);
    expect(parse('2106').schedule.exceptions[0]).toMatchObject({ from: '2026-08-31', to: '2026-10-19' });
  });

  it('parses all 574 records: 512 structured, 62 without any schedule, problems only for the 2 bad visits', () => {
    const results = offices.map((o) => scheduleFromSource({ format: 'service-canada', data: real.serviceCanadaHours(o) }, FEDERAL_ON));
    expect(results.filter((r) => r.schedule.status === 'structured')).toHaveLength(512);
    expect(results.filter((r) => r.schedule.status === 'none')).toHaveLength(62);
    expect(results.flatMap((r) => r.problems)).toHaveLength(2);
    for (const r of results) expect(Schedule.safeParse(r.schedule).success).toBe(true);
  });
});

describe('service-canada-2017-text', () => {
  const parse = (text: string) => scheduleFromSource({ format: 'service-canada-2017-text', data: { HoursofSer: text } }, FEDERAL_ON);

  it('"Monday to Friday 8:30 am to 4:00 pm, Closed 12:00 to 12:30 pm"', () => {
    const { schedule } = parse('Monday to Friday 8:30 am to 4:00 pm, Closed 12:00 to 12:30 pm');
    expect(schedule.weekly.map((w) => w.day)).toEqual([1, 2, 3, 4, 5]);
    expect(schedule.weekly[0]).toEqual({ day: 1, opens: '08:30', closes: '16:00' });
    expect(schedule.breaks).toEqual([{ opens: '12:00', closes: '12:30' }]);
  });

  it('"Tuesday and Wednesday 9:30 am to 4:30 pm, Thursday 9:30 am to 2:00 pm, Closed 12:00 to 12:30 pm"', () => {
    const { schedule } = parse('Tuesday and Wednesday 9:30 am to 4:30 pm, Thursday 9:30 am to 2:00 pm, Closed 12:00 to 12:30 pm');
    expect(schedule.weekly).toEqual([
      { day: 2, opens: '09:30', closes: '16:30' },
      { day: 3, opens: '09:30', closes: '16:30' },
      { day: 4, opens: '09:30', closes: '14:00' },
    ]);
  });

  it('"2nd & 4th Thursday of the month 9:00 am to 3:30 pm, Closed 12:00 to 1:00 pm" → monthly rule', () => {
    const { schedule } = parse('2nd & 4th Thursday of the month 9:00 am to 3:30 pm, Closed 12:00 to 1:00 pm');
    expect(schedule.visitRules).toEqual([{ weeks: [2, 4], day: 4, opens: '09:00', closes: '15:30' }]);
    expect(schedule.breaks).toEqual([{ opens: '12:00', closes: '13:00' }]);
  });

  it('applies a lunch only where it falls: "Monday 2:00 pm to 4:00 pm, Tuesday 9:00 am to 4:00 pm, Closed 12:00 to 1:00 pm"', () => {
    expect(parse('Monday 2:00 pm to 4:00 pm, Tuesday 9:00 am to 4:00 pm, Closed 12:00 to 1:00 pm').schedule.weekly).toEqual([
      { day: 1, opens: '14:00', closes: '16:00' },
      { day: 2, opens: '09:00', closes: '12:00' },
      { day: 2, opens: '13:00', closes: '16:00' },
    ]);
  });

  it('reports the impossible lunch "Closed 12:00 am to 1:00 pm" and keeps the text', () => {
    const { schedule, problems } = parse('Wednesday 9:30 am to 3:30 pm, Closed 12:00 am to 1:00 pm');
    expect(schedule.weekly).toEqual([{ day: 3, opens: '09:30', closes: '15:30' }]);
    expect(problems).toHaveLength(1);
    expect(schedule.text?.en).toBe('Wednesday 9:30 am to 3:30 pm, Closed 12:00 am to 1:00 pm');
  });

  it.each([
    'Day TBD 8:30 am to 4:30 pm (Quarterly)',
    'Bi-weekly, Wednesdays 10:00 am to 3:00 pm, Closed 12:00 to 1:00pm',
    'Every second Thursday 9:00 am to 11:30 am',
    'When requested',
    'Monday, Tuesday,Wednesday & Friday 1:00 pm to 5:00 pm, Thursday afternoon: Elder visits',
    'Monday to Friday 8:30 am  4:00 pm',
  ])('keeps "%s" as text', (text) => {
    const { schedule, problems } = parse(text);
    expect(schedule.status).toBe('text-only');
    expect(schedule.text?.en).toBe(text);
    expect(problems).toHaveLength(1);
  });

  it('reads 525 of the 591 Nov 2017 texts; the other 66 are kept verbatim', () => {
    const results = real.serviceCanada2017Hours().map((text) => parse(text));
    expect(results.filter((r) => r.schedule.status === 'structured')).toHaveLength(525);
    expect(results.filter((r) => r.schedule.status === 'text-only')).toHaveLength(66);
    for (const r of results) expect(Schedule.safeParse(r.schedule).success).toBe(true);
  });
});

describe('workbc-text', () => {
  const parse = (data: Record<string, string>) => scheduleFromSource({ format: 'workbc-text', data }, PROVINCIAL_BC);

  it('reads day lists and the statutory holiday statement', () => {
    const { schedule, problems } = parse({
      Hours1: '8:30 am to 4:30 pm Monday, Tuesday, Thursday',
      Hours2: '8:30 am to 6:00 pm Wednesday',
      Hours3: '8:30 am to 4:30 pm Friday',
      Hours4: 'Statutory Holidays - Closed',
    });
    expect(problems).toEqual([]);
    expect(schedule.weekly.map((w) => `${w.day} ${w.opens}-${w.closes}`)).toEqual([
      '1 08:30-16:30',
      '2 08:30-16:30',
      '3 08:30-18:00',
      '4 08:30-16:30',
      '5 08:30-16:30',
    ]);
    expect(schedule.holidays).toEqual({ closes: true, calendar: 'provincial', stated: true });
  });

  it('splits a day at its bracketed lunch: "10:00 am to 6:00 pm Monday (closed 1:00 pm to 1:30 pm)"', () => {
    expect(parse({ Hours1: '10:00 am to 6:00 pm Monday (closed 1:00 pm to 1:30 pm)' }).schedule.weekly).toEqual([
      { day: 1, opens: '10:00', closes: '13:00' },
      { day: 1, opens: '13:30', closes: '18:00' },
    ]);
    expect(parse({ Hours1: '9:00 am to 4:00 pm Tuesday to Friday (closed noon to 1 for lunch)' }).schedule.weekly).toHaveLength(8);
    expect(parse({ Hours1: '8:30 am to 4:30 pm  Tuesday to Friday (closed 12-1pm)' }).schedule.weekly[0]).toEqual({
      day: 2,
      opens: '08:30',
      closes: '12:00',
    });
  });

  it('reads daily lunch lines and closure lists', () => {
    expect(
      parse({ Hours1: '8:30 am to 4:30 pm Monday to Friday', Hours2: '*Closed for lunch 12:15 pm to 12:45 pm' }).schedule.breaks,
    ).toEqual([{ opens: '12:15', closes: '12:45' }]);
    const friday = parse({
      Hours1: '9:00 am to 5:00 pm Monday to Thursday',
      Hours2: 'Friday, Statutory Holidays and daily for Lunch from 12:00 pm to 1:00 pm - Closed',
    });
    expect(friday.problems).toEqual([]);
    expect(friday.schedule.breaks).toEqual([{ opens: '12:00', closes: '13:00' }]);
  });

  it('turns "Easter Monday, Boxing Day" closures into dated exceptions (optional holidays in BC)', () => {
    const { schedule } = parse({
      Hours1: '8:30 am to 4:30 pm Monday to Friday',
      Hours2: 'Statutory Holidays, Easter Monday, Boxing Day - Closed',
    });
    expect(schedule.exceptions.map((e) => e.from)).toEqual(['2026-12-28', '2027-03-29', '2027-12-28']);
  });

  it('reads the French twin and reports when it disagrees with the English row', () => {
    const same = parse({
      Hours1: '9:00 am to 7:00 pm Monday to Thursday',
      'fr:Hours1': '9h à 19h du lundi au jeudi',
      'fr:Hours2': 'Jours fériés - fermé',
    });
    expect(same.problems).toEqual([]);
    expect(same.schedule.holidays.stated).toBe(true);
    const differs = parse({ Hours1: '8:30 am to 6:30pm Monday to Thursday', 'fr:Hours1': '9h à 17h - du lundi au mercredi' });
    expect(differs.problems[0]).toMatch(/French twin gives different weekly hours/);
    expect(differs.schedule.text).toEqual({ en: '8:30 am to 6:30pm Monday to Thursday', fr: '9h à 17h - du lundi au mercredi' });
  });

  it('keeps what it cannot read, verbatim', () => {
    const closed = parse({ Hours1: 'Temporarily CLOSED ' });
    expect(closed.schedule.status).toBe('text-only');
    expect(closed.schedule.text?.en).toBe('Temporarily CLOSED');
    const saturday = parse({
      Hours1: '9:00 am to 5:00 pm Monday to Friday',
      Hours2: '9:00am to 5:00pm Saturday *except long weekends (Closed)',
    });
    expect(saturday.schedule.status).toBe('structured');
    expect(saturday.schedule.weekly.some((w) => w.day === 6)).toBe(false);
    expect(saturday.problems).toEqual(['workbc: cannot read "9:00am to 5:00pm Saturday *except long weekends (Closed)"']);
  });

  it('on the real file: 106 of 108 English centres structured, 1 text-only, 1 without hours', () => {
    const rows = real.workBcRows();
    const results = rows
      .filter((row) => !row['LegacyURL']!.includes('EnFrancais'))
      .map((row) => {
        const data: Record<string, string> = {};
        const twin = rows.find((t) => t['WorkBCServiceCentreID'] === row['FrenchService'] && t['LegacyURL']!.includes('EnFrancais'));
        for (const column of ['Hours1', 'Hours2', 'Hours3', 'Hours4']) {
          if (row[column] !== 'NULL') data[column] = row[column]!;
          if (twin && twin[column] !== 'NULL') data[`fr:${column}`] = twin[column]!;
        }
        return parse(data);
      });
    expect(results).toHaveLength(108);
    expect(results.filter((r) => r.schedule.status === 'structured')).toHaveLength(106);
    expect(results.filter((r) => r.schedule.status === 'text-only')).toHaveLength(1);
    for (const r of results) expect(Schedule.safeParse(r.schedule).success).toBe(true);
  });
});

describe('tpl-weekly', () => {
  const hours = real.tplHours();

  it('reads "9am – 8:30pm" and treats "12am – 12am" as closed', () => {
    const { schedule, problems } = scheduleFromSource({ format: 'tpl-weekly', data: hours['AB']! }, PROVINCIAL_ON);
    expect(problems).toEqual([]);
    expect(schedule.weekly).toContainEqual({ day: 1, opens: '09:00', closes: '20:30' });
    expect(schedule.weekly).toContainEqual({ day: 7, opens: '12:00', closes: '17:00' });
    const closedMonday = Object.entries(hours).find(([, days]) => days['Monday'] === '12am – 12am' && days['Tuesday'] !== '12am – 12am')!;
    expect(
      scheduleFromSource({ format: 'tpl-weekly', data: closedMonday[1] }, PROVINCIAL_ON).schedule.weekly.some((w) => w.day === 1),
    ).toBe(false);
  });

  it('branches closed all week (Centennial CE) are structured with no hours and a note', () => {
    const { schedule } = scheduleFromSource({ format: 'tpl-weekly', data: hours['CE']! }, PROVINCIAL_ON);
    expect(schedule.weekly).toEqual([]);
    expect(schedule.notes[0]).toMatch(/closed every day/);
  });

  it('parses all 99 branches without problems', () => {
    const results = Object.values(hours).map((data) => scheduleFromSource({ format: 'tpl-weekly', data }, PROVINCIAL_ON));
    expect(results).toHaveLength(99);
    expect(results.flatMap((r) => r.problems)).toEqual([]);
    for (const r of results) expect(Schedule.safeParse(r.schedule).success).toBe(true);
  });
});

describe('earlyon-sessions', () => {
  it('turns program times into sessions, not counter hours', () => {
    const { schedule, problems } = scheduleFromSource(
      {
        format: 'earlyon-sessions',
        data: {
          dropinHours: 'Monday: 9:00 a.m. - noon  ; 1:00 p.m. - 3:30 p.m.  ; 1:30 p.m. - 2:30 p.m.   | Saturday: 9:30 a.m. - noon  ',
        },
      },
      PROVINCIAL_ON,
    );
    expect(problems).toEqual([]);
    expect(schedule.status).toBe('none');
    expect(schedule.weekly).toEqual([]);
    expect(schedule.sessions).toEqual([
      { name: 'drop-in', day: 1, opens: '09:00', closes: '12:00', text: 'Monday: 9:00 a.m. - noon' },
      { name: 'drop-in', day: 1, opens: '13:00', closes: '15:30', text: 'Monday: 1:00 p.m. - 3:30 p.m.' },
      { name: 'drop-in', day: 1, opens: '13:30', closes: '14:30', text: 'Monday: 1:30 p.m. - 2:30 p.m.' },
      { name: 'drop-in', day: 6, opens: '09:30', closes: '12:00', text: 'Saturday: 9:30 a.m. - noon' },
    ]);
  });

  it('reads every session of the 239 centres (1,344 sessions, all timed)', () => {
    const results = real.earlyOnCentres().map((centre) => {
      const data: Record<string, unknown> = {};
      for (const field of ['dropinHours', 'registeredHours']) if (centre[field]) data[field] = centre[field];
      return scheduleFromSource({ format: 'earlyon-sessions', data }, PROVINCIAL_ON);
    });
    expect(results.flatMap((r) => r.problems)).toEqual([]);
    const sessions = results.flatMap((r) => r.schedule.sessions);
    expect(sessions).toHaveLength(1344);
    expect(sessions.every((s) => s.opens && s.closes)).toBe(true);
    for (const r of results) expect(Schedule.safeParse(r.schedule).success).toBe(true);
  });
});

describe('serviceontario-holidays', () => {
  const locations = real.serviceOntarioLocations().filter((l) => l.locationType.schedules.length > 0);

  it('dates each holiday closure from the schedule name ("April 10/April 13, 2020" = 4 days)', () => {
    const all = locations.map((l) =>
      scheduleFromSource({ format: 'serviceontario-holidays', data: { schedules: l.locationType.schedules } }, PROVINCIAL_ON),
    );
    expect(all.flatMap((r) => r.problems)).toEqual([]);
    const exceptions = all.flatMap((r) => r.schedule.exceptions);
    expect(exceptions).toContainEqual(expect.objectContaining({ from: '2020-04-10', to: '2020-04-13', kind: 'closed' }));
    const landRegistry = all.find((r) => r.schedule.exceptions.some((e) => e.from === '2019-12-25'))!;
    expect(landRegistry.schedule.exceptions.find((e) => e.from === '2019-12-25')).toEqual({
      from: '2019-12-25',
      to: '2019-12-26',
      kind: 'closed',
      reason: {
        en: 'All Land Registry Offices will be closed December 25 and 26.',
        fr: "Tous les bureaux d'enregistrement des droits immobiliers seront fermés le 25 et 26 décembre.",
      },
    });
    expect(all.every((r) => r.schedule.status === 'none' && r.schedule.holidays.stated)).toBe(true);
    for (const r of all) expect(Schedule.safeParse(r.schedule).success).toBe(true);
  });
});

describe('none', () => {
  it('gives an empty schedule with status none', () => {
    expect(scheduleFromSource({ format: 'none', data: {} }, FEDERAL_ON)).toMatchObject({
      schedule: { status: 'none', weekly: [] },
      problems: [],
    });
  });
});
