import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../catalogue/catalogue';
import type { Catalogue, CatalogueService } from '../model/catalogue';
import { loadSnapshot } from '../data/snapshot';
import { ProvinceCode, type Provenance, type ServicePoint, type Snapshot } from '../model/schema';
import { computeCoverage, isDated } from './coverage';
import { coverageView, formatCount, formatSourceDate } from './view';

const provenance = (sourceId: string, sourceDate = '2026-01'): Provenance => ({
  sourceId,
  recordId: 'r',
  file: 'f',
  sourceDate,
  licence: 'l',
});

function point(id: string, province: ProvinceCode, sourceId: string, city = 'Town'): ServicePoint {
  return {
    id,
    slug: id,
    name: { en: id },
    type: 'service-centre',
    hostOrganizationId: 'host',
    address: { lines: {}, city: { en: city }, province },
    coordinates: { lat: 45, lon: -75, precision: 'exact', method: 'source' },
    timeZone: 'America/Toronto',
    accessibility: {},
    phones: [],
    schedule: { kind: 'none' } as unknown as ServicePoint['schedule'],
    sameSiteAs: [],
    provenance: [provenance(sourceId)],
  };
}

const report = (sourceId: string, sourceDate: string, order: Snapshot['sources'][number]['order']): Snapshot['sources'][number] => ({
  sourceId,
  title: { en: `Source ${sourceId}`, fr: `Source ${sourceId} (fr)` },
  publisher: 'Publisher',
  order,
  licence: 'Licence',
  sourceDate,
  files: [],
  counts: {
    read: 0,
    imported: 0,
    merged: 0,
    rejected: 0,
    byPrecision: { exact: 0, 'postal-code': 0, locality: 0 },
    hours: { structured: 0, textOnly: 0, none: 0 },
  },
});

/** A snapshot with federal points in Ontario and Quebec (one hosted by a city), Ontario offices and one Toronto library. */
const snapshot: Snapshot = {
  version: 'test',
  builtAt: '2026-11-29T00:00:00Z',
  organizations: [
    { id: 'sc', name: { en: 'Service Canada' }, order: 'federal', jurisdiction: 'CA' },
    { id: 'so', name: { en: 'ServiceOntario' }, order: 'provincial', jurisdiction: 'ON' },
    { id: 'tpl', name: { en: 'Toronto Public Library' }, order: 'municipal', jurisdiction: 'Toronto' },
    { id: 'town', name: { en: 'Town of Somewhere' }, order: 'municipal', jurisdiction: 'Somewhere' },
  ],
  servicePoints: [
    point('sc-1', 'ON', 'fed'),
    point('sc-2', 'QC', 'fed'),
    point('sc-at-town', 'QC', 'fed'),
    point('so-1', 'ON', 'ont'),
    point('tpl-1', 'ON', 'lib', 'Toronto'),
  ],
  services: [
    { id: 'sc-in-person', name: { en: 'SC' }, providerOrganizationId: 'sc', catalogueIds: [] },
    { id: 'so-counter', name: { en: 'SO' }, providerOrganizationId: 'so', catalogueIds: ['on-health-card'] },
    { id: 'tpl-services', name: { en: 'TPL' }, providerOrganizationId: 'tpl', catalogueIds: [] },
  ],
  servicesAtLocations: [
    {
      id: 'a',
      serviceId: 'sc-in-person',
      locationId: 'sc-1',
      providerOrganizationId: 'sc',
      hostOrganizationId: 'sc',
      mode: 'in-person',
      features: [],
      provenance: provenance('fed'),
    },
    {
      id: 'b',
      serviceId: 'sc-in-person',
      locationId: 'sc-2',
      providerOrganizationId: 'sc',
      hostOrganizationId: 'sc',
      mode: 'in-person',
      features: [],
      provenance: provenance('fed'),
    },
    // a federal service at a town's site is a federal point, not a municipal one
    {
      id: 'c',
      serviceId: 'sc-in-person',
      locationId: 'sc-at-town',
      providerOrganizationId: 'sc',
      hostOrganizationId: 'town',
      mode: 'outreach',
      features: [],
      provenance: provenance('fed'),
    },
    {
      id: 'd',
      serviceId: 'so-counter',
      locationId: 'so-1',
      providerOrganizationId: 'so',
      hostOrganizationId: 'so',
      mode: 'in-person',
      features: [],
      provenance: provenance('ont'),
    },
    {
      id: 'e',
      serviceId: 'tpl-services',
      locationId: 'tpl-1',
      providerOrganizationId: 'tpl',
      hostOrganizationId: 'tpl',
      mode: 'in-person',
      features: [],
      provenance: provenance('lib'),
    },
  ],
  places: [
    {
      id: 'p1',
      name: { en: 'Toronto' },
      altNames: [],
      kind: 'city',
      province: 'ON',
      lat: 43.7,
      lon: -79.4,
      precision: 'locality',
      population: 2_794_356,
      provenance: provenance('geo'),
    },
    {
      id: 'p2',
      name: { en: 'Toronto' },
      altNames: [],
      kind: 'town',
      province: 'PE',
      lat: 46.2,
      lon: -63.1,
      precision: 'locality',
      population: 100,
      provenance: provenance('geo'),
    },
    {
      id: 'p3',
      name: { en: 'Kahnawake' },
      altNames: [],
      kind: 'first-nation',
      province: 'QC',
      lat: 45.4,
      lon: -73.7,
      precision: 'locality',
      provenance: provenance('geo'),
    },
  ],
  sources: [
    report('fed', '2026-09-30', 'federal'),
    report('ont', '2019-10', 'provincial'),
    report('lib', '2026-03', 'municipal'),
    report('geo', '2021', 'community'),
  ],
  rejects: [],
};

