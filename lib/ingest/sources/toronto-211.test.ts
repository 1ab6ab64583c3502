import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSourceDescription } from '../test-support';
import { TORONTO_211_SOURCE, organizationOf, toronto211 } from './toronto-211';

const SOURCES = join(process.cwd(), 'data/sources');

function sourcesWith(shelters: string, newcomers: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'toronto-211-'));
  withSourceDescription(dir, TORONTO_211_SOURCE);
  writeFileSync(join(dir, TORONTO_211_SOURCE, 'housing_shelters_211.csv'), shelters);
  writeFileSync(join(dir, TORONTO_211_SOURCE, 'refugee_services_211.csv'), newcomers);
  return dir;
}
const SHELTER_HEADER = 'ID,NAME,ADDRESS,LATITUDE,LONGITUDE,POSTAL';

describe('toronto-211 adapter on the real files', () => {
  const result = toronto211(SOURCES);

  it('reads 24 + 234 rows: 256 points, 1 closed program and 1 cross-file duplicate rejected', () => {
    expect(result.rowsRead).toBe(258);
    expect(result.points).toHaveLength(256);
    expect(result.rejects.map((r) => [r.file.split('/')[1], r.line, r.field])).toEqual([
      ['housing_shelters_211.csv', 23, 'NAME'],
      ['refugee_services_211.csv', 54, 'ID'],
    ]);
    expect(result.rejects[0]?.reason).toMatch(/closed: .*Holy Blossom Temple/);
  });

  it('types shelters as shelter and community organizations as community hosts and providers', () => {
    expect(result.points.filter((p) => p.type === 'shelter')).toHaveLength(24);
    const tno = result.points.find((p) => p.id === '211-met0430');
    expect(tno).toMatchObject({ type: 'community-agency', hostOrganizationId: 'toronto-agency-tno-the-neighbourhood-organization' });
    expect(result.organizations.find((o) => o.id === tno?.hostOrganizationId)?.order).toBe('community');
    expect(tno?.address).toMatchObject({ lines: { en: ['10 Gateway Blvd, Suite 104'] }, postalCode: 'M3C 3A1' });
  });

  it('never pins a shelter at the generic downtown coordinate', () => {
    const nellies = result.points.find((p) => p.id === '211-met0720');
    expect(nellies?.sourceCoordinates).toBeUndefined();
    expect(nellies?.address).toEqual({ lines: { en: [] }, city: { en: 'Toronto' }, province: 'ON' });
    const birkdale = result.points.find((p) => p.id === '211-met0402');
    expect(birkdale).toMatchObject({ hostOrganizationId: 'city-of-toronto', address: { postalCode: 'M1P 4V8' } });
    expect(birkdale?.sourceCoordinates).toBeUndefined();
  });

  it('reads the organization from 211 names, including government bodies', () => {
    expect(organizationOf('Toronto. Shelter, Support and Housing Administration. Homelessness Initiatives').order).toBe('municipal');
    expect(organizationOf('Immigration and Refugee Board of Canada, Central Region').order).toBe('federal');
    expect(organizationOf("Out of the Cold. Overnight Shelters, St Aidan's Church").name.en).toBe('Out of the Cold');
  });
});

describe('toronto-211 adapter on crafted input', () => {
  const newcomers = 'ID,NAME,ADDRESS,LATITUDE,LONGITUDE\nMET1,Agency A,"1 Main St\nToronto, ON     M5A 1A1",43.65,-79.38\n';

  it('fails the whole source when a required column is missing, naming file and column', () => {
    expect(() => toronto211(sourcesWith('ID,NAME,ADDRESS,LATITUDE,LONGITUDE\n', newcomers))).toThrow(
      /housing_shelters_211\.csv: missing column\(s\): POSTAL/,
    );
  });

  it('rejects a row without a name at its line, loading the others', () => {
    const shelters = `${SHELTER_HEADER}\nMET2,Shelter B,"2 Main St\n",43.66,-79.39,M5A1A2\nMET3,,"3 Main St\n",43.67,-79.4,M5A1A3\nMET4,Shelter D,"4 Main St\n",43.68,-79.41,M5A1A4\n`;
    const result = toronto211(sourcesWith(shelters, newcomers));
    expect(result.points.map((p) => p.id)).toEqual(['211-met2', '211-met4', '211-met1']);
    expect(result.rejects).toEqual([
      expect.objectContaining({ file: `${TORONTO_211_SOURCE}/housing_shelters_211.csv`, line: 4, field: 'NAME' }),
    ]);
  });
});
