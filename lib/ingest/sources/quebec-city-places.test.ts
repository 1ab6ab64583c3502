import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSourceDescription } from '../test-support';
import { runPipeline } from '../pipeline';
import { geoProvinces } from './geo-provinces';
import { geoSimplemaps } from './geo-simplemaps';
import { QUEBEC_CITY_PLACES_SOURCE, QUEBEC_CITY_SERVICES, quebecCityPlaces } from './quebec-city-places';

const SOURCES = join(process.cwd(), 'data/sources');
const FILE = 'vdqlieupublic_geojson_wrapped_in_js.txt';
const PREFIX = 'let vdqlieupublic = ';

function sourcesWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vdq-'));
  withSourceDescription(dir, QUEBEC_CITY_PLACES_SOURCE);
  writeFileSync(join(dir, QUEBEC_CITY_PLACES_SOURCE, FILE), text);
  return dir;
}
const feature = (ID: number, NOM_TOPOGRAPHIE: string, DESCRIPTION: string, NO_CIVIQUE: number | null = 10, RUE = 'Rue des Jardins') => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-71.2 - ID / 1e6, 46.81] },
  properties: { ID, NO_CIVIQUE, NOM_TOPOGRAPHIE, SUPERFICIE: '0', PERIMETRE: 0, RUE, DESCRIPTION },
});
const wrapped = (features: unknown[]) =>
  `${PREFIX}${JSON.stringify({ type: 'FeatureCollection', features }, null, '\t').replace(/\n/g, '\r\n')}`;

describe('quebec-city-places adapter on the real file', () => {
  const result = quebecCityPlaces(SOURCES);
  const byId = new Map(result.points.map((point) => [point.id, point]));

  it('reads 1,345 places: 82 points, 1 merged duplicate, 1,262 rejected, every row accounted for', () => {
    expect(result.rowsRead).toBe(1345);
    expect(result.points).toHaveLength(82);
    expect(result.enrich).toHaveLength(1);
    expect(result.rejects).toHaveLength(1262);
    expect(result.points.length + result.enrich.length + result.rejects.length).toBe(result.rowsRead);
    expect(result.rejects.length / result.rowsRead).toBeLessThanOrEqual(result.meta.guard?.maxRejectedShare ?? 0);
  });

  it('counts points by kind: city hall + 6 borough offices + 1 point de service, 27 libraries, 47 community centres', () => {
    const byType: Record<string, number> = {};
    for (const point of result.points) byType[point.type] = (byType[point.type] ?? 0) + 1;
    expect(byType).toEqual({ 'municipal-office': 8, library: 27, 'community-centre': 47 });
    const counters = result.points.filter((point) => point.type === 'municipal-office');
    expect(counters.every((point) => point.offers[0]?.serviceId === QUEBEC_CITY_SERVICES.counter)).toBe(true);
  });

  it('keeps the City’s French names and addresses intact, the City Hall with its street only', () => {
    expect(byId.get('vdq-200299')).toMatchObject({
      name: { fr: 'Hôtel de ville de Québec' },
      address: { lines: { fr: ['Rue des Jardins'] }, city: { fr: 'Québec' }, province: 'QC' },
      hostOrganizationId: 'ville-de-quebec',
      hours: { format: 'none', data: {} },
    });
    expect(byId.get('vdq-102775')).toMatchObject({
      name: { fr: "Bureau d'arrondissement de Sainte-Foy-Sillery-Cap-Rouge" },
      address: { lines: { fr: ["1130 Route de l'Église"] } },
    });
    expect(byId.get('vdq-102407')?.name).toEqual({ fr: 'Bibliothèque Champigny' });
    expect(byId.get('vdq-200261')?.name.fr).toBe('Point de service Secteur de Sillery');
    for (const point of result.points) expect(point.name.en, point.id).toBeUndefined();
  });

  it('has every pin inside Québec City', () => {
    for (const point of result.points) {
      expect(point.sourceCoordinates?.lat).toBeGreaterThan(46.73);
      expect(point.sourceCoordinates?.lat).toBeLessThan(46.96);
      expect(point.sourceCoordinates?.lon).toBeGreaterThan(-71.5);
      expect(point.sourceCoordinates?.lon).toBeLessThan(-71.15);
    }
  });

  it('rejects the rest with the category, line and field', () => {
    const file = `${QUEBEC_CITY_PLACES_SOURCE}/${FILE}`;
    expect(result.rejects[0]).toEqual({
      sourceId: QUEBEC_CITY_PLACES_SOURCE,
      file,
      line: 11,
      field: 'DESCRIPTION',
      reason: '"Aéroport international Jean-Lesage" (Aéroport): not a place where residents get a city service',
    });
    const reasons = result.rejects.map((reject) => reject.reason);
    expect(reasons.filter((reason) => reason.includes('(Stationnements)'))).toHaveLength(420);
    expect(reasons.find((reason) => reason.includes('Centre de service Saint-Jacques'))).toMatch(/municipal buildings .* not a counter/);
    expect(reasons.filter((reason) => reason.includes('(Bureaux administratifs)'))).toHaveLength(6);
  });

  it('rejects the university library and the closed branch, and merges the library listed twice', () => {
    const byName = (text: string) => result.rejects.find((reject) => reject.reason.includes(text));
    expect(byName("Bibliothèque de l'Université Laval")).toMatchObject({
      field: 'NOM_TOPOGRAPHIE',
      reason: expect.stringMatching(/university library/),
    });
    expect(byName('Gabrielle-Roy (fermée temp.)')).toMatchObject({
      field: 'NOM_TOPOGRAPHIE',
      reason: expect.stringMatching(/temporarily closed/),
    });
    const literature = result.points.find((point) => point.name.fr === 'Bibliothèque Maison de la Littérature');
    expect(literature?.provenance.map((p) => p.recordId)).toEqual(['102399', '202454']);
    expect(result.enrich[0]).toMatchObject({ mergeKey: literature?.mergeKey, fields: {} });
  });

  it('warns about points sharing one pin with different addresses', () => {
    expect(result.warnings?.some((w) => w.field === 'geometry' && w.reason.includes("Bureau d'arrondissement des Rivières"))).toBe(true);
  });
});

