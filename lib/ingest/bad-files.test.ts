import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { dirname } from 'node:path';
import { runPipeline } from './pipeline';
import { geoProvinces } from './sources/geo-provinces';
import { geoSimplemaps } from './sources/geo-simplemaps';
import { serviceCanada2026 } from './sources/service-canada-2026';
import { tempSourcesDir, withSourceDescription } from './test-support';

const CITIES = 'geo-canadian-cities-simplemaps/canadacities.csv';
const OFFICES = 'federal-service-canada-offices-hours-ask-canada/service_canada_offices_2026-09.json';
const HEADER =
  '"city","city_ascii","province_id","province_name","lat","lng","population","density","timezone","ranking","postal","id"\r\n';
const row = (id: string, city: string, province: string, lat: string, lon: string) =>
  `"${city}","${city}","${province}","x","${lat}","${lon}","1000","1","America/Toronto","3","","${id}"\r\n`;

function office(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    id: '1000',
    kind: 'scc',
    prov: 'ON',
    name: { en: 'Kenora Service Canada Centre', fr: 'Kenora - Centre Service Canada' },
    lines: { en: ['1 Main Street'], fr: ['1, rue Main'] },
    city: { en: 'Kenora', fr: 'Kenora' },
    lat: 49.767,
    lng: -94.489,
    geo: 'address',
    tz: 'America/Winnipeg',
    postal: 'P9N 1A1',
    weekly: [[1, '08:30', '16:00']],
    ...overrides,
  };
}

describe('gazetteer CSV with bad rows', () => {
  it('rejects each bad row precisely and keeps the good ones', () => {
    const csv =
      HEADER +
      row('1', 'Kenora', 'ON', '49.7667', '-94.4894') +
      row('1', 'Kenora again', 'ON', '49.7667', '-94.4894') + // duplicate id, line 3
      row('2', 'Nowhere', 'ON', '40.7128', '-74.0060') + // New York, line 4
      row('3', 'Swapped', 'ON', '-94.4894', '49.7667') + // line 5
      row('4', 'Wrongprov', 'QC', '49.7667', '-94.4894') + // in ON, line 6
      '"Truncated","Truncated","ON"\r\n'; // line 7
    const result = geoSimplemaps(tempSourcesDir({ [CITIES]: csv }));
    expect(result.places.map((p) => p.id)).toEqual(['gaz-1']);
    expect([...result.rejects].sort((a, b) => a.line - b.line).map((r) => [r.file, r.line, r.field, r.reason])).toEqual([
      [CITIES, 3, 'id', 'duplicate id 1'],
      [CITIES, 4, 'lat', '(40.7128, -74.006) is outside Canada'],
      [CITIES, 5, 'lat', '(-94.4894, 49.7667) is outside Canada (latitude/longitude swapped?)'],
      [CITIES, 6, 'lat', '(49.7667, -94.4894) is in ON, not QC'],
      [CITIES, 7, '(record)', 'expected 12 fields, found 3 (truncated or malformed row)'],
    ]);
    expect(result.rowsRead).toBe(6);
  });

  it('fails a file declared UTF-8 that holds a cp1252 byte, naming the offset, instead of decoding it all as cp1252', () => {
    const utf8 = Buffer.from(HEADER + row('1', 'Lévis', 'QC', '46.8033', '-71.1779'));
    const stray = iconv.encode(row('2', 'Montréal', 'QC', '45.5', '-73.56'), 'win1252');
    expect(() => geoSimplemaps(tempSourcesDir({ [CITIES]: Buffer.concat([utf8, stray]) }))).toThrow(
      new RegExp(`${CITIES}: invalid UTF-8 at byte offset ${utf8.length + 6} \\(line 3, bytes e9 61 6c 22\\)`),
    );
    expect(geoSimplemaps(tempSourcesDir({ [CITIES]: utf8 })).places[0]!.name.en).toBe('Lévis');
  });

  it('fails the whole source on a missing column or an empty file', () => {
    expect(() => geoSimplemaps(tempSourcesDir({ [CITIES]: HEADER.replace('"lat",', '') + '"x"\r\n' }))).toThrow(
      `${CITIES}: missing column(s): lat`,
    );
    expect(() => geoSimplemaps(tempSourcesDir({ [CITIES]: '' }))).toThrow(`${CITIES}: file is empty`);
  });
});

