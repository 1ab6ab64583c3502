import { describe, expect, it } from 'vitest';
import type { ProvinceCode } from '../model/schema';
import type { Schedule } from '../model/schedule';
import * as real from './testing/real-data';
import { scheduleFromSource } from './schedule-from-source';
import { dayPlan, nextOpening, nextOutreachVisit, openStatusAt, weekTable, type ServicePointHours } from './status';

const TODAY = '2026-11-22';

function serviceCanadaPoint(id: string, today = TODAY): ServicePointHours {
  const office = real.serviceCanadaOffices().find((o) => o.id === id)!;
  const province = office.prov as ProvinceCode;
  const { schedule } = scheduleFromSource(
    { format: 'service-canada', data: real.serviceCanadaHours(office) },
    { province, calendar: 'federal', today },
  );
  return { timeZone: office.tz, schedule, province };
}

describe('openStatusAt', () => {
  // St. John's SCC 1137: Mon–Fri 08:30–16:00, America/St_Johns. 2026-07-15 (Wednesday) is in NDT (UTC−2:30).
  const stJohns = serviceCanadaPoint('1137', '2026-07-01');

  it('closes soon at 15:59 NDT and is closed at 16:00 NDT', () => {
    const before = openStatusAt(stJohns, new Date('2026-07-15T18:29:00Z'));
    expect(before).toEqual({ state: 'closes-soon', closesAt: { date: '2026-07-15', time: '16:00', instant: '2026-07-15T18:30:00.000Z' } });
    const after = openStatusAt(stJohns, new Date('2026-07-15T18:30:00Z'));
    expect(after).toEqual({
      state: 'closed',
      reason: 'outside-hours',
      opensAt: { date: '2026-07-16', time: '08:30', instant: '2026-07-16T11:00:00.000Z' },
    });
  });

  it('is open (not closing soon) at 15:29 NDT', () => {
    expect(openStatusAt(stJohns, new Date('2026-07-15T17:59:00Z')).state).toBe('open');
  });

  it('reports the lunch break (Windsor NS 1538, lunch 12:00–12:45 AST)', () => {
    const windsor = serviceCanadaPoint('1538');
    // Tuesday 2026-11-24 12:10 AST = 16:10Z
    expect(openStatusAt(windsor, new Date('2026-11-24T16:10:00Z'))).toEqual({
      state: 'opens-later-today',
      reason: 'lunch',
      opensAt: { date: '2026-11-24', time: '12:45', instant: '2026-11-24T16:45:00.000Z' },
    });
    expect(openStatusAt(windsor, new Date('2026-11-24T15:45:00Z')).state).toBe('closes-soon'); // 11:45, lunch at 12:00
  });

  it('says opens later today before opening time', () => {
    const windsor = serviceCanadaPoint('1538');
    expect(openStatusAt(windsor, new Date('2026-11-24T11:00:00Z'))).toMatchObject({
      state: 'opens-later-today',
      reason: 'outside-hours',
      opensAt: { time: '08:30' },
    });
  });

  it('closes a federal office on a federal holiday (Remembrance Day 2026, Wednesday)', () => {
    const stJohnsNow = serviceCanadaPoint('1137');
    expect(openStatusAt(stJohnsNow, new Date('2026-11-11T14:00:00Z'))).toEqual({
      state: 'closed',
      reason: 'holiday',
      holidayName: { en: 'Remembrance Day', fr: 'Jour du Souvenir' },
      opensAt: { date: '2026-11-12', time: '08:30', instant: '2026-11-12T12:00:00.000Z' },
    });
  });

  it('keeps Ontario federal offices open on Saint-Jean-Baptiste and closes Quebec ones', () => {
    const ontario = serviceCanadaPoint('1137');
    const asQuebec: ServicePointHours = { ...ontario, timeZone: 'America/Toronto', province: 'QC' };
    const asOntario: ServicePointHours = { ...ontario, timeZone: 'America/Toronto', province: 'ON' };
    const noon = new Date('2027-06-24T16:00:00Z');
    expect(openStatusAt(asQuebec, noon)).toMatchObject({ state: 'closed', reason: 'holiday' });
    expect(openStatusAt(asOntario, noon).state).toBe('open');
  });

  it('is closed until further notice during an open-ended temporary closure (Arnprior 3101 since 2026-06-17)', () => {
    const arnprior = serviceCanadaPoint('3101');
    const status = openStatusAt(arnprior, new Date('2026-11-23T15:00:00Z'));
    expect(status).toEqual({
      state: 'closed',
      reason: 'temporary-closure',
      closureNote: { en: 'Unforeseen circumstances', fr: 'Circonstances imprévues' },
    });
    expect(nextOpening(arnprior, new Date('2026-11-23T15:00:00Z'))).toBeUndefined();
  });

  it('evaluates a Vancouver office in December 2026 at UTC−7 (BC on permanent MST)', () => {
    const surrey = serviceCanadaPoint('5002');
    // 2026-12-15T15:45Z is 08:45 MST (it would be 07:45 under the old PST).
    expect(openStatusAt(surrey, new Date('2026-12-15T15:45:00Z'))).toMatchObject({
      state: 'open',
      closesAt: { time: '16:00', instant: '2026-12-15T23:00:00.000Z' },
    });
    expect(openStatusAt(surrey, new Date('2026-12-15T23:00:00Z')).state).toBe('closed');
  });

  it('is unknown for text-only and hour-less schedules', () => {
    const text = scheduleFromSource(
      { format: 'service-canada-2017-text', data: { HoursofSer: 'When requested' } },
      { province: 'ON', calendar: 'federal', today: TODAY },
    ).schedule;
    const point = (schedule: Schedule): ServicePointHours => ({ timeZone: 'America/Toronto', schedule, province: 'ON' });
    expect(openStatusAt(point(text), new Date('2026-11-23T15:00:00Z'))).toEqual({ state: 'unknown', reason: 'text-only' });
    const none = scheduleFromSource({ format: 'none', data: {} }, { province: 'ON', calendar: 'federal', today: TODAY }).schedule;
    expect(openStatusAt(point(none), new Date('2026-11-23T15:00:00Z'))).toEqual({ state: 'unknown', reason: 'no-hours' });
  });

  it('says no visit today for an outreach site on another day', () => {
    const alliston = serviceCanadaPoint('ON-SAB');
    expect(openStatusAt(alliston, new Date('2026-11-30T15:00:00Z'))).toMatchObject({
      state: 'closed',
      reason: 'no-visit-today',
      opensAt: { date: '2026-12-09', time: '09:30' },
    });
  });
});

