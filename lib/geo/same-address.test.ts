import { describe, expect, it } from 'vitest';
import type { ServicePoint } from '../model/schema';
import { exactFromSameAddress, streetKey } from './same-address';

const point = (id: string, line: string, precision: 'exact' | 'locality', lat: number, lon: number): ServicePoint =>
  ({
    id,
    address: { lines: { en: [line] }, city: { en: 'Toronto' }, province: 'ON' },
    coordinates: { lat, lon, precision, method: precision === 'exact' ? 'source' : 'gazetteer' },
  }) as unknown as ServicePoint;

describe('approximate points made exact by a same-building twin', () => {
  it('folds civic addresses and refuses lines without a civic number', () => {
    expect(streetKey('777 Bay Street, Suite 100')).toBe('777 bay st');
    expect(streetKey('777 Bay St.')).toBe('777 bay st');
    expect(streetKey('PO Box 30')).toBeUndefined();
  });

  it('takes the twin coordinates and records why', () => {
    const points = [
      point('sc-1', '777 Bay Street', 'exact', 43.6606, -79.3852),
      point('so-1', '777 Bay St., Suite 200', 'locality', 43.7417, -79.3733),
      point('so-2', '1 Other Road', 'locality', 43.7417, -79.3733),
    ];
    expect(exactFromSameAddress(points)).toBe(1);
    expect(points[1]!.coordinates).toMatchObject({
      lat: 43.6606,
      lon: -79.3852,
      precision: 'exact',
      method: 'same-address',
      note: expect.stringContaining('sc-1'),
    });
    expect(points[2]!.coordinates.precision).toBe('locality');
  });
});