describe('quebec-city-places through the pipeline', () => {
  const result = runPipeline({
    sourcesDir: SOURCES,
    adapters: [geoProvinces, geoSimplemaps, quebecCityPlaces],
    today: '2026-11-24',
    builtAt: '2026-11-24T12:00:00.000Z',
  });

  it('adds up and keeps every pin in Quebec, with the provincial holiday calendar', () => {
    expect(result.failures).toEqual([]);
    expect(result.accountingProblems).toEqual([]);
    const source = result.snapshot.sources.find((s) => s.sourceId === QUEBEC_CITY_PLACES_SOURCE);
    expect(source?.counts).toMatchObject({ read: 1345, imported: 82, merged: 1, rejected: 1262 });
    const points = result.snapshot.servicePoints.filter((point) => point.id.startsWith('vdq-'));
    expect(points).toHaveLength(82);
    for (const point of points) {
      expect(point.coordinates).toMatchObject({ method: 'source', precision: 'exact' });
      expect(point.timeZone).toBe('America/Toronto');
      expect(point.schedule).toMatchObject({ status: 'none', holidays: { calendar: 'provincial' } });
    }
  });
});

describe('quebec-city-places adapter on crafted input', () => {
  it('fails the whole source without the JavaScript prefix PROVENANCE.md describes', () => {
    expect(() => quebecCityPlaces(sourcesWith(JSON.stringify({ type: 'FeatureCollection', features: [] })))).toThrow(
      /expected the file to start with "let vdqlieupublic = "/,
    );
  });

  it('fails the whole source when it is cut off or is not UTF-8', () => {
    expect(() => quebecCityPlaces(sourcesWith(wrapped([feature(1, 'Bibliothèque X', 'Bibliothèques')]).slice(0, 200)))).toThrow(
      /invalid or truncated JSON/,
    );
    const latin1 = Buffer.from(wrapped([feature(1, 'Bibliothèque X', 'Bibliothèques')]), 'latin1');
    const dir = sourcesWith('');
    writeFileSync(join(dir, QUEBEC_CITY_PLACES_SOURCE, FILE), latin1);
    expect(() => quebecCityPlaces(dir)).toThrow(/invalid UTF-8/);
  });

  it('rejects a bad feature and a repeated ID at their own lines, and loads the others', () => {
    const good = feature(1, 'Bibliothèque Saint-Albert', 'Bibliothèques', 5, 'Rue des Ormes');
    const noName = { ...feature(2, '', 'Bibliothèques') };
    const repeated = feature(1, 'Centre communautaire Ferland', 'Centres communautaires');
    const text = wrapped([good, noName, repeated]);
    const result = quebecCityPlaces(sourcesWith(text));
    expect(result.points.map((point) => point.address.lines.fr)).toEqual([['5 Rue des Ormes']]);
    const lines = text.split('\n');
    const lineOf = (needle: string, nth = 0) => lines.map((l, i) => (l.includes(needle) ? i + 1 : 0)).filter(Boolean)[nth];
    expect(result.rejects.map((r) => [r.line, r.field])).toEqual([
      [lineOf('"ID": 2'), 'properties.NOM_TOPOGRAPHIE'],
      [lineOf('"ID": 1', 1), 'ID'],
    ]);
  });

  it('real file starts with the 20-byte prefix', () => {
    expect(
      readFileSync(join(SOURCES, QUEBEC_CITY_PLACES_SOURCE, FILE))
        .subarray(0, 20)
        .toString('utf8'),
    ).toBe(PREFIX);
  });
});
