import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSourceDescription } from '../test-support';
import { SERVICE_BC_SOURCE, addressLines, serviceBc } from './service-bc';

const SOURCES = join(process.cwd(), 'data/sources');

function sourcesWith(json: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'service-bc-'));
  withSourceDescription(dir, SERVICE_BC_SOURCE);
  writeFileSync(join(dir, SERVICE_BC_SOURCE, 'service_bc_offices_2021.geojson'), JSON.stringify(json));
  return dir;
}
const office = (id: string, name: string, address = '1 Main St') => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [-121.3, 51.6] },
  properties: { OFFICE_NAME: name, OFFICE_ADDRESS: address, OFFICE_CITY: name, OFFICE_URL: `http://gov.bc.ca/servicebc/${id}` },
});

describe('service-bc adapter on the real file', () => {
  const result = serviceBc(SOURCES);

  it('reads 66 features: 65 counters, Head Office rejected', () => {
    expect(result.rowsRead).toBe(66);
    expect(result.points).toHaveLength(65);
    expect(result.rejects).toHaveLength(1);
    expect(result.rejects[0]).toMatchObject({ line: 66, field: 'OFFICE_NAME' });
    expect(result.rejects[0]?.reason).toMatch(/Head Office.*administrative office/);
  });

  it('splits unit designators, keeps source pins and upgrades gov.bc.ca links to https', () => {
    const kamloops = result.points.find((p) => p.id === 'sbc-40-kamloops');
    expect(kamloops?.address.lines.en).toEqual(['Unit 250', '455 Columbia St']);
    expect(kamloops?.url?.en).toBe('https://gov.bc.ca/servicebc/kamloops');
    expect(kamloops?.sourceCoordinates).toMatchObject({ placedBy: 'address' });
    expect(kamloops?.hours).toEqual({ format: 'none', data: {} });
    expect(addressLines('RM 102 -- 1423 Hwy 97')).toEqual(['Room 102', '1423 Hwy 97']);
    expect(addressLines('200-10470 152nd Street')).toEqual(['200-10470 152nd Street']);
  });
});

describe('service-bc adapter on crafted input', () => {
  it('fails the whole source when the file is not a FeatureCollection', () => {
    expect(() => serviceBc(sourcesWith({ offices: [] }))).toThrow(/service_bc_offices_2021\.geojson: expected a GeoJSON FeatureCollection/);
  });

  it('rejects a feature without an address with its position and field, and loads the good ones', () => {
    const bad = office('2', 'Ashcroft') as { properties: Record<string, unknown> };
    delete bad.properties.OFFICE_ADDRESS;
    const result = serviceBc(sourcesWith({ type: 'FeatureCollection', features: [office('1', 'Atlin'), bad, office('3', 'Clinton')] }));
    expect(result.points).toHaveLength(2);
    expect(result.rejects).toHaveLength(1);
    expect(result.rejects[0]).toMatchObject({ line: 2, field: 'properties.OFFICE_ADDRESS' });
  });
});
