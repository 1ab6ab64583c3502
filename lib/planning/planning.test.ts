import { describe, expect, it } from 'vitest';
import type { Place, Snapshot } from '../model/schema';
import { haversineKm } from '../geo/distance';
import { accessRows, computePlanning, counterGapRows, gapRows, placementRows } from './compute';
import { toCsv } from './csv';
import { placePopulation } from './population';
import { layerLabel } from './view';
import type { Layer } from './layers';

const KM_PER_DEGREE = haversineKm(50, -100, 51, -100);
const north = (km: number) => 50 + km / KM_PER_DEGREE;
const provenance = { sourceId: 'geo-canadian-cities-simplemaps', recordId: 'x', file: 'f', sourceDate: '2021', licence: 'l' };

function place(
  id: string,
  name: string,
  lat: number,
  population: number | undefined,
  kind: Place['kind'] = 'town',
  province: Place['province'] = 'SK',
): Place {
  return {
    id,
    name: { en: name },
    altNames: [],
    kind,
    province,
    lat,
    lon: -100,
    precision: 'locality',
    ...(population === undefined ? {} : { population }),
    provenance,
  };
}

function point(id: string, lat: number, host: string, type = 'service-centre', province = 'SK', city = 'Origin') {
  return {
    id,
    slug: id,
    name: { en: id },
    type,
    hostOrganizationId: host,
    address: { lines: {}, city: { en: city }, province },
    coordinates: { lat, lon: -100, precision: 'exact', method: 'source' },
    sameSiteAs: [],
  };
}

function sal(id: string, locationId: string, provider: string, host = provider, mode = 'in-person') {
  return {
    id,
    serviceId: `svc-${provider}`,
    locationId,
    providerOrganizationId: provider,
    hostOrganizationId: host,
    mode,
    features: [],
    provenance,
  };
}

function snapshot(parts: { points: ReturnType<typeof point>[]; sals: ReturnType<typeof sal>[]; places: Place[] }): Snapshot {
  return {
    version: 'test',
    builtAt: '2026-01-01T00:00:00Z',
    organizations: [
      { id: 'fed', name: { en: 'Federal office' }, order: 'federal', jurisdiction: 'CA' },
      { id: 'prov', name: { en: 'Provincial office' }, order: 'provincial', jurisdiction: 'SK' },
    ],
    servicePoints: parts.points,
    services: [],
    servicesAtLocations: parts.sals,
    places: parts.places,
    sources: [],
    rejects: [],
  } as unknown as Snapshot;
}

describe('access by population (crafted)', () => {
  const base = snapshot({
    points: [
      point('fed-a', 50, 'fed'),
      point('fed-b', 50.001, 'fed'),
      point('prov-far', north(300), 'prov', 'service-centre', 'SK', 'Far'),
    ],
    sals: [sal('s1', 'fed-a', 'fed'), sal('s2', 'fed-b', 'fed'), sal('s3', 'prov-far', 'prov')],
    places: [
      place('origin', 'Origin', 50, 1000),
      place('at49', 'Fortynine', north(49), 200),
      place('at51', 'Fiftyone', north(51), 30),
      place('nofig', 'Silent Lake', north(10), undefined, 'first-nation'),
      place('farfn', 'Far Nation', north(120), 40, 'first-nation'),
    ],
  });
  const model = computePlanning(base);
  const row = (layer: string, region: 'SK' | 'CA' | 'FNI', radiusKm: number) =>
    accessRows(model, { layers: [layer], regions: [region], radii: [radiusKm] })[0]!;

  it('counts a town at 49 km as within 50 km, and one at 51 km as not', () => {
    const fifty = row('order:federal', 'SK', 50);
    expect(fifty.placedPopulation).toBe(1270);
    expect(fifty.populationWithin).toBe(1200);
    expect(fifty.placesWithin).toBe(2);
    expect(row('order:federal', 'SK', 25).populationWithin).toBe(1000);
    expect(row('order:federal', 'SK', 100).populationWithin).toBe(1230);
    expect(fifty.shareWithin).toBeCloseTo(1200 / 1270, 10);
  });

  it('counts each person once even when two points are near them', () => {
    expect(row('order:federal', 'SK', 25).populationWithin).toBe(1000);
    expect(row('government', 'CA', 25).populationWithin).toBe(1000);
  });

  it('keeps a community with no population figure in the community counts, not in the population', () => {
    const fni = row('order:federal', 'FNI', 50);
    expect(fni.places).toBe(2);
    expect(fni.placesWithin).toBe(1);
    expect(fni.placesWithoutFigure).toBe(1);
    expect(fni.placedPopulation).toBe(40);
    expect(fni.populationWithin).toBe(0);
    expect(placementRows(model).find((r) => r.region === 'SK')).toMatchObject({
      communities: 2,
      communitiesWithFigure: 1,
      communityPopulation: 40,
    });
  });

  it('lists the gaps beyond a distance, largest first, with the nearest point of each order', () => {
    const gaps = gapRows(model, { layer: 'order:federal', withinKm: 50 });
    expect(gaps.map((g) => g.placeId)).toEqual(['farfn', 'at51']);
    expect(gaps[1]!.nearest!.km).toBeGreaterThan(50);
    expect(gaps[1]!.nearestByOrder.provincial!.pointId).toBe('prov-far');
    expect(gapRows(model, { layer: 'order:federal', withinKm: 100 }).map((g) => g.placeId)).toEqual(['farfn']);
  });

  it('finds the counter of one government with none of the other nearby, ranked by people not served', () => {
    const rows = counterGapRows(model, { targetOrder: 'federal', withinKm: 50 });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ pointId: 'prov-far', hostOrder: 'provincial', populationNotServed: 0 });
    expect(rows[0]!.nearestTarget!.km).toBeGreaterThan(250);
  });
});

