import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSourceDescription } from '../test-support';
import { TORONTO_EARLYON_SOURCE, httpsWebsite, phoneOf, torontoEarlyOn } from './toronto-earlyon';

const SOURCES = join(process.cwd(), 'data/sources');

function sourcesWith(features: unknown[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'earlyon-'));
  withSourceDescription(dir, TORONTO_EARLYON_SOURCE);
  writeFileSync(
    join(dir, TORONTO_EARLYON_SOURCE, 'earlyon_child_and_family_centres_4326.geojson'),
    JSON.stringify({ type: 'FeatureCollection', features }),
  );
  return dir;
}
const centre = (locId: number, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: {
    loc_id: locId,
    agency: 'Agency',
    program_name: `Centre ${locId}`,
    address: '1 Main St',
    full_address: '1 Main St, Toronto, ON M5A 2J3',
    dropinHours: '',
    registeredHours: '',
    ...extra,
  },
  geometry: { type: 'MultiPoint', coordinates: [[-79.36, 43.66]] },
});

describe('toronto-earlyon adapter on the real file', () => {
  const result = torontoEarlyOn(SOURCES);

  it('imports all 239 centres, hosted by 50 agencies, with the City as provider', () => {
    expect(result.rowsRead).toBe(239);
    expect(result.points).toHaveLength(239);
    expect(result.rejects).toHaveLength(0);
    expect(result.organizations).toHaveLength(51);
    expect(
      result.points.every((p) => p.offers[0]?.providerOrganizationId === 'toronto-childrens-services' && p.offers[0].mode === 'partner'),
    ).toBe(true);
  });

  it('keeps session text as earlyon-sessions, and none for the 19 centres without sessions', () => {
    expect(result.points.filter((p) => p.hours.format === 'none')).toHaveLength(19);
    const spruce = result.points.find((p) => p.id === 'earlyon-13650');
    expect(spruce?.hours).toEqual({
      format: 'earlyon-sessions',
      data: { dropinHours: 'Wednesday: 9:00 a.m. - 11:30 a.m.', registeredHours: 'Thursday: 9:00 a.m. - 11:30 a.m.' },
    });
    expect(spruce?.address).toMatchObject({
      lines: { en: ['Toronto Kiwanis Boys & Girls Clubs', '101 Spruce St'] },
      postalCode: 'M5A 2J3',
    });
    expect(spruce?.sourceCoordinates).toMatchObject({ lat: 43.664194018, lon: -79.362233991 });
    expect(spruce?.provenance[0]?.line).toBe(5);
  });

  it('never carries named staff contacts', () => {
    expect(JSON.stringify(result)).not.toMatch(/Shani|Halfon|maledam@|toronto\.ca"/);
  });

  it('keeps phones with extensions and only https-capable websites', () => {
    expect(phoneOf('416-362-0805 X 230')).toBe('416-362-0805 ext. 230');
    expect(httpsWebsite('www.tdsb.on.ca/earlyyears')).toBe('https://www.tdsb.on.ca/earlyyears');
    expect(httpsWebsite('www.mfrc.org')).toBeUndefined();
    expect(httpsWebsite('liviermiko@eyetfrp.ca')).toBeUndefined();
    for (const point of result.points) if (point.url?.en) expect(point.url.en).toMatch(/^https:\/\//);
  });
});

describe('toronto-earlyon adapter on crafted input', () => {
  it('fails the whole source when a required field is absent from every feature', () => {
    const features = [centre(1)].map((f) => ({ ...f, properties: { ...f.properties, agency: undefined } }));
    expect(() => torontoEarlyOn(sourcesWith(JSON.parse(JSON.stringify(features))))).toThrow(
      /earlyon_child_and_family_centres_4326\.geojson: missing field\(s\): agency/,
    );
  });

  it('rejects a feature without a program name at its line, loading the others', () => {
    const result = torontoEarlyOn(sourcesWith([centre(1), centre(2, { program_name: '' }), centre(3)]));
    expect(result.points.map((p) => p.id)).toEqual(['earlyon-1', 'earlyon-3']);
    expect(result.rejects).toEqual([expect.objectContaining({ line: 6, field: 'properties.program_name' })]);
  });
});
