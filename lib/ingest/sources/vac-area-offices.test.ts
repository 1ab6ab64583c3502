import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSourceDescription } from '../test-support';
import { runPipeline } from '../pipeline';
import { geoProvinces } from './geo-provinces';
import { geoSimplemaps } from './geo-simplemaps';
import { VAC_AREA_OFFICES_SOURCE, VAC_AREA_OFFICE_SERVICES, parseAddress, vacAreaOffices } from './vac-area-offices';

const SOURCES = join(process.cwd(), 'data/sources');
const FILE = 'vac_benefits_directory_data_2019-02-22_with_area_offices.json';
const realFile = () =>
  JSON.parse(readFileSync(join(SOURCES, VAC_AREA_OFFICES_SOURCE, FILE), 'utf8')) as { areaOffices: Array<Record<string, unknown>> };

function sourcesWith(json: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'vac-'));
  withSourceDescription(dir, VAC_AREA_OFFICES_SOURCE);
  writeFileSync(join(dir, VAC_AREA_OFFICES_SOURCE, FILE), typeof json === 'string' ? json : JSON.stringify(json, null, 2));
  return dir;
}

describe('vac-area-offices adapter on the real file', () => {
  const result = vacAreaOffices(SOURCES);
  const byId = new Map(result.points.map((point) => [point.id, point]));

  it('reads the 38 area offices (not the older program arrays) and imports all of them', () => {
    expect(result.rowsRead).toBe(38);
    expect(result.points).toHaveLength(38);
    expect(result.rejects).toEqual([]);
    expect(result.organizations.map((organization) => organization.id)).toEqual(['gc-vac']);
    expect(result.services.map((service) => service.id)).toEqual([VAC_AREA_OFFICE_SERVICES]);
  });

  it('counts offices by province as PROVENANCE.md does, none in the territories', () => {
    const byProvince: Record<string, number> = {};
    for (const point of result.points) byProvince[point.address.province] = (byProvince[point.address.province] ?? 0) + 1;
    expect(byProvince).toEqual({ ON: 14, BC: 6, QC: 4, NB: 3, NS: 2, NL: 2, SK: 2, MB: 2, AB: 2, PE: 1 });
  });

  it('reads street, town and postal code from the English address (postal code in 16 of 38)', () => {
    expect(byId.get('vac-halifax')?.address).toEqual({
      lines: { en: ['7105 Chebucto Road, Suite 200'], fr: ['7105, route Chebucto, bureau 200'] },
      city: { en: 'Halifax', fr: 'Halifax' },
      province: 'NS',
      postalCode: 'B3L 4W8',
    });
    expect(byId.get('vac-calgary')?.address.lines.en).toEqual(['Bantrel Tower', '700 6th Avenue Southwest, 7th Floor']);
    expect(byId.get('vac-owen-sound')?.address.lines.en).toEqual(['Heritage Place Shopping Centre, 1350 16th Street East']);
    expect(byId.get('vac-peterborough')?.address).toMatchObject({
      lines: { en: ['1161 Crawford Drive', 'Suite 300'] },
      city: { en: 'Peterborough' },
      postalCode: 'K9J 6X6',
    });
    expect(byId.get('vac-toronto-sunnybrook')?.address).toMatchObject({
      lines: { fr: ['2075, avenue Bayview, K-Wing'] },
      city: { fr: 'Toronto' },
    });
    expect(result.points.filter((point) => point.address.postalCode)).toHaveLength(16);
  });

  it('keeps French text intact, with the French town names', () => {
    expect(byId.get('vac-quebec')).toMatchObject({
      name: { en: 'Veterans Affairs Canada – Quebec Office', fr: 'Anciens Combattants Canada – Bureau de Québec' },
      address: {
        lines: { fr: ['Complexe Samuel-Holland', '830, avenue Ernest-Gagnon', '3e étage, bureau 305'] },
        city: { en: 'Quebec', fr: 'Québec' },
      },
    });
    expect(byId.get('vac-charlottetown')?.address.lines.fr).toEqual(['Édifice Jean-Canfield', 'Rez-de-chaussée', '191, rue Great George']);
    expect(byId.get('vac-hamilton')?.name.fr).toBe("Anciens Combattants Canada – Bureau de secteur d'Hamilton");
  });

  it('does not show the French addresses PROVENANCE.md calls wrong, and uses the English postal code for Montréal', () => {
    for (const id of ['vac-victoria', 'vac-peterborough', 'vac-thunder-bay', 'vac-hamilton'])
      expect(byId.get(id)?.address.lines.fr, id).toBeUndefined();
    expect(byId.get('vac-montreal')?.address).toMatchObject({
      postalCode: 'H2Z 1X1',
      city: { fr: 'Montréal' },
      lines: { fr: ['305, boulevard René Lévesque Ouest, bureau 101'] },
    });
    const warned = result.warnings?.map((warning) => `${warning.line} ${warning.field} ${warning.reason.split(':')[0]}`);
    expect(warned).toEqual([
      '181 address_fr Montreal Office',
      '211 address_fr Hamilton Office',
      '286 address_fr Peterborough Office',
      '391 address_fr Thunder Bay Office',
      '571 address_fr Victoria Office',
    ]);
    expect(result.warnings?.[4]?.reason).toMatch(/lacks 1321/);
    expect(result.warnings?.every((warning) => warning.file === `${VAC_AREA_OFFICES_SOURCE}/${FILE}`)).toBe(true);
  });

  it('trims the stray spaces of the phone numbers: the two national toll-free lines everywhere', () => {
    for (const point of result.points) expect(point.phones?.map((phone) => phone.number)).toEqual(['1-866-522-2122', '1-866-522-2022']);
    expect(byId.get('vac-prince-george')?.phones?.[1]?.label).toEqual({
      en: 'Toll-free, service in French',
      fr: 'Sans frais, service en français',
    });
  });

  it('turns the string coordinates into numbers and passes the hours sentence verbatim to the VAC parser', () => {
    expect(byId.get('vac-halifax')?.sourceCoordinates).toEqual({ lat: 44.645, lon: -63.61998, placedBy: 'address' });
    expect(byId.get('vac-surrey')?.hours).toEqual({
      format: 'vac-office-hours',
      data: {
        office_hours_en: 'Monday to Friday, 8:30 to 4:30, local time. ',
        office_hours_fr: 'du lundi au vendredi, de 8 h 30 à 16 h 30, heure locale.',
      },
    });
    expect(byId.get('vac-halifax')?.provenance[0]).toMatchObject({ recordId: 'recJnuwZeHuejgCbE', line: 16, sourceDate: '2019-02-22' });
  });
});