const service = (
  id: string,
  order: CatalogueService['order'],
  jurisdiction: string,
  channels: Partial<CatalogueService['channels']> = {},
  extra: Partial<CatalogueService> = {},
): CatalogueService => ({
  id,
  name: { en: `${id} (en)`, fr: `${id} (fr)` },
  description: { en: 'd', fr: 'd' },
  organizationId: 'org',
  order,
  jurisdiction,
  categories: ['health'],
  synonyms: { en: [], fr: [] },
  lifeEventIds: [],
  channels: { phones: [], ...channels },
  notAvailableIn: [],
  sources: ['s'],
  origin: { kind: 'curated' },
  ...extra,
});

const officeFinder = (url: string) => ({ label: { en: 'Find an office', fr: 'Trouver un bureau' }, url: { en: url }, sources: ['s'] });

const catalogue = {
  version: '2026.11.29',
  sources: [],
  organizations: [],
  lifeEvents: [],
  services: [
    service('ei', 'federal', 'CA', {
      inPerson: {
        locationTypes: ['service-centre'],
        offeredServiceIds: ['sc-in-person'],
        anyOfFeatures: [],
        someLocationsOnly: false,
        sources: ['s'],
      },
    }),
    service(
      'cpp',
      'federal',
      'CA',
      {},
      { notAvailableIn: [{ provinces: ['QC'], note: { en: 'QPP instead', fr: 'RRQ plutôt' }, replacedBy: ['qpp'], sources: ['s'] }] },
    ),
    service('qpp', 'provincial', 'QC', { offices: { sources: ['s'] } }),
    service('ramq', 'provincial', 'QC', { offices: { sources: ['s'] } }),
    service('on-health-card', 'provincial', 'ON', { offices: { sources: ['s'] } }),
    service('odsp', 'provincial', 'ON', { offices: { sources: ['s'] } }),
    service('on-online', 'provincial', 'ON', { online: { url: { en: 'https://example.ca' }, sources: ['s'] } }),
    service('tpl-cards', 'municipal', 'Toronto'),
  ],
  jurisdictions: ProvinceCode.options.map((code) => ({
    code,
    name: { en: `Name ${code}`, fr: `Nom ${code}` },
    order: ['NT', 'NU', 'YT'].includes(code) ? ('territorial' as const) : ('provincial' as const),
    officeFinder: officeFinder(`https://${code.toLowerCase()}.example.ca/offices`),
  })),
} satisfies Catalogue;

