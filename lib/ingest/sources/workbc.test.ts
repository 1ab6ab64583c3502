import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSourceDescription } from '../test-support';
import { SourceFailure } from '../errors';
import { WORKBC_SOURCE, phonesOf, workbc } from './workbc';

const SOURCES = join(process.cwd(), 'data/sources');
const REAL_CSV = readFileSync(join(SOURCES, WORKBC_SOURCE, 'workbc_service_centres_2022-11.csv'), 'utf8');

function sourcesWith(csv: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'workbc-'));
  withSourceDescription(dir, WORKBC_SOURCE);
  writeFileSync(join(dir, WORKBC_SOURCE, 'workbc_service_centres_2022-11.csv'), csv);
  return dir;
}

describe('workbc adapter on the real file', () => {
  const result = workbc(SOURCES);

  it('accounts for all 128 rows: 108 points, 20 French twins merged, none rejected', () => {
    expect(result.rowsRead).toBe(128);
    expect(result.points).toHaveLength(108);
    expect(result.enrich).toHaveLength(20);
    expect(result.rejects).toHaveLength(0);
  });

  it('merges the French twin into the English row even where the English row points at itself (223 ↔ 308)', () => {
    const point = result.points.find((p) => p.id === 'workbc-223');
    expect(point?.name).toEqual({ en: 'WorkBC Centre – Vancouver - East 3rd Ave', fr: 'Centre WorkBC – Vancouver - East 3rd Ave' });
    expect(point?.hours.data['fr:Hours4']).toBe('Jours fériés - fermé');
    expect(point?.provenance.map((p) => p.recordId)).toEqual(['223', '308']);
    expect(result.enrich.find((e) => e.mergeKey === 'workbc:223')?.line).toBe(119);
    expect(result.points.some((p) => p.id === 'workbc-308')).toBe(false);
  });

  it('keeps the French page phone when it differs (Abbotsford)', () => {
    const phones = result.points.find((p) => p.id === 'workbc-247')?.phones;
    expect(phones?.map((p) => p.number)).toEqual(['778-314-1003', '1-833-314-1030']);
  });

  it('drops the custom HTML: no <script>, <iframe> or markup anywhere in the output', () => {
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/<script|<iframe|<br|&nbsp;|querySelector/i);
    expect(result.points.find((p) => p.id === 'workbc-322')?.name.en).toBe('WorkBC Apprentice Services – Coquitlam');
    expect(result.points.filter((p) => p.offers[0]?.serviceId === 'workbc-assistive-technology-services')).toHaveLength(4);
  });

  it('leaves NULL cells out of the hours and address', () => {
    const portHardy = result.points.find((p) => p.id === 'workbc-198');
    expect(portHardy?.hours.data).toEqual({
      Hours1: '8:30 am to 4:30 pm Wednesday and Friday',
      Hours2: '9:30 am to 5:30 pm Thursday',
      Hours3: 'Statutory Holidays - Closed',
    });
    expect(JSON.stringify(result.points)).not.toContain('NULL');
    expect(result.points.find((p) => p.id === 'workbc-233')?.address.lines.en).toEqual(['11861 – 88th Avenue', 'Unit 310']);
  });

  it('drops an implausible phone (TBA) and an incomplete postal code (V8J 1B), keeping the point', () => {
    const rupert = result.points.find((p) => p.id === 'workbc-288');
    expect(rupert?.phones).toEqual([]);
    expect(result.points.find((p) => p.id === 'workbc-285')?.address.postalCode).toBeUndefined();
  });

  it('keeps only https links: http contractor sites dropped unless the host is seen with https', () => {
    for (const point of result.points) for (const url of Object.values(point.url ?? {})) expect(url).toMatch(/^https:\/\//);
    expect(result.points.find((p) => p.id === 'workbc-247')?.url?.en).toBe('https://workbccentre-abbotsford.ca');
    expect(result.points.find((p) => p.id === 'workbc-198')?.url).toBeUndefined();
  });
});

describe('workbc phones', () => {
  it('reads the shapes found in the file', () => {
    expect(phonesOf('250-286-3441 or Toll Free 1-866-286-6788')).toEqual([
      { number: '250-286-3441' },
      { number: '1-866-286-6788', label: { en: 'Toll-free', fr: 'Sans frais' } },
    ]);
    expect(phonesOf('250-545-2215 ext 230')).toEqual([{ number: '250-545-2215 ext. 230' }]);
    expect(phonesOf('(604) 639-1743')).toEqual([{ number: '604-639-1743' }]);
    expect(phonesOf('\u00a0250-726-4243')).toEqual([{ number: '250-726-4243' }]);
    expect(phonesOf('TBA')).toEqual([]);
  });
});

describe('workbc adapter on crafted input', () => {
  const header = REAL_CSV.split('\n')[0]!;
  const columns = header.split(',');
  const row = (values: Record<string, string>): string => columns.map((column) => JSON.stringify(values[column] ?? 'NULL')).join(',');
  const centre = (id: string, title: string, extra: Record<string, string> = {}): string =>
    row({
      WorkBCServiceCentreID: id,
      CentreTitle: title,
      Address1: '1 Main St',
      City: title,
      PostalCode: 'V0K 2E0',
      FrenchService: '0',
      Latitude: '50.1',
      Longitude: '-120.1',
      Hours1: '9:00 am to 4:00 pm Monday to Friday',
      LegacyURL: `https://www.workbc.ca/WorkBC-Centres/X/${title}.aspx`,
      ...extra,
    });

  it('fails the whole source when a required column is missing, naming file and column', () => {
    const withoutCity = [header.replace(',City,', ',Town,'), centre('1', 'Hope')].join('\n');
    expect(() => workbc(sourcesWith(withoutCity))).toThrow(SourceFailure);
    expect(() => workbc(sourcesWith(withoutCity))).toThrow(/workbc_service_centres_2022-11\.csv: missing column\(s\): City/);
  });

  it('rejects a row without an address with file:line and field, and loads the good rows', () => {
    const csv = [header, centre('1', 'Hope'), centre('2', 'Agassiz', { Address1: 'NULL' }), centre('3', 'Mission')].join('\n');
    const result = workbc(sourcesWith(csv));
    expect(result.points.map((p) => p.id)).toEqual(['workbc-1', 'workbc-3']);
    expect(result.rejects).toEqual([
      {
        sourceId: WORKBC_SOURCE,
        file: `${WORKBC_SOURCE}/workbc_service_centres_2022-11.csv`,
        line: 3,
        field: 'Address1',
        reason: 'Address1 is empty',
      },
    ]);
    expect(result.rowsRead).toBe(3);
  });

  it('rejects a French twin whose English row is missing', () => {
    const twin = centre('9', 'Hope', { FrenchService: '8', LegacyURL: 'https://www.workbc.ca/WorkBC-Centres/X/HopeEnFrancais.aspx' });
    const result = workbc(sourcesWith([header, twin].join('\n')));
    expect(result.points).toHaveLength(0);
    expect(result.rejects[0]).toMatchObject({ line: 2, field: 'FrenchService' });
  });
});