describe('vac-area-offices through the pipeline', () => {
  // with the province outlines and the gazetteer, so that every pin is checked against its province and town
  const result = runPipeline({
    sourcesDir: SOURCES,
    adapters: [geoProvinces, geoSimplemaps, vacAreaOffices],
    today: '2026-11-24',
    builtAt: '2026-11-24T12:00:00.000Z',
  });
  const points = result.snapshot.servicePoints;

  it('keeps every source pin inside its own province and near its town, with the zone of the place', () => {
    expect(result.failures).toEqual([]);
    expect(result.accountingProblems).toEqual([]);
    expect(points).toHaveLength(38);
    for (const point of points) expect(point.coordinates, point.id).toMatchObject({ method: 'source', precision: 'exact' });
    const zone = (id: string) => points.find((point) => point.id === id)?.timeZone;
    expect([
      zone('vac-halifax'),
      zone('vac-st-johns'),
      zone('vac-regina'),
      zone('vac-winnipeg'),
      zone('vac-calgary'),
      zone('vac-vancouver'),
    ]).toEqual(['America/Halifax', 'America/St_Johns', 'America/Regina', 'America/Winnipeg', 'America/Edmonton', 'America/Vancouver']);
  });

  it('gives every office weekdays 08:30–16:30 with the federal holiday calendar', () => {
    for (const point of points) {
      expect(point.schedule.status).toBe('structured');
      expect(point.schedule.weekly.map((w) => `${w.day} ${w.opens}-${w.closes}`)).toEqual([
        '1 08:30-16:30',
        '2 08:30-16:30',
        '3 08:30-16:30',
        '4 08:30-16:30',
        '5 08:30-16:30',
      ]);
      expect(point.schedule.holidays.calendar).toBe('federal');
    }
    expect(result.snapshot.servicesAtLocations.filter((record) => record.serviceId === VAC_AREA_OFFICE_SERVICES)).toHaveLength(38);
  });
});

describe('vac-area-offices adapter on crafted input', () => {
  it('fails the whole source when the file has no areaOffices array (a later data.json)', () => {
    const { areaOffices: _dropped, ...later } = realFile();
    expect(() => vacAreaOffices(sourcesWith(later))).toThrow(/expected a JSON object with an areaOffices array/);
  });

  it('fails the whole source when it is cut off', () => {
    expect(() => vacAreaOffices(sourcesWith(JSON.stringify(realFile(), null, 2).slice(0, 5000)))).toThrow(/invalid or truncated JSON/);
  });

  it('rejects bad records with their line and field, and loads the others', () => {
    const [first, second, third, fourth] = realFile().areaOffices;
    const badCoordinate = { ...second, lat: 'n/a' };
    const territory = { ...third, province_en: 'Atlantis' };
    const duplicate = { ...fourth, id: first!.id };
    const result = vacAreaOffices(sourcesWith({ areaOffices: [first, badCoordinate, territory, duplicate] }));
    expect(result.points.map((point) => point.id)).toEqual(['vac-halifax']);
    expect(result.rejects.map((reject) => [reject.line, reject.field])).toEqual([
      [31, 'lat'],
      [46, 'province_en'],
      [61, 'id'],
    ]);
  });

  it('parses addresses in both languages', () => {
    expect(parseAddress('100 Lafontaine Street,  Chicoutimi, QC  G7H 6X2')).toEqual({
      lines: ['100 Lafontaine Street'],
      city: 'Chicoutimi',
      postalCode: 'G7H 6X2',
    });
    expect(parseAddress('305, boulevard René Lévesque Ouest, bureau 101  Montréal, (Québec) H2A 1X1', 'Montreal')).toEqual({
      lines: ['305, boulevard René Lévesque Ouest, bureau 101'],
      city: 'Montréal',
      postalCode: 'H2A 1X1',
    });
    expect(parseAddress('10 Somewhere Street  Elsewhere (Ontario)', 'Toronto')).toBeUndefined();
  });
});
