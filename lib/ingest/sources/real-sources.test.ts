import { describe, expect, it } from 'vitest';
import { REAL_SOURCES_DIR } from '../test-support';
import { geoCensus } from './geo-census';
import { geoFsaGeonames, geoFsaPypostalcode } from './geo-fsa';
import { geoProvinces } from './geo-provinces';
import { geoSimplemaps } from './geo-simplemaps';
import { firstNationName, indigenousCommunities } from './indigenous-communities';
import { serviceCanada2017To2018 } from './service-canada-2017-2018';
import { serviceCanada2024Index } from './service-canada-2024-index';
import { serviceCanada2026 } from './service-canada-2026';

describe('Service Canada 2026 crawl (real file)', () => {
  const result = serviceCanada2026(REAL_SOURCES_DIR);

  it('imports all 574 offices by kind, none rejected', () => {
    expect(result.rowsRead).toBe(574);
    expect(result.points).toHaveLength(574);
    expect(result.rejects).toEqual([]);
    const byType: Record<string, number> = {};
    for (const p of result.points) byType[p.type] = (byType[p.type] ?? 0) + 1;
    expect(byType).toEqual({ 'service-centre': 315, 'outreach-site': 242, 'passport-office': 17 });
    expect(result.points.filter((p) => p.sourceCoordinates?.placedBy === 'postal')).toHaveLength(66);
  });

  it('keeps bilingual names, lines, city, accessibility, passport features and hours verbatim', () => {
    const stJohns = result.points.find((p) => p.id === 'sc-1137')!;
    expect(stJohns.name).toEqual({
      en: 'St. John’s Service Canada Centre and Passport Services',
      fr: 'St. John’s - Centre Service Canada et Services de Passeport',
    });
    expect(stJohns.address).toEqual({
      lines: { en: ['100 Hebron Way'], fr: ['100, voie Hebron'] },
      city: { en: 'St. John’s', fr: 'St. John’s' },
      province: 'NL',
      postalCode: 'A1A 0L9',
    });
    expect(stJohns.accessibility).toEqual({ wheelchair: true, signLanguage: ['asl', 'lsq'], parking: 'free' });
    expect(stJohns.offers).toEqual([
      { serviceId: 'sc-in-person', providerOrganizationId: 'gc-service-canada', mode: 'in-person' },
      { serviceId: 'passport-services', providerOrganizationId: 'gc-ircc', mode: 'partner', features: ['urgent', 'express', 'pickup10'] },
      { serviceId: 'ircc-biometrics', providerOrganizationId: 'gc-ircc', mode: 'partner', features: ['biometrics'] },
    ]);
    expect(stJohns.hours).toEqual({
      format: 'service-canada',
      data: {
        weekly: [
          [1, '08:30', '16:00'],
          [2, '08:30', '16:00'],
          [3, '08:30', '16:00'],
          [4, '08:30', '16:00'],
          [5, '08:30', '16:00'],
        ],
      },
    });
    const kingston = result.points.find((p) => p.id === 'sc-3792')!;
    expect(kingston.phones?.[0]?.number).toBe('613-856-9022');
  });

  it('names outreach hosts with an honest order of government', () => {
    const hostOf = (id: string) => result.organizations.find((o) => o.id === result.points.find((p) => p.id === id)!.hostOrganizationId)!;
    expect(hostOf('sc-on-cas')).toMatchObject({ name: { en: 'Slate Falls First Nation Band Office' }, order: 'indigenous' });
    expect(hostOf('sc-on-sap')).toMatchObject({ id: 'on-serviceontario', order: 'provincial' });
    expect(hostOf('sc-ab-sai')).toMatchObject({ id: 'ab-alberta-supports', order: 'provincial' });
    expect(hostOf('sc-on-sal')).toMatchObject({ name: { en: 'Huron County Library Exeter Branch' }, order: 'municipal' });
    expect(hostOf('sc-ab-sbd').id).toBe('gc-service-canada'); // "2885 Paul Band First Nation" is a street address
    expect(result.points.find((p) => p.id === 'sc-on-cas')!.offers[0]!.mode).toBe('outreach');
    expect(result.points.filter((p) => p.hostOrganizationId !== 'gc-service-canada')).toHaveLength(152);
    const orders: Record<string, number> = {};
    for (const o of result.organizations) orders[o.order] = (orders[o.order] ?? 0) + 1;
    expect(orders).toEqual({ federal: 2, municipal: 45, community: 51, provincial: 8, indigenous: 33 });
  });
});