describe('placing population', () => {
  it('counts a figure found on several places of the same name once, and sets aside a community carrying a town’s figure', () => {
    const placed = placePopulation([
      place('gaz', 'Riverton', 50, 5000),
      { ...place('fsa-town', 'Riverton', 50.02, 5000), provenance: { ...provenance, sourceId: 'geo-fsa-centroids-pypostalcode' } },
      place('fn-copy', 'Riverton', 53, 5000, 'first-nation'),
      place('fn-other', 'Riverton First Nation', 50.5, 5000, 'first-nation'),
      place('inuit', 'Northtown', 60, 800, 'inuit-community'),
      place('gaz-inuit', 'Northtown', 60.01, 812, 'municipality'),
    ]);
    expect(placed.units.map((u) => [u.id, u.population])).toEqual([
      ['gaz-inuit', 812],
      ['gaz', 5000],
    ]);
    expect(placed.units.find((u) => u.id === 'gaz')!.aliasIds).toEqual(['fsa-town']);
    expect(placed.units.find((u) => u.id === 'gaz-inuit')!.community).toBe(true);
    expect(placed.setAside.map((s) => s.id).sort()).toEqual(['fn-copy', 'fn-other']);
    expect(placed.communities.find((c) => c.id === 'fn-copy')!.figure).toBe('borrowed');
    expect(placed.communities.find((c) => c.id === 'inuit')).toMatchObject({ figure: 'own', population: 812 });
  });
});

describe('toCsv', () => {
  it('quotes commas and quotes and defuses spreadsheet formulas', () => {
    expect(
      toCsv(
        ['a', 'b', 'c'],
        [
          { a: 'x, y', b: 'say "hi"', c: '=1+1' },
          { a: 1.5, b: null, c: true },
        ],
      ),
    ).toBe('a,b,c\r\n"x, y","say ""hi""",\'=1+1\r\n1.5,,true\r\n');
  });
});

describe('layerLabel', () => {
  const kind = (order: 'municipal' | 'federal', type: 'municipal-office' | 'service-centre'): Layer => ({
    key: `kind:${order}:${type}`,
    dimension: 'kind',
    order,
    organizationId: null,
    organizationName: null,
    kind: type,
    pointIds: [],
  });
  it('names whose points they are once', () => {
    expect(layerLabel(kind('municipal', 'municipal-office'), 'fr')).toBe('Hôtels de ville et comptoirs municipaux');
    expect(layerLabel(kind('municipal', 'municipal-office'), 'en')).toBe('City halls and municipal counters');
    expect(layerLabel(kind('federal', 'service-centre'), 'fr')).toBe('Centres de services fédéraux');
    expect(layerLabel(kind('federal', 'service-centre'), 'en')).toBe('Federal service centres');
  });
});
