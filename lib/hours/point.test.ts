import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../data/snapshot';
import { hoursOf, pointHoursAt, pointStatusAt } from './point';
import { openStatusAt } from './status';

const { pointById } = loadSnapshot();
const point = (id: string) => {
  const found = pointById.get(id);
  if (!found) throw new Error(`no point ${id}`);
  return found;
};

describe('a service point’s hours', () => {
  it('are read in the point’s own zone with its province’s holidays', () => {
    const stJohns = point('sc-1137');
    expect(hoursOf(stJohns)).toEqual({ timeZone: 'America/St_Johns', schedule: stJohns.schedule, province: 'NL' });
  });

  it('at an instant: status, week, next opening on the office clock (St. John’s, Christmas Day)', () => {
    const hours = pointHoursAt(point('sc-1137'), new Date('2026-12-25T15:00:00Z'));
    expect(hours.local).toMatchObject({ date: '2026-12-25', time: '11:30' });
    expect(hours.status).toMatchObject({ state: 'closed', reason: 'holiday', holidayName: { en: 'Christmas Day' } });
    // Boxing Day is observed on Monday the 28th
    expect(hours.nextOpening).toEqual({ date: '2026-12-29', time: '08:30', instant: '2026-12-29T12:00:00.000Z' });
    expect(hours.week.map((day) => day.date)).toEqual([
      '2026-12-25',
      '2026-12-26',
      '2026-12-27',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
    ]);
    expect(hours.week[0]).toMatchObject({ today: true, closedReason: 'holiday' });
    expect(hours.nextVisit).toBeUndefined();
  });

  it('at an instant: the next outreach visit of a site with monthly visits (Alliston, 2nd and 4th Wednesday)', () => {
    const hours = pointHoursAt(point('sc-on-sab'), new Date('2026-11-29T16:00:00Z'));
    expect(hours.status).toMatchObject({ state: 'closed', reason: 'no-visit-today' });
    expect(hours.nextVisit).toEqual({
      date: '2026-12-09',
      opensAt: { date: '2026-12-09', time: '09:30', instant: '2026-12-09T14:30:00.000Z' },
      closesAt: { date: '2026-12-09', time: '15:00', instant: '2026-12-09T20:00:00.000Z' },
    });
    expect(hours.nextOpening).toEqual(hours.nextVisit?.opensAt);
  });

  it('status: remembered within a minute, computed afresh for another minute or another point', () => {
    const office = point('sc-1137');
    const opening = new Date('2026-11-30T12:00:00Z'); // 08:30 in St. John's, Monday: opens
    const justBefore = new Date('2026-11-30T11:59:59Z');
    expect(pointStatusAt(office, justBefore)).toEqual(openStatusAt(hoursOf(office), justBefore));
    expect(pointStatusAt(office, justBefore).state).not.toBe('open');
    expect(pointStatusAt(office, new Date('2026-11-30T11:59:01Z'))).toBe(pointStatusAt(office, justBefore));
    expect(pointStatusAt(office, opening)).toEqual(openStatusAt(hoursOf(office), opening));
    expect(pointStatusAt(office, opening).state).toBe('open');
    const other = point('sc-on-sab');
    expect(pointStatusAt(other, opening)).toEqual(openStatusAt(hoursOf(other), opening));
  });
});
