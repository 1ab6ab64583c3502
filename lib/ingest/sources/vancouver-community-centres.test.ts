import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSourceDescription } from '../test-support';
import { VANCOUVER_COMMUNITY_CENTRES_SOURCE, vancouverCommunityCentres } from './vancouver-community-centres';

const SOURCES = join(process.cwd(), 'data/sources');

function sourcesWith(features: unknown[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'vancouver-'));
  withSourceDescription(dir, VANCOUVER_COMMUNITY_CENTRES_SOURCE);
  writeFileSync(
    join(dir, VANCOUVER_COMMUNITY_CENTRES_SOURCE, 'community-centres.geojson'),
    JSON.stringify({ type: 'FeatureCollection', features }),
  );
  return dir;
}
const centre = (name: string, address = '1 Main St') => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-123.1, 49.25] },
  properties: { name, address, urllink: 'http://vancouver.ca/parks/cc/x/index.htm' },
});

describe('vancouver-community-centres adapter on the real file', () => {
  const result = vancouverCommunityCentres(SOURCES);

  it('imports all 27 centres', () => {
    expect(result.rowsRead).toBe(27);
    expect(result.points).toHaveLength(27);
    expect(result.rejects).toHaveLength(0);
  });

  it('upgrades vancouver.ca links to https and drops the Coal Harbour link that points at West End', () => {
    expect(result.points.find((p) => p.id === 'van-cc-dunbar')).toMatchObject({
      name: { en: 'Dunbar Community Centre' },
      url: { en: 'https://vancouver.ca/parks/cc/dunbar/index.htm' },
      sourceCoordinates: { lat: 49.2428, lon: -123.1883 },
    });
    expect(result.points.find((p) => p.id === 'van-cc-coal-harbour')?.url).toBeUndefined();
    expect(result.points.find((p) => p.id === 'van-cc-carnegie-centre')?.name.en).toBe('Carnegie Centre');
  });
});

describe('vancouver-community-centres adapter on crafted input', () => {
  it('fails the whole source when a required field is absent from every feature', () => {
    const features = [centre('Dunbar')].map((f) => ({ ...f, properties: { name: f.properties.name } }));
    expect(() => vancouverCommunityCentres(sourcesWith(features))).toThrow(/community-centres\.geojson: missing field\(s\): address/);
  });

  it('rejects a feature without an address at its position, loading the others', () => {
    const result = vancouverCommunityCentres(sourcesWith([centre('Dunbar'), centre('Hastings', ''), centre('Kerrisdale')]));
    expect(result.points).toHaveLength(2);
    expect(result.rejects).toEqual([expect.objectContaining({ line: 2, field: 'properties.address' })]);
  });
});