describe('computeCoverage', () => {
  const coverage = computeCoverage(snapshot, catalogue);
  const of = (code: string) => coverage.jurisdictions.find((entry) => entry.code === code)!;
  const row = (code: string, key: string) => of(code).orders.find((entry) => entry.key === key)!;

  it('gives all 13 provinces and territories, and national totals that add up', () => {
    expect(coverage.jurisdictions.map((entry) => entry.code).sort()).toEqual([...ProvinceCode.options].sort());
    expect(coverage.national.points).toBe(5);
    expect(coverage.jurisdictions.reduce((sum, entry) => sum + entry.points, 0)).toBe(5);
    expect(coverage.national.services).toBe(8);
    expect(coverage.national.byOrder.find((entry) => entry.order === 'federal')).toEqual({ order: 'federal', points: 3, services: 2 });
    expect(coverage.national.pointSourceIds).toEqual(['fed', 'lib', 'ont']);
    expect(coverage.national.referenceSourceIds).toEqual(['geo']);
  });

  it('counts a point under the order of the government that delivers there, not of the host of the site', () => {
    expect(row('QC', 'federal').points).toBe(2);
    expect(row('QC', 'municipal').points).toBe(0);
    expect(row('ON', 'own')).toMatchObject({ order: 'provincial', points: 1, services: 3, servicesWithPoints: 1, sourceIds: ['ont'] });
    expect(row('ON', 'municipal')).toMatchObject({ points: 1, services: 1, sourceIds: ['lib'] });
    expect(row('YT', 'own').order).toBe('territorial');
  });

  it('leaves out federal services a province replaces, and says what replaces them', () => {
    expect(row('QC', 'federal').services).toBe(1);
    expect(row('ON', 'federal').services).toBe(2);
    expect(of('QC').replaced).toEqual([{ serviceId: 'cpp', replacedBy: ['qpp'] }]);
    expect(of('QC').services).toBe(3);
  });

  it('places a city’s services in the province of the most populous place of that name', () => {
    expect(row('ON', 'municipal').services).toBe(1);
    expect(row('PE', 'municipal').services).toBe(0);
    expect(of('ON').municipalities).toEqual([{ en: 'Toronto', fr: 'Toronto' }]);
  });

  it('says what is missing, from the data', () => {
    expect(of('QC').gaps).toContainEqual({ kind: 'no-own-offices', serviceIds: ['qpp', 'ramq'] });
    expect(of('QC').gaps).toContainEqual({ kind: 'no-municipal-data' });
    expect(of('QC').gaps).toContainEqual({ kind: 'no-indigenous-data', communities: 1 });
    expect(of('ON').gaps).toContainEqual({ kind: 'own-offices-incomplete', serviceIds: ['odsp'] });
    expect(of('ON').gaps).toContainEqual({ kind: 'municipal-data-partial', municipalities: [{ en: 'Toronto', fr: 'Toronto' }] });
    expect(of('ON').gaps).toContainEqual({ kind: 'dated-sources', order: 'own', sourceIds: ['ont'] });
    // EI is delivered at service centres, and Alberta has none in this snapshot
    expect(of('AB').gaps).toContainEqual({ kind: 'federal-offices-incomplete', serviceIds: ['ei'] });
    expect(of('ON').gaps.some((gap) => gap.kind === 'federal-offices-incomplete')).toBe(false);
  });
});

describe('isDated', () => {
  it('calls a source dated only when its latest possible day is more than three years before the build', () => {
    expect(isDated('2019-10', '2026-11-29T00:00:00Z')).toBe(true);
    expect(isDated('2024-02', '2026-11-29T00:00:00Z')).toBe(false);
    expect(isDated('2023', '2026-11-29T00:00:00Z')).toBe(false);
    expect(isDated('2022', '2026-11-29T00:00:00Z')).toBe(true);
    expect(isDated('unknown', '2026-11-29T00:00:00Z')).toBe(false);
  });
});

describe('formatting', () => {
  it('formats source dates and counts per locale', () => {
    expect(formatSourceDate('2011', 'fr')).toBe('2011');
    expect(formatSourceDate('2019-10', 'en')).toBe('October 2019');
    expect(formatSourceDate('2019-10', 'fr')).toBe('octobre 2019');
    expect(formatSourceDate('2024-02-01', 'fr')).toBe('1er février 2024');
    expect(formatSourceDate('2026-09-30', 'en')).toBe('September 30, 2026');
    expect(formatSourceDate('2026-09-30', 'fr')).toBe('30 septembre 2026');
    expect(formatSourceDate('sometime', 'fr')).toBe('sometime');
    expect(formatCount(1888, 'en')).toBe('1,888');
    expect(formatCount(1888, 'fr').replace(/[\u00a0\u202f]/g, ' ')).toBe('1 888');
  });
});

