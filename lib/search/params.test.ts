import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseInstant, parseSearchParams } from './params';

const NOW = new Date('2026-11-23T15:00:00Z');
const problems = (query: string) => {
  const parsed = parseSearchParams(new URLSearchParams(query), 'en', NOW);
  return parsed.ok ? [] : parsed.problems;
};

describe('parseSearchParams', () => {
  it('reads numbers written plainly, and names the parameter of any other form', () => {
    expect(problems('q=passport&lat=45.42&lon=-75.7&limit=5&offset=20&within=25')).toEqual([]);
    for (const [query, param] of [
      ['offset=1.5', 'offset'],
      ['offset=0x10', 'offset'],
      ['limit=1e1', 'limit'],
      ['within=0x32', 'within'],
      ['within=2.5', 'within'],
      ['lat=0x10&lon=1', 'lat'],
      ['lat=Infinity&lon=1', 'lat'],
      ['lat=1&lon=1e2', 'lon'],
    ] as const)
      expect(
        problems(`q=passport&${query}`).map((problem) => problem.param),
        query,
      ).toEqual([param]);
  });

  it('names an out-of-range lat once, without also saying lat and lon go together', () => {
    expect(problems('q=passport&lat=999&lon=0')).toEqual([{ param: 'lat', message: 'must be a number from -90 to 90' }]);
    expect(problems('q=passport&lat=45')).toEqual([{ param: 'lon', message: 'lat and lon go together' }]);
  });

  it('takes open as 1, true, 0 or false, and names anything else', () => {
    for (const open of ['1', 'true', '0', 'false', '']) expect(problems(`q=passport&open=${open}`), open).toEqual([]);
    expect(problems('q=passport&open=yes')).toEqual([{ param: 'open', message: 'must be 1, true, 0 or false' }]);
  });

  it('refuses an instant on a day that does not exist instead of moving it to another', () => {
    expect(problems('q=passport&at=2026-02-30T10:00:00Z').map((problem) => problem.param)).toEqual(['at']);
    expect(problems('q=passport&at=2026-04-31T10:00:00-04:00').map((problem) => problem.param)).toEqual(['at']);
    expect(parseInstant('2028-02-29T10:00:00Z')?.toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('0000-00-00')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
  });
});
