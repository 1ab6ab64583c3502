import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../data/snapshot';
import { PROVINCE_BY_SGC_CODE } from '../model/schema';
import { CENSUS_2021_BY_PROVINCE, CENSUS_2021_TOTAL } from './census';
import { accessRows, computePlanning, counterGapRows, gapRows, placementRows, PROVINCES } from './compute';

const model = computePlanning(loadSnapshot().snapshot);
const share = (layer: string, region: string, km: number) =>
  accessRows(model, { layers: [layer], regions: [region as never], radii: [km] })[0]!;

describe('census totals', () => {
  it('match the 2021 census table shipped in data/sources', () => {
    const file = join(
      process.cwd(),
      'data/sources/geo-statcan-census-2021-population-csd/statcan_98-10-0002-01_population_dwelling_counts_2021.csv',
    );
    const found: Record<string, number> = {};
    for (const line of readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)) {
      const cells = line.match(/"([^"]*)"/g)?.map((cell) => cell.slice(1, -1));
      if (!cells) continue;
      const match = /^2021A0002(\d\d)$/.exec(cells[2] ?? '');
      if (match) found[PROVINCE_BY_SGC_CODE[match[1]!]!] = Number(cells[4]);
      if (cells[2] === '2021A000011124') found.CA = Number(cells[4]);
    }
    expect(found).toEqual({ ...CENSUS_2021_BY_PROVINCE, CA: CENSUS_2021_TOTAL });
  });
});

describe('planning on the real snapshot', () => {
  it('places most of Canada’s population, each province at least in part, never far above its census count', () => {
    const rows = placementRows(model);
    const canada = rows.find((row) => row.region === 'CA')!;
    expect(canada.placedPopulation).toBeGreaterThan(0.9 * CENSUS_2021_TOTAL);
    expect(canada.placedPopulation).toBeLessThan(1.02 * CENSUS_2021_TOTAL);
    for (const code of PROVINCES) {
      const row = rows.find((r) => r.region === code)!;
      expect(row.placedShare, code).toBeGreaterThan(0.5);
      expect(row.placedShare, code).toBeLessThan(1.1);
    }
    expect(rows.find((r) => r.region === 'ON')!.placedPopulation).toBeGreaterThan(13_800_000);
    expect(rows.find((r) => r.region === 'QC')!.placedPopulation).toBeGreaterThan(8_300_000);
    // Mississauga the city, counted once: the First Nation of the same name does not carry its 717,961 people
    expect(model.placed.setAside.some((row) => row.population === 717_961)).toBe(true);
    expect(canada.communitiesWithFigure).toBeGreaterThan(50);
    expect(canada.communities).toBeGreaterThan(680);
  });

  it('puts most people within 50 km of a Service Canada point, the North less so, and adds up across provinces', () => {
    const canada = share('organization:gc-service-canada', 'CA', 50);
    expect(canada.shareWithin).toBeGreaterThan(0.95);
    expect(canada.shareWithin).toBeLessThan(1);
    expect(share('organization:gc-service-canada', 'ON', 50).shareWithin).toBeGreaterThan(0.98);
    expect(share('organization:gc-service-canada', 'NT', 50).shareWithin).toBeLessThan(0.95);
    expect(share('organization:gc-service-canada', 'NU', 50).shareWithin).toBeLessThan(0.95);
    const provinces = accessRows(model, { layers: ['order:federal'], regions: PROVINCES, radii: [50] });
    expect(provinces.reduce((total, row) => total + row.populationWithin, 0)).toBe(share('order:federal', 'CA', 50).populationWithin);
    expect(provinces.reduce((total, row) => total + row.placedPopulation, 0)).toBe(share('order:federal', 'CA', 50).placedPopulation);
    // wider radius, more people; any government reaches at least as many as the federal government alone
    expect(share('order:federal', 'CA', 100).populationWithin).toBeGreaterThan(share('order:federal', 'CA', 25).populationWithin);
    expect(share('government', 'CA', 50).populationWithin).toBeGreaterThanOrEqual(share('order:federal', 'CA', 50).populationWithin);
    const fni = share('order:federal', 'FNI', 50);
    expect(fni.places).toBeGreaterThan(680);
    expect(fni.placesWithin).toBeGreaterThan(300);
    expect(fni.placesWithin).toBeLessThan(fni.places);
  });

  it('finds gaps beyond 50 km, with Wood Buffalo and Nunavik among them, and counter opportunities in BC and Ontario', () => {
    const gaps = gapRows(model, { withinKm: 50 });
    expect(gaps.length).toBeGreaterThan(50);
    for (const gap of gaps) expect(gap.nearest === null || gap.nearest.km > 50).toBe(true);
    expect(gaps.some((gap) => gap.province === 'QC' && gap.community)).toBe(true);
    expect(gapRows(model, { withinKm: 100 }).length).toBeLessThan(gaps.length);
    const federalMissing = counterGapRows(model, { targetOrder: 'federal', withinKm: 50 });
    expect(federalMissing.some((row) => row.province === 'BC' && row.populationNotServed > 0)).toBe(true);
    const provincialMissing = counterGapRows(model, { targetOrder: 'provincial', withinKm: 50 });
    expect(new Set(provincialMissing.map((row) => row.province))).toEqual(
      new Set(provincialMissing.map((row) => row.province).filter((p) => ['BC', 'ON', 'AB'].includes(p))),
    );
    expect(model.partnerships.some((row) => row.model === 'outreach-hosted' && row.hostOrder === 'provincial')).toBe(true);
    expect(
      model.sharedCounters.some((row) => row.province === 'ON' && row.orders.includes('federal') && row.orders.includes('provincial')),
    ).toBe(true);
  });
});
