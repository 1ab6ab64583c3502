import { describe, expect, it } from 'vitest';
import { parseDayList, parseTimeRange } from './clock';

describe('parseTimeRange', () => {
  it.each([
    ['8:30 am to 4:30 pm', '08:30', '16:30'],
    ['8:30 am to  4:30 pm', '08:30', '16:30'],
    ['8:30 am to 6:30pm', '08:30', '18:30'],
    ['9am – 8:30pm', '09:00', '20:30'],
    ['12pm – 5pm', '12:00', '17:00'],
    ['9:00 a.m. - noon', '09:00', '12:00'],
    ['noon - 3:00 p.m.', '12:00', '15:00'],
    ['12-1pm', '12:00', '13:00'],
    ['1:30-2:30pm', '13:30', '14:30'],
    ['noon to 1', '12:00', '13:00'],
    ['2 pm to 3 pm', '14:00', '15:00'],
    ['10:00-3:00', '10:00', '15:00'],
    ['12:00 to 12:30 pm', '12:00', '12:30'],
    ['12: 00 to 1:00 pm', '12:00', '13:00'],
    ['10:00 am -to3:00 pm', '10:00', '15:00'],
    ['8h30 à 16h30', '08:30', '16:30'],
    ['9:30h à 18:30h', '09:30', '18:30'],
    ['8h30 - 18h00', '08:30', '18:00'],
    ['8h à 17h50', '08:00', '17:50'],
  ])('%s → %s–%s', (text, opens, closes) => {
    expect(parseTimeRange(text)).toEqual({ opens, closes });
  });

  it.each(['8:30 am  4:00 pm', '12am – 12am', 'Day TBD', '5pm to 9am'])('rejects %s', (text) => {
    expect(parseTimeRange(text)).toBeUndefined();
  });
});

describe('parseDayList', () => {
  it.each([
    ['Monday, Tuesday, Thursday', [1, 2, 4]],
    ['Monday to Wednesday, Friday', [1, 2, 3, 5]],
    ['Monday, Tuesday, Wednesday, and Friday', [1, 2, 3, 5]],
    ['Monday - Thursday', [1, 2, 3, 4]],
    ['every Wednesday', [3]],
    ['Thursdays', [4]],
    ['du lundi au jeudi', [1, 2, 3, 4]],
    ['lundi, mardi et jeudi', [1, 2, 4]],
    ['mecredi', [3]],
    ['Weekends', [6, 7]],
  ])('%s', (text, days) => {
    expect(parseDayList(text)).toEqual(days);
  });

  it('rejects non-days', () => {
    expect(parseDayList('Saturday *except long weekends (Closed)')).toBeUndefined();
  });
});