describe('coverageView', () => {
  it('names at most eight services in a sentence, and counts the others', () => {
    const many = Array.from({ length: 10 }, (_, i) =>
      service(`in-person-${i}`, 'federal', 'CA', {
        inPerson: {
          locationTypes: ['passport-office'],
          offeredServiceIds: [],
          anyOfFeatures: [],
          someLocationsOnly: false,
          sources: ['s'],
        },
      }),
    );
    const wide = { ...catalogue, services: [...catalogue.services, ...many] };
    const view = coverageView(computeCoverage(snapshot, wide), wide, snapshot.sources, 'fr');
    const gap = view.jurisdictions.find((entry) => entry.code === 'ON')!.gaps.find((entry) => entry.kind === 'federal-offices-incomplete')!;
    expect(gap.serviceIds).toHaveLength(10);
    expect(gap.text).toMatch(/in-person-7 \(fr\) et 2 autres\.$/);
  });

  const coverage = computeCoverage(snapshot, catalogue);
  it('words each gap in the requested language, with the office finder where there is one', () => {
    for (const lang of ['en', 'fr'] as const) {
      const view = coverageView(coverage, catalogue, snapshot.sources, lang);
      const quebec = view.jurisdictions.find((entry) => entry.code === 'QC')!;
      const gap = quebec.gaps.find((entry) => entry.kind === 'no-own-offices')!;
      expect(gap.link).toEqual({
        label: lang === 'en' ? 'Find an office' : 'Trouver un bureau',
        url: 'https://qc.example.ca/offices',
        language: 'en',
      });
      expect(gap.text).toContain(`qpp (${lang})`);
      expect(gap.text).toMatch(lang === 'en' ? /^No provincial office data/ : /^Aucune donnée sur les bureaux provinciaux/);
      expect(quebec.replaced).toEqual([
        {
          id: 'cpp',
          name: `cpp (${lang})`,
          note: lang === 'en' ? 'QPP instead' : 'RRQ plutôt',
          replacedBy: [{ id: 'qpp', name: `qpp (${lang})` }],
        },
      ]);
      const ontario = view.jurisdictions.find((entry) => entry.code === 'ON')!;
      expect(ontario.orders.find((row) => row.key === 'own')!.sources).toEqual([
        {
          id: 'ont',
          title: lang === 'en' ? 'Source ont' : 'Source ont (fr)',
          titleLanguage: lang,
          date: '2019-10',
          dateText: lang === 'en' ? 'October 2019' : 'octobre 2019',
          dated: true,
        },
      ]);
      expect(view.jurisdictions.map((entry) => entry.name)).toEqual(
        [...view.jurisdictions.map((entry) => entry.name)].sort((a, b) => a.localeCompare(b, lang)),
      );
    }
  });
});

describe('coverage of the real snapshot and catalogue', () => {
  const loaded = loadSnapshot();
  const { catalogue: real } = getCatalogue();
  const coverage = computeCoverage(loaded.snapshot, real);

  it('accounts for every service point once, in all 13 jurisdictions', () => {
    expect(coverage.jurisdictions).toHaveLength(13);
    expect(coverage.jurisdictions.reduce((sum, entry) => sum + entry.points, 0)).toBe(loaded.snapshot.servicePoints.length);
    expect(coverage.national.services).toBe(real.services.length);
  });

  it('names the office finder wherever a province or territory has no office data', () => {
    const view = coverageView(coverage, real, loaded.snapshot.sources, 'fr');
    for (const jurisdiction of view.jurisdictions) {
      const own = jurisdiction.orders.find((row) => row.key === 'own')!;
      const gap = jurisdiction.gaps.find((entry) => entry.kind === 'no-own-offices');
      expect(gap === undefined, jurisdiction.code).toBe(own.points > 0);
      if (gap) expect(gap.link?.url).toBe(jurisdiction.officeFinder.url);
    }
  });

  it('writes the French statement in French', () => {
    const view = coverageView(coverage, real, loaded.snapshot.sources, 'fr');
    const sentences = view.jurisdictions.flatMap((jurisdiction) => [
      ...jurisdiction.gaps.map((gap) => gap.text),
      ...jurisdiction.orders.map((row) => row.label),
    ]);
    for (const english of ['No ', 'Guichet does', 'Federal', 'Municipal data', 'offices', 'several years']) {
      expect(
        sentences.filter((text) => text.includes(english)),
        english,
      ).toEqual([]);
    }
  });
});
