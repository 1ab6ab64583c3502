import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../data/snapshot';
import { buildPlaceIndex, resolvePlace, type PlaceIndex } from './place';

let index: PlaceIndex;
beforeAll(() => {
  index = buildPlaceIndex(loadSnapshot().snapshot.places);
});

function resolved(input: string) {
  const result = resolvePlace(input, index, 'en');
  if (result.status !== 'resolved') throw new Error(`${input}: ${JSON.stringify(result)}`);
  return result.place;
}

describe('resolvePlace on the real gazetteer and FSA centroids', () => {
  it('reads a full postal code in any spacing or case, at postal-code precision', () => {
    for (const input of ['K1A 0B1', 'k1a0b1', ' K1A-0B1 ']) {
      const place = resolved(input);
      expect(place.kind).toBe('postal-code');
      expect(place.precision).toBe('postal-code');
      expect(place.lat).toBeGreaterThan(45.3);
      expect(place.lat).toBeLessThan(45.5);
      expect(place.lon).toBeGreaterThan(-75.8);
      expect(place.lon).toBeLessThan(-75.6);
    }
  });

  it('reads an FSA alone', () => {
    const place = resolved('M5V');
    expect(place.kind).toBe('fsa');
    expect(place.lat).toBeCloseTo(43.64, 1);
  });

  it('says a well-formed postal code it does not know is unknown, not somewhere else', () => {
    expect(resolvePlace('X0X 0X9', index)).toMatchObject({ status: 'unknown', reason: 'no-such-postal-code' });
  });

  it('finds place names with or without accents, in English or French', () => {
    const montreal = resolved('Montreal');
    expect(resolved('Montréal')).toEqual(montreal);
    expect(montreal.province).toBe('QC');
    expect(resolved('Trois-Rivieres').province).toBe('QC');
    expect(resolved('trois rivières').lat).toBeCloseTo(46.35, 1);
    expect(resolved('Québec, QC').province).toBe('QC');
    // punctuation and apostrophes do not matter: "St Johns" is St. John's
    expect(resolved('St Johns, NL')).toEqual(resolved("St. John's, NL"));
    expect(resolved('st johns nl').lat).toBeCloseTo(47.48, 1);
  });

  it('offers choices for ambiguous names, and a province settles them', () => {
    // Issue 12: a much larger place is preselected (resolved, the others offered as alternatives); otherwise a choice.
    for (const name of ['Richmond', 'Kingston']) {
      const result = resolvePlace(name, index);
      const choices =
        result.status === 'ambiguous'
          ? result.choices
          : result.status === 'resolved'
            ? [result.place, ...(result.place.alternatives ?? [])]
            : [];
      expect(result.status === 'ambiguous' || (result.status === 'resolved' && (result.place.alternatives?.length ?? 0) > 0), name).toBe(
        true,
      );
      expect(new Set(choices.map((c) => c.province)).size).toBeGreaterThan(1);
    }
    expect(resolved('Richmond, BC').province).toBe('BC');
    expect(resolved('Kingston ON').lon).toBeCloseTo(-76.5, 0);
  });

  it('says plainly when it does not know a place', () => {
    expect(resolvePlace('Atlantis', index)).toEqual({ status: 'unknown', query: 'Atlantis', reason: 'no-such-place' });
  });

  it('accepts coordinates inside Canada, rounded to about 100 m, and refuses others', () => {
    expect(resolved('45.50171, -73.56732')).toMatchObject({ lat: 45.502, lon: -73.567, kind: 'coordinates' });
    expect(resolvePlace('10,10', index)).toEqual({ status: 'invalid', reason: 'coordinates-out-of-range' });
    expect(resolvePlace('', index)).toEqual({ status: 'invalid', reason: 'empty' });
    expect(resolvePlace('x'.repeat(500), index)).toEqual({ status: 'invalid', reason: 'too-long' });
  });
});
