import { beforeAll, describe, expect, it } from 'vitest';
import { Snapshot } from '../model/schema';
import { PLACE_ADAPTERS, SERVICE_CANADA_ADAPTERS } from './core-adapters';
import { runPipeline, slugFor, type PipelineResult } from './pipeline';
import { REAL_SOURCES_DIR } from './test-support';

let result: PipelineResult;
beforeAll(() => {
  result = runPipeline({
    sourcesDir: REAL_SOURCES_DIR,
    adapters: [...PLACE_ADAPTERS, ...SERVICE_CANADA_ADAPTERS],
    today: '2026-11-22',
    builtAt: '2026-11-22T12:00:00.000Z',
  });
});

const point = (id: string) => result.snapshot.servicePoints.find((p) => p.id === id)!;
const counts = (sourceId: string) => result.snapshot.sources.find((s) => s.sourceId === sourceId)!.counts;

describe('pipeline on the real places and Service Canada sources', () => {
  it('accounts for every input row and produces a valid snapshot', () => {
    expect(result.failures).toEqual([]);
    expect(result.accountingProblems).toEqual([]);
    expect(Snapshot.safeParse(result.snapshot).success).toBe(true);
  });

  it('imports the 574 offices once, merging the older lists by office code', () => {
    expect(counts('federal-service-canada-offices-hours-ask-canada')).toMatchObject({ read: 574, imported: 574, merged: 0, rejected: 0 });
    expect(counts('federal-service-canada-points-of-service-erickg6')).toMatchObject({ read: 708, imported: 0, merged: 681, rejected: 27 });
    expect(counts('federal-service-canada-points-of-service-2017-2018-scima')).toMatchObject({
      read: 1183,
      imported: 0,
      merged: 1113,
      rejected: 70,
    });
    expect(result.snapshot.servicePoints).toHaveLength(574);
    const stale = result.snapshot.rejects.filter((r) => r.sourceId === 'federal-service-canada-points-of-service-erickg6');
    expect(stale.every((r) => r.reason.startsWith('not in current 2026 office list'))).toBe(true);
    expect(point('sc-1137').provenance.map((p) => p.sourceId)).toEqual([
      'federal-service-canada-offices-hours-ask-canada',
      'federal-service-canada-points-of-service-erickg6',
      'federal-service-canada-points-of-service-2017-2018-scima',
      'federal-service-canada-points-of-service-2017-2018-scima',
    ]);
  });

  it('counts places: FSA duplicates merge into the StatCan centroid, census rows into named places', () => {
    expect(counts('geo-fsa-centroids-geonames')).toMatchObject({ read: 1656, imported: 7, merged: 1648, rejected: 1 });
    expect(counts('geo-statcan-census-2021-population-csd')).toMatchObject({ read: 5468, imported: 0, merged: 1837, rejected: 3631 });
    const derivedTowns = result.snapshot.places.filter((p) => p.id.startsWith('fsa-town-'));
    // + 620 band mailing postal codes (indigenous-first-nations-band-mailing-addresses)
    expect(result.snapshot.places).toHaveLength(1738 + 1644 + 7 + 687 + 620 + derivedTowns.length);
    // towns named only by urban FSAs, such as Kingston, Ontario, which the gazetteer lacks
    expect(derivedTowns.find((p) => p.name.en === 'Kingston' && p.province === 'ON')).toMatchObject({ precision: 'locality' });
    expect(derivedTowns.length).toBeGreaterThan(150);
    // the census replaces simplemaps' metropolitan figure with the municipality's 2021 count
    expect(result.snapshot.places.find((p) => p.id === 'gaz-1124279679')!.population).toBe(2794356);
  });

  it('re-places the bad postal-code pins PROVENANCE lists, and the First Nation pinned to a namesake town', () => {
    for (const id of ['sc-4901', 'sc-1688', 'sc-1674', 'sc-2447', 'sc-2433', 'sc-2424', 'sc-5996', 'sc-4825']) {
      expect(point(id).coordinates, id).toMatchObject({
        method: 'fsa-centroid',
        precision: 'postal-code',
        note: expect.stringMatching(/source pin is \d+ km from/),
      });
    }
    expect(point('sc-on-cas').coordinates).toMatchObject({
      method: 'gazetteer',
      precision: 'locality',
      note: expect.stringContaining('Slate Falls Nation (fn-259)'),
    });
    expect(counts('federal-service-canada-offices-hours-ask-canada').byPrecision).toEqual({ exact: 352, 'postal-code': 66, locality: 156 });
  });

  it('places each point in the zone of its province and coordinates, not the source’s label', () => {
    expect(point('sc-5977').timeZone).toBe('America/Edmonton'); // Cranbrook, East Kootenay
    expect(point('sc-1137').timeZone).toBe('America/St_Johns');
    expect(point('sc-5972').timeZone).toBe('America/Vancouver'); // Nelson: the source says Edmonton, but West Kootenay keeps Pacific time
    expect(point('sc-bc-sbz').timeZone).toBe('America/Vancouver'); // Revelstoke
  });

  it('builds schedules through lib/hours', () => {
    expect(counts('federal-service-canada-offices-hours-ask-canada').hours).toEqual({ structured: 512, textOnly: 0, none: 62 });
    expect(point('sc-1137').schedule.weekly).toHaveLength(5);
  });

  it('never collapses offices sharing a building, but links them both ways', () => {
    expect(point('sc-2003').sameSiteAs).toEqual(['sc-2879']);
    expect(point('sc-2879').sameSiteAs).toEqual(['sc-2003']);
    expect(point('sc-3005').sameSiteAs).toEqual(['sc-3583']);
    expect(point('sc-2003').name.en).not.toBe(point('sc-2879').name.en);
  });

  it('gives every point a unique, stable ascii slug', () => {
    const slugs = result.snapshot.servicePoints.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(point('sc-1137').slug).toBe('st-johns-service-canada-centre-and-passport-services-1137');
    expect(point('sc-on-cas').slug).toBe('slate-falls-first-nation-scheduled-outreach-site-on-cas');
    expect(slugFor(point('sc-2879'))).toBe(point('sc-2879').slug);
  });

  it('builds one service-at-location per offer with provider, host and mode', () => {
    const atSlateFalls = result.snapshot.servicesAtLocations.filter((s) => s.locationId === 'sc-on-cas');
    expect(atSlateFalls.map((s) => [s.serviceId, s.mode, s.providerOrganizationId, s.hostOrganizationId])).toEqual([
      ['sc-in-person', 'outreach', 'gc-service-canada', 'host-on-slate-falls-first-nation-band-office'],
      ['passport-services', 'outreach', 'gc-ircc', 'host-on-slate-falls-first-nation-band-office'],
    ]);
    expect(result.snapshot.servicesAtLocations).toHaveLength(574 - 17 + 573 + 82);
  });
});

describe('addressKey', () => {
  it('spells street words, directions and ordinals one way, ignoring suites', async () => {
    const { addressKey } = await import('./same-site');
    const at = (line: string, city: string) =>
      addressKey({ ...point('sc-1137'), address: { lines: { en: [line] }, city: { en: city }, province: 'BC' } });
    expect(at('470 Stuart Drive West', 'Fort St. James')).toBe(at('470 Stuart Dr W', 'Fort St. James'));
    expect(at('10600 100th Street', 'Fort St. John')).toBe(at('10600 100 St', 'Fort St. John'));
    expect(at('143 Fourth Avenue, Unit 3', 'Cochrane')).toBe(at('143 4th Ave', 'Cochrane'));
    expect(at('143 Fourth Avenue', 'Cochrane')).not.toBe(at('143 Fourth Avenue', 'Kenora'));
  });
});