describe('older Service Canada lists (real files)', () => {
  it('2024 index: every row becomes a merge by office code', () => {
    const result = serviceCanada2024Index(REAL_SOURCES_DIR);
    expect(result.rowsRead).toBe(595 + 113);
    expect(result.enrich).toHaveLength(708);
    expect(result.rejects).toEqual([]);
    expect(result.points).toEqual([]);
  });
  it('2017/18 GIS files: 591 + 592 features, each with its own line', () => {
    const result = serviceCanada2017To2018(REAL_SOURCES_DIR);
    expect(result.rowsRead).toBe(1183);
    expect(result.enrich).toHaveLength(1183);
    expect(result.enrich[0]).toMatchObject({
      mergeKey: 'service-canada:1137',
      line: 6,
      file: 'federal-service-canada-points-of-service-2017-2018-scima/SCC_Jan2018.geojson',
    });
  });
});

describe('places (real files)', () => {
  it('gazetteer: 1,738 towns, all inside their province', () => {
    const result = geoSimplemaps(REAL_SOURCES_DIR);
    expect(result.places).toHaveLength(1738);
    expect(result.rejects).toEqual([]);
    expect(result.places.find((p) => p.name.en === 'Montréal')).toMatchObject({ altNames: ['Montreal'], province: 'QC', kind: 'city' });
  });

  it('FSA centroids: the Santa Claus H0H is rejected in both files', () => {
    const statcan = geoFsaPypostalcode(REAL_SOURCES_DIR);
    expect([statcan.rowsRead, statcan.places.length]).toEqual([1645, 1644]);
    expect(statcan.rejects).toEqual([expect.objectContaining({ line: 1314, field: 'fsa' })]);
    const geonames = geoFsaGeonames(REAL_SOURCES_DIR);
    expect([geonames.rowsRead, geonames.places.length]).toEqual([1656, 1655]);
    expect(geonames.rejects).toEqual([expect.objectContaining({ line: 1430, field: 'fsa', reason: expect.stringContaining('H0H') })]);
    expect(statcan.places.find((p) => p.id === 'fsa-x1a')).toMatchObject({ province: 'NT', precision: 'postal-code' });
  });

  it('Indigenous communities: 636 First Nations (province from the point) + 51 Inuit communities (cp1252)', () => {
    const result = indigenousCommunities(REAL_SOURCES_DIR);
    expect(result.rowsRead).toBe(636 + 53);
    expect(result.places.filter((p) => p.kind === 'first-nation')).toHaveLength(636);
    expect(result.places.filter((p) => p.kind === 'inuit-community')).toHaveLength(51);
    expect(result.rejects.map((r) => [r.line, r.field])).toEqual([
      [9, 'POPULATION'],
      [48, 'PROVINCE_CODE'],
    ]);
    expect(result.places.find((p) => p.id === 'fn-259')).toMatchObject({ name: { en: 'Slate Falls Nation' }, province: 'ON' });
    expect(result.places.filter((p) => p.name.fr && !p.name.en)).toHaveLength(17);
    const inuit = result.places.find((p) => p.id === 'inuit-in22')!;
    expect(inuit).toMatchObject({ name: { en: 'Coral Harbour' }, altNames: ['Salliq'], province: 'NU', population: 834 });
    expect(result.places.some((p) => /[ÃÂ]/.test(p.name.en ?? p.name.fr ?? ''))).toBe(false);
  });

  it('First Nation names are English or French, never both', () => {
    expect(firstNationName('Première Nation des Innus de Nutashkuan')).toEqual({ fr: 'Première Nation des Innus de Nutashkuan' });
    expect(firstNationName("God's Lake First Nation")).toEqual({ en: "God's Lake First Nation" });
  });

  it('census: 5,161 subdivisions give populations; aggregates and empty counts are rejected with reasons', () => {
    const result = geoCensus(REAL_SOURCES_DIR);
    expect(result.rowsRead).toBe(5468);
    expect(result.placePopulation).toHaveLength(5098);
    expect(result.rejects.filter((r) => r.field === 'DGUID')).toHaveLength(1 + 13 + 293);
    expect(result.rejects).toHaveLength(370);
  });

  it('province outlines are reference rows', () => {
    expect(geoProvinces(REAL_SOURCES_DIR)).toMatchObject({ rowsRead: 13, referenceRows: 13 });
  });
});
