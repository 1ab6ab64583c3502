import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSourceDescription } from '../test-support';
import { SERVICEONTARIO_SOURCE, serviceOntario, splitName } from './serviceontario';

const SOURCES = join(process.cwd(), 'data/sources');

function sourcesWith(records: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'serviceontario-'));
  withSourceDescription(dir, SERVICEONTARIO_SOURCE);
  writeFileSync(join(dir, SERVICEONTARIO_SOURCE, 'serviceontario_locations_api_dump_2019-10.json'), JSON.stringify(records));
  return dir;
}
const location = (id: number, code: string, name: string) => ({
  id,
  locationGuid: `guid-${id}`,
  locationTypeId: 1,
  name,
  city: 'Guelph',
  locationType: { code, name: code, schedules: [] },
});

describe('serviceontario adapter on the real file', () => {
  const result = serviceOntario(SOURCES);
  const countOf = (type: string) => result.points.filter((p) => p.type === type).length;

  it('imports all 882 locations, none rejected', () => {
    expect(result.rowsRead).toBe(882);
    expect(result.points).toHaveLength(882);
    expect(result.rejects).toHaveLength(0);
  });

  it('maps the 9 location types honestly', () => {
    expect(countOf('service-centre')).toBe(279); // SO_CNTR 80 + SO_SP 199
    expect(countOf('library')).toBe(421);
    expect(countOf('land-registry-office')).toBe(52);
    expect(countOf('partner-site')).toBe(118); // SBEC 53 + CFDC 65
    expect(countOf('government-office')).toBe(12); // MNCPL 10 + CPPSB 1 + MOF 1
  });

  it('makes libraries partner sites of their library board, with ServiceOntario as provider', () => {
    const apsley = result.points.find((p) => p.id === 'so-12807');
    expect(apsley?.hostOrganizationId).toBe('on-library-board-north-kawartha-township-public-library');
    expect(apsley?.offers).toEqual([
      { serviceId: 'serviceontario-public-computer', providerOrganizationId: 'on-serviceontario', mode: 'partner' },
    ]);
    expect(result.points.find((p) => p.id === 'so-13122')?.hostOrganizationId).toBe('toronto-public-library');
    const board = result.organizations.find((o) => o.id === 'on-library-board-stormont-dundas-glengarry-county-library');
    expect(board).toMatchObject({ order: 'municipal', name: { en: 'Stormont, Dundas & Glengarry County Library' } });
  });

  it('splits the address out of the name and leaves coordinates to the geocoder', () => {
    const collegePark = result.points.find((p) => p.id === 'so-12043');
    expect(collegePark?.name.en).toBe('ServiceOntario – Toronto (College Park)');
    expect(collegePark?.address.lines.en).toEqual(['777 Bay Street', 'Lower Level']);
    expect(result.points.every((p) => p.sourceCoordinates === undefined && p.address.postalCode === undefined)).toBe(true);
    expect(splitName('225  East Beaver Creek, 7th Floor Road, Suite 709, Richmond Hill Small Business Enterprise Centre')).toEqual({
      addressLines: ['225 East Beaver Creek', '7th Floor Road', 'Suite 709'],
      label: 'Richmond Hill Small Business Enterprise Centre',
    });
  });

  it('passes holiday closures with plain-text notices for the types that have them', () => {
    const withHolidays = result.points.filter((p) => p.hours.format === 'serviceontario-holidays');
    expect(withHolidays).toHaveLength(133); // SO_CNTR 80 + LRO 52 + CPPSB 1
    expect(JSON.stringify(withHolidays.map((p) => p.hours))).not.toMatch(/<span|<br/);
    expect(JSON.stringify(result.points.find((p) => p.id === 'so-11365')?.hours)).toContain('Tous les bureaux d');
  });
});

describe('serviceontario adapter on crafted input', () => {
  it('fails the whole source when a required field is absent from every record', () => {
    const records = [location(1, 'LRO', '1 Stone Road West, Wellington - Land Registry Office #61')].map(
      ({ city: _city, ...rest }) => rest,
    );
    expect(() => serviceOntario(sourcesWith(records))).toThrow(/serviceontario_locations_api_dump_2019-10\.json: missing field\(s\): city/);
  });

  it('rejects an unknown type and a library without a named board, loading the rest', () => {
    const result = serviceOntario(
      sourcesWith([location(1, 'SO_CNTR', '1 Stone Road West'), location(2, 'KIOSK', '2 Main St'), location(3, 'LIBRARY', '3 Main St')]),
    );
    expect(result.points.map((p) => p.id)).toEqual(['so-1']);
    expect(result.rejects).toEqual([
      expect.objectContaining({ line: 2, field: 'locationType.code' }),
      expect.objectContaining({ line: 3, field: 'name' }),
    ]);
  });
});