describe('nextOpening', () => {
  it('skips the weekend and the holiday (Friday 2026-12-24 after closing → Tuesday 12-29, past Christmas and observed Boxing Day)', () => {
    const stJohns = serviceCanadaPoint('1137');
    expect(nextOpening(stJohns, new Date('2026-12-24T20:00:00Z'))).toEqual({
      date: '2026-12-29',
      time: '08:30',
      instant: '2026-12-29T12:00:00.000Z',
    });
  });

  it('resumes after a dated closure (La Ronge 4355 closed 2026-10-09)', () => {
    const laRonge = serviceCanadaPoint('4355', '2026-10-01');
    expect(nextOpening(laRonge, new Date('2026-10-08T23:00:00Z'))?.date).toBe('2026-10-13'); // Fri closed, weekend, Mon 12 Oct Thanksgiving
  });

  it('returns the lunch-end when asked during lunch', () => {
    const windsor = serviceCanadaPoint('1538');
    expect(nextOpening(windsor, new Date('2026-11-24T16:10:00Z'))?.time).toBe('12:45');
  });
});

describe('nextOutreachVisit', () => {
  it('crosses a month boundary: from 2026-11-30 to the 2nd Wednesday of December (Alliston ON-SAB, 2nd & 4th Wednesday)', () => {
    const alliston = serviceCanadaPoint('ON-SAB');
    expect(nextOutreachVisit(alliston, new Date('2026-11-30T15:00:00Z'))).toEqual({
      date: '2026-12-09',
      opensAt: { date: '2026-12-09', time: '09:30', instant: '2026-12-09T14:30:00.000Z' },
      closesAt: { date: '2026-12-09', time: '15:00', instant: '2026-12-09T20:00:00.000Z' },
    });
  });

  it('uses dated visits in local time (High Level AB-SAW, America/Edmonton, UTC−6 from Nov 2026 per tzdata 2026d)', () => {
    const highLevel = serviceCanadaPoint('AB-SAW');
    const visit = nextOutreachVisit(highLevel, new Date('2026-11-22T18:00:00Z'))!;
    expect(visit.opensAt.time).toBe('08:30');
    expect(visit.opensAt.instant).toBe(`${visit.date}T14:30:00.000Z`);
  });

  it('returns the visit in progress', () => {
    const alliston = serviceCanadaPoint('ON-SAB');
    expect(nextOutreachVisit(alliston, new Date('2026-12-09T16:00:00Z'))?.date).toBe('2026-12-09');
  });

  it('is undefined for a point without visits', () => {
    expect(nextOutreachVisit(serviceCanadaPoint('1137'), new Date('2026-11-23T15:00:00Z'))).toBeUndefined();
  });
});

describe('dayPlan', () => {
  it('merges overlapping lines of a contradictory source into one opening (WorkBC centre 299)', () => {
    const { schedule } = scheduleFromSource(
      {
        format: 'workbc-text',
        data: {
          Hours1: '8:30 am to 5:30 pm Monday to Friday',
          Hours2: '8:30 am to 4:30 pm Tuesday, Thursday, Friday',
          Hours3: '8:30 am to 3:30 pm Wednesday',
        },
      },
      { province: 'BC', calendar: 'provincial', today: TODAY },
    );
    expect(dayPlan({ timeZone: 'America/Vancouver', schedule, province: 'BC' }, '2026-11-25').intervals).toEqual([
      { opens: '08:30', closes: '17:30' },
    ]);
  });
});

describe('weekTable', () => {
  it('lists seven local days from today with intervals, closure reasons and the today flag', () => {
    const windsor = serviceCanadaPoint('1538');
    // Sunday 2026-12-20 21:00 AST
    const table = weekTable(windsor, new Date('2026-12-21T01:00:00Z'));
    expect(table.map((d) => d.date)).toEqual([
      '2026-12-20',
      '2026-12-21',
      '2026-12-22',
      '2026-12-23',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(table[0]).toMatchObject({ today: true, intervals: [], closedReason: 'outside-hours' });
    expect(table[1]).toMatchObject({
      today: false,
      weekday: 1,
      intervals: [
        { opens: '08:30', closes: '12:00' },
        { opens: '12:45', closes: '16:00' },
      ],
    });
    expect(table[5]).toMatchObject({ intervals: [], closedReason: 'holiday', holidayName: { en: 'Christmas Day', fr: 'Noël' } });
  });
});
