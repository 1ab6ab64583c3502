import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { geoFsaGeonames, geoFsaPypostalcode } from '../ingest/sources/geo-fsa';
import { geoSimplemaps } from '../ingest/sources/geo-simplemaps';
import { indigenousCommunities } from '../ingest/sources/indigenous-communities';
import { REAL_SOURCES_DIR } from '../ingest/test-support';
import { haversineKm } from './distance';
import { buildLocalityIndex } from './locality-index';
import { MAX_KM_FROM_TOWN, placePoint, type Geocoder } from './placement';
import { isInProvince, loadProvinceShapes, provinceAt } from './provinces';

let geocoder: Geocoder;
beforeAll(() => {
  const places = [geoSimplemaps, geoFsaPypostalcode, geoFsaGeonames, indigenousCommunities].flatMap((a) => a(REAL_SOURCES_DIR).places);
  geocoder = {
    shapes: loadProvinceShapes(join(REAL_SOURCES_DIR, 'geo-provinces-territories-topojson', 'prov_4326_simple.topo.json')),
    localities: buildLocalityIndex(places),
  };
});

describe('distance and provinces', () => {
  it('haversine: Ottawa–Montréal ≈ 166 km', () => {
    expect(haversineKm(45.4215, -75.6972, 45.5017, -73.5673)).toBeCloseTo(166, 0);
  });
  it('finds the province of a point, tolerating simplified coastlines, and nothing outside Canada', () => {
    expect(provinceAt(geocoder.shapes, 45.5017, -73.5673)?.province).toBe('QC');
    expect(provinceAt(geocoder.shapes, 47.61448, -52.73124)?.province).toBe('NL'); // St. John's, on the coast
    expect(provinceAt(geocoder.shapes, 40.7128, -74.006)).toBeUndefined(); // New York
    expect(provinceAt(geocoder.shapes, 44.97, -93.26)).toBeUndefined(); // Minneapolis
    expect(isInProvince(geocoder.shapes, 'ON', 45.5017, -73.5673)).toBe(false);
  });
});

describe('locality lookup', () => {
  it('is accent- and case-insensitive, in English and French', () => {
    expect(geocoder.localities.lookup('MONTREAL', 'QC')?.name.en).toBe('Montréal');
    expect(geocoder.localities.lookup('Saint-Jérôme', 'QC')).toBeDefined();
    expect(geocoder.localities.lookup('st-jerome', 'QC')?.id).toBe(geocoder.localities.lookup('Saint-Jérôme', 'QC')?.id);
    expect(geocoder.localities.lookup('Montréal', 'ON')).toBeUndefined();
  });
  it('finds a First Nation by its bare name and prefers it for band-office hosts', () => {
    expect(geocoder.localities.lookup('Slate Falls', 'ON', { preferIndigenous: true })?.id).toBe('fn-259');
  });
  it('finds FSAs from full postal codes', () => {
    expect(geocoder.localities.fsa('X1A 2N8')?.id).toBe('fsa-x1a');
    expect(geocoder.localities.fsa('H0H 0H0')).toBeUndefined();
  });
});

describe('placePoint', () => {
  it('re-places Yellowknife 4901 (postal pin ~190 km off) at its FSA centroid', () => {
    const placed = placePoint(geocoder, {
      province: 'NT',
      city: { en: 'Yellowknife' },
      postalCode: 'X1A 2N8',
      source: { lat: 62.82, lon: -117.9, placedBy: 'postal' },
    });
    expect(placed).toMatchObject({ ok: true, coordinates: { precision: 'postal-code', method: 'fsa-centroid' } });
    if (!placed.ok) return;
    const yellowknife = geocoder.localities.lookup('Yellowknife', 'NT')!;
    expect(haversineKm(placed.coordinates.lat, placed.coordinates.lon, yellowknife.lat, yellowknife.lon)).toBeLessThan(10);
    expect(placed.coordinates.note).toMatch(/source pin is \d+ km from .*placed at the centroid of FSA X1A/);
  });

  it('re-places Woodstock NB 1688 (postal pin near Sussex)', () => {
    const placed = placePoint(geocoder, {
      province: 'NB',
      city: { en: 'Woodstock' },
      postalCode: 'E7M 5C1',
      source: { lat: 45.47265, lon: -65.67509, placedBy: 'postal' },
    });
    expect(placed).toMatchObject({
      ok: true,
      coordinates: { precision: 'postal-code', method: 'fsa-centroid', note: expect.stringMatching(/is 16\d km from/) },
    });
  });

  it('moves Slate Falls ON-CAS from the eastern-Ontario namesake to the First Nation', () => {
    const placed = placePoint(geocoder, {
      province: 'ON',
      city: { en: 'Slate Falls' },
      postalCode: 'P0V 3C0',
      source: { lat: 45.18, lon: -77.27, placedBy: 'city' },
      preferIndigenous: true,
    });
    expect(placed).toMatchObject({ ok: true, coordinates: { lat: 51.14938, lon: -91.61824, precision: 'locality', method: 'gazetteer' } });
  });

  it('keeps a plausible pin with the precision its method deserves', () => {
    expect(
      placePoint(geocoder, { province: 'NL', city: { en: 'St. John’s' }, source: { lat: 47.61448, lon: -52.73124, placedBy: 'address' } }),
    ).toEqual({
      ok: true,
      coordinates: { lat: 47.61448, lon: -52.73124, precision: 'exact', method: 'source' },
    });
    expect(
      placePoint(geocoder, { province: 'QC', city: { fr: 'Mistissini' }, source: { lat: 50.34926, lon: -74.02317, placedBy: 'city' } }),
    ).toMatchObject({ ok: true, coordinates: { precision: 'locality', method: 'source' } });
  });

  it('un-swaps latitude/longitude and says so', () => {
    const placed = placePoint(geocoder, { province: 'NL', city: { en: 'St. John’s' }, source: { lat: -52.73124, lon: 47.61448 } });
    expect(placed).toMatchObject({
      ok: true,
      coordinates: { lat: 47.61448, lon: -52.73124, method: 'source', note: expect.stringContaining('swapped') },
    });
  });

  it('re-places a pin outside Canada or in another province', () => {
    expect(placePoint(geocoder, { province: 'ON', city: { en: 'Kenora' }, source: { lat: 40.7, lon: -74 } })).toMatchObject({
      ok: true,
      coordinates: { method: 'gazetteer', note: expect.stringContaining('outside Canada') },
    });
    expect(placePoint(geocoder, { province: 'ON', city: { en: 'Kenora' }, source: { lat: 45.5, lon: -73.56 } })).toMatchObject({
      ok: true,
      coordinates: { note: expect.stringContaining('is in QC, not ON') },
    });
  });

  it('without coordinates: FSA, then gazetteer, else a reject with the reason', () => {
    expect(placePoint(geocoder, { province: 'ON', city: { en: 'Toronto' }, postalCode: 'M5V 3L9' })).toMatchObject({
      ok: true,
      coordinates: { method: 'fsa-centroid', precision: 'postal-code' },
    });
    expect(placePoint(geocoder, { province: 'ON', city: { en: 'Kenora' } })).toMatchObject({
      ok: true,
      coordinates: { method: 'gazetteer', precision: 'locality' },
    });
    expect(placePoint(geocoder, { province: 'ON', city: { en: 'Nowhereville' } })).toEqual({
      ok: false,
      field: 'city',
      reason: 'no coordinates in source; no usable postal code and "Nowhereville" (ON) is not in the gazetteer',
    });
  });

  it('uses a tuned distance threshold', () => {
    expect(MAX_KM_FROM_TOWN).toBe(40);
  });
});