describe('Service Canada JSON with bad records', () => {
  it('rejects duplicates and invalid records, reduces HTML to text with a warning', () => {
    const offices = [
      office({}),
      office({ name: { en: 'Kenora<script>alert(1)</script> Centre', fr: 'Kenora &amp; <b>Centre</b>' } }), // duplicate id 1000
      office({ id: '1001', name: { en: 'Dryden<script>alert(1)</script> Centre' }, city: { en: 'Dryden' } }),
      office({ id: '1002', prov: 'XX' }),
      office({ id: '1003', weekly: 'Mon-Fri' }),
    ];
    const result = serviceCanada2026(tempSourcesDir({ [OFFICES]: JSON.stringify(offices) }));
    expect(result.points.map((p) => p.id)).toEqual(['sc-1000', 'sc-1001']);
    expect(result.points[1]!.name).toEqual({ en: 'Dryden Centre' });
    // records that do not fit the schema first (the JSON reader's), then those the adapter turns down
    expect(result.rejects.map((r) => [r.file, r.line, r.field, r.reason])).toEqual([
      [OFFICES, 5, 'weekly', 'record 5: Invalid input: expected array, received string'],
      [OFFICES, 2, 'id', 'duplicate office id 1000'],
      [OFFICES, 4, 'prov', 'unknown province "XX" (office 1002)'],
    ]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ file: OFFICES, line: 3, field: 'name.en', reason: expect.stringContaining('HTML reduced to plain text') }),
    ]);
  });

  it('fails the whole source on truncated JSON, a missing file or a missing source.json', () => {
    expect(() => serviceCanada2026(tempSourcesDir({ [OFFICES]: '[{"id":"1000",' }))).toThrow(
      /service_canada_offices_2026-09\.json: invalid or truncated JSON/,
    );
    const withoutData = tempSourcesDir({});
    withSourceDescription(withoutData, dirname(OFFICES));
    expect(() => serviceCanada2026(withoutData)).toThrow(/service_canada_offices_2026-09\.json: cannot read file \(ENOENT\)/);
    expect(() => serviceCanada2026(tempSourcesDir({}))).toThrow(
      /federal-service-canada-offices-hours-ask-canada\/source\.json: cannot read file \(ENOENT\)/,
    );
  });

  it('in the pipeline: swapped pins are fixed, unplaceable points rejected with file and record', () => {
    const dir = tempSourcesDir({
      [CITIES]: HEADER + row('1', 'Kenora', 'ON', '49.7667', '-94.4894'),
      [OFFICES]: JSON.stringify([
        office({ lat: -94.489, lng: 49.767 }),
        office({ id: '1001', city: { en: 'Atlantis' }, postal: undefined, lat: 25.0, lng: -71.0 }),
      ]),
    });
    const { snapshot, failures, accountingProblems } = runPipeline({
      sourcesDir: dir,
      adapters: [geoProvinces, geoSimplemaps, serviceCanada2026],
      today: '2026-11-22',
      builtAt: '2026-11-22T12:00:00.000Z',
    });
    expect(failures).toEqual([]);
    expect(accountingProblems).toEqual([]);
    expect(snapshot.servicePoints.map((p) => [p.id, p.coordinates.lat, p.coordinates.lon, p.coordinates.note])).toEqual([
      ['sc-1000', 49.767, -94.489, 'source latitude/longitude were swapped (-94.489, 49.767)'],
    ]);
    expect(snapshot.rejects).toEqual([
      {
        sourceId: 'federal-service-canada-offices-hours-ask-canada',
        file: OFFICES,
        line: 0,
        field: 'coordinates',
        reason: 'sc-1001: source pin (25, -71) is outside Canada; no usable postal code and "Atlantis" (ON) is not in the gazetteer',
      },
    ]);
  });

  it('a source failing as a whole is reported, naming file and problem', () => {
    const dir = tempSourcesDir({ [CITIES]: HEADER.replace('"id"', '"identifier"') });
    const { failures } = runPipeline({
      sourcesDir: dir,
      adapters: [geoProvinces, geoSimplemaps],
      today: '2026-11-22',
      builtAt: '2026-11-22T12:00:00.000Z',
    });
    expect(failures.map((f) => [f.file, f.problem])).toEqual([[CITIES, 'missing column(s): id']]);
  });
});
