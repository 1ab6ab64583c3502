import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PLACE_ADAPTERS } from '../core-adapters';
import { runPipeline } from '../pipeline';
import { REAL_SOURCES_DIR } from '../test-support';
import { SourceFailure } from '../errors';
import { hsdsFeedAdapter, hsdsFeedAdapters } from './hsds-feed';
import { loadSnapshot } from '../../data/snapshot';
import { getCatalogue } from '../../catalogue/catalogue';
import { buildHsdsExport, effectiveWeekly } from '../../hsds/export';
import { tableResources, tableCsv } from '../../hsds/datapackage';
import { TABLES } from '../../hsds/export';
import type { ServicePoint } from '../../model/schema';

const FIXTURE = join(process.cwd(), 'lib', 'ingest', 'feed-check', 'fixtures', 'gatineau-csv');
const dirs: string[] = [];

/** A sources dir with the real place sources (for geocoding) linked in, plus the given feed folders. */
function sourcesWith(feeds: Record<string, string | ((dir: string) => void)>): string {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-hsds-'));
  dirs.push(dir);
  for (const name of readdirSync(REAL_SOURCES_DIR))
    if (name.startsWith('geo-') || name.startsWith('indigenous-')) symlinkSync(join(REAL_SOURCES_DIR, name), join(dir, name));
  for (const [folder, from] of Object.entries(feeds)) {
    if (typeof from === 'string') cpSync(from, join(dir, folder), { recursive: true });
    else from(join(dir, folder));
  }
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const run = (sourcesDir: string, folder: string) =>
  runPipeline({
    sourcesDir,
    adapters: [...PLACE_ADAPTERS, hsdsFeedAdapter(folder)],
    today: '2026-11-29',
    builtAt: '2026-11-29T12:00:00.000Z',
  });

describe('generic HSDS adapter on a crafted bilingual Canadian feed', () => {
  const sourcesDir = sourcesWith({ 'municipal-gatineau-hsds': FIXTURE });
  const result = run(sourcesDir, 'municipal-gatineau-hsds');
  const points = result.snapshot.servicePoints.filter((p) => p.provenance[0]!.sourceId === 'municipal-gatineau-hsds');

  it('imports the two offices and the outreach point, every row accounted for', () => {
    expect(result.failures).toEqual([]);
    expect(result.accountingProblems).toEqual([]);
    expect(points).toHaveLength(3);
    const report = result.snapshot.sources.find((s) => s.sourceId === 'municipal-gatineau-hsds')!;
    expect(report.counts.read).toBe(report.counts.imported + report.counts.merged + report.counts.rejected);
    expect(report.counts.rejected).toBe(0);
    expect(hsdsFeedAdapters(sourcesDir).map((a) => a.name)).toEqual(['hsdsFeed(municipal-gatineau-hsds)']);
  });

  it('keeps French names with their English alternates, the province by name, and official languages', () => {
    const hull = points.find((p) => p.name.fr === 'Centre de services de Hull')!;
    expect(hull.name.en).toBe('Hull Service Centre');
    expect(hull.type).toBe('municipal-office');
    expect(hull.officialLanguages).toEqual(['fr', 'en']);
    expect(hull.address).toMatchObject({ province: 'QC', postalCode: 'J8X 4C8', city: { fr: 'Gatineau' } });
    const aylmer = points.find((p) => p.name.fr === 'Centre de services d’Aylmer')!;
    expect(aylmer.address.province).toBe('QC');
    expect(aylmer.address.postalCode).toBe('J9H 3M2');
    const org = result.snapshot.organizations.find((o) => o.id === hull.hostOrganizationId)!;
    expect(org).toMatchObject({ name: { fr: 'Ville de Gatineau', en: 'City of Gatineau' }, order: 'municipal', jurisdiction: 'Gatineau' });
  });

  it('turns RRULE schedules into weekly hours, a closure and monthly outreach visits', () => {
    const hull = points.find((p) => p.name.fr === 'Centre de services de Hull')!;
    expect(hull.schedule.status).toBe('structured');
    expect(hull.schedule.weekly.filter((w) => w.day === 1)).toEqual([
      { day: 1, opens: '08:30', closes: '12:00' },
      { day: 1, opens: '13:00', closes: '16:30' },
    ]);
    const aylmer = points.find((p) => p.name.fr === 'Centre de services d’Aylmer')!;
    expect(closedDays(aylmer.schedule.exceptions)).toHaveLength(12);
    expect(closedDays(aylmer.schedule.exceptions)[0]).toBe('2026-12-24');
    const mobile = points.find((p) => p.type === 'outreach-site')!;
    expect(mobile.schedule.visitRules).toEqual([{ weeks: [2, 4], day: 3, opens: '09:30', closes: '15:00' }]);
    const sal = result.snapshot.servicesAtLocations.find((s) => s.locationId === mobile.id)!;
    expect(sal.mode).toBe('outreach');
    expect(mobile.coordinates.precision).toBe('exact');
  });
});

describe('generic HSDS adapter on broken feeds', () => {
  const broken = (mutate: (dir: string) => void) => (dir: string) => {
    cpSync(FIXTURE, dir, { recursive: true });
    mutate(dir);
  };
  it('rejects rows that fail the HSDS schema, with file, line and reason', () => {
    const dir = sourcesWith({
      feed: broken((d) =>
        writeFileSync(join(d, 'locations.csv'), readFileSync(join(d, 'locations.csv'), 'utf8').replace(',physical,,', ',spaceship,,')),
      ),
    });
    const adapterResult = hsdsFeedAdapter('feed')(dir);
    expect(adapterResult.points).toHaveLength(2);
    expect(adapterResult.rejects).toEqual([expect.objectContaining({ file: 'feed/locations.csv', line: 3, field: 'location_type' })]);
    expect(adapterResult.rejects[0]!.reason).toMatch(/HSDS 3\.0: .*allowed values/);
  });
  it('fails the source when the locations table or the declaration is missing, or the declaration is wrong', () => {
    const noTable = sourcesWith({ feed: broken((d) => rmSync(join(d, 'locations.csv'))) });
    expect(() => hsdsFeedAdapter('feed')(noTable)).toThrow(SourceFailure);
    expect(() => hsdsFeedAdapter('feed')(noTable)).toThrow(/missing table/);
    const noDecl = sourcesWith({ feed: broken((d) => rmSync(join(d, 'hsds-feed.json'))) });
    expect(() => hsdsFeedAdapter('feed')(noDecl)).toThrow(/missing declaration/);
    const badDecl = sourcesWith({
      feed: broken((d) => writeFileSync(join(d, 'hsds-feed.json'), JSON.stringify({ title: { fr: 'x' }, order: 'galactic' }))),
    });
    expect(() => hsdsFeedAdapter('feed')(badDecl)).toThrow(/declaration schema/);
    const noProvenance = sourcesWith({ feed: broken((d) => rmSync(join(d, 'PROVENANCE.md'))) });
    expect(() => hsdsFeedAdapter('feed')(noProvenance)).toThrow(/PROVENANCE/);
  });
  it('rejects a duplicate id and rows that point at it, and still adds up', () => {
    const dir = sourcesWith({
      feed: broken((d) => {
        const text = readFileSync(join(d, 'locations.csv'), 'utf8').trimEnd().split('\r\n');
        writeFileSync(join(d, 'locations.csv'), [...text, text[1]!.replace('Centre de services de Hull', 'Doublon')].join('\r\n') + '\r\n');
      }),
    });
    const result = run(dir, 'feed');
    expect(result.accountingProblems).toEqual([]);
    const rejects = result.snapshot.rejects.filter((r) => r.sourceId === 'feed');
    expect(rejects).toEqual([expect.objectContaining({ file: 'feed/locations.csv', line: 5, field: 'id' })]);
    expect(rejects[0]!.reason).toMatch(/duplicate id/);
  });
});

function closedDays(exceptions: ServicePoint['schedule']['exceptions']): string[] {
  const days = new Set<string>();
  for (const e of exceptions) {
    if (e.kind !== 'closed') continue;
    if (!e.to) {
      days.add(`${e.from}..`);
      continue;
    }
    for (let t = Date.parse(`${e.from}T00:00:00Z`); t <= Date.parse(`${e.to}T00:00:00Z`); t += 86_400_000)
      days.add(new Date(t).toISOString().slice(0, 10));
  }
  return [...days].sort();
}

/** The parts of a point that HSDS carries (sessions and unparsed text are reported, not imported). */
function comparable(point: ServicePoint) {
  const s = point.schedule;
  return {
    id: point.id,
    name: point.name,
    type: point.type,
    host: point.hostOrganizationId,
    address: point.address,
    coordinates: [point.coordinates.lat, point.coordinates.lon, point.coordinates.precision],
    officialLanguages: point.officialLanguages,
    phones: point.phones.map((p) => p.number),
    url: point.url,
    weekly: effectiveWeekly(s),
    visitRules: s.visitRules,
    datedVisits: s.datedVisits,
    closed: closedDays(s.exceptions),
    accessibility: {
      wheelchair: point.accessibility.wheelchair,
      signLanguage: point.accessibility.signLanguage,
      parking: point.accessibility.parking,
    },
  };
}

describe('round trip: export → import into a fresh build → the same records', () => {
  it('gives back every point, organization link, service at location and schedule', () => {
    const { snapshot } = loadSnapshot();
    for (const lang of ['en'] as const) {
      const exp = buildHsdsExport(snapshot, getCatalogue().catalogue, lang);
      const resources = tableResources();
      const sourcesDir = sourcesWith({
        'roundtrip-hsds': (dir) => {
          cpSync(FIXTURE, dir, { recursive: true });
          for (const f of readdirSync(dir)) if (f.endsWith('.csv')) rmSync(join(dir, f));
          for (const table of TABLES) writeFileSync(join(dir, resources[table].path), tableCsv(resources[table], exp.tables[table]));
          writeFileSync(
            join(dir, 'hsds-feed.json'),
            JSON.stringify({
              title: { en: 'Round trip' },
              publisher: 'Guichet',
              order: 'federal',
              jurisdiction: 'CA',
              licence: 'test',
              sourceDate: '2026-11',
              language: lang,
              format: 'csv',
            }),
          );
        },
      });
      const result = runPipeline({
        sourcesDir,
        adapters: [...PLACE_ADAPTERS, hsdsFeedAdapter('roundtrip-hsds')],
        today: snapshot.builtAt.slice(0, 10),
        builtAt: snapshot.builtAt,
      });
      expect(result.failures).toEqual([]);
      expect(result.accountingProblems).toEqual([]);
      const back = new Map(
        result.snapshot.servicePoints.filter((p) => p.provenance[0]!.sourceId === 'roundtrip-hsds').map((p) => [p.id, p]),
      );
      expect(back.size).toBe(snapshot.servicePoints.length);
      const differences: string[] = [];
      for (const point of snapshot.servicePoints) {
        const again = back.get(point.id);
        if (!again) {
          differences.push(`${point.id}: missing`);
          continue;
        }
        const a = JSON.stringify(comparable(point));
        const b = JSON.stringify(comparable(again));
        if (a !== b) differences.push(`${point.id}:\n  ${a}\n  ${b}`);
      }
      expect(differences.slice(0, 3)).toEqual([]);
      const sals = (list: typeof snapshot.servicesAtLocations) =>
        list
          .map(
            (s) => `${s.locationId}|${s.serviceId}|${s.providerOrganizationId}|${s.hostOrganizationId}|${s.mode}|${s.features.join(',')}`,
          )
          .sort();
      expect(sals(result.snapshot.servicesAtLocations.filter((s) => back.has(s.locationId)))).toEqual(sals(snapshot.servicesAtLocations));
    }
  }, 240_000);
});
