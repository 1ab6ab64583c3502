import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSourceDescription } from '../test-support';
import { TORONTO_LIBRARY_SOURCE, streetLines, torontoLibrary } from './toronto-library';

const SOURCES = join(process.cwd(), 'data/sources');

function sourcesWith(branches: unknown, hours: unknown = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'tpl-'));
  withSourceDescription(dir, TORONTO_LIBRARY_SOURCE);
  writeFileSync(join(dir, TORONTO_LIBRARY_SOURCE, 'tpl_branch_general_information.json'), JSON.stringify(branches));
  writeFileSync(join(dir, TORONTO_LIBRARY_SOURCE, 'tpl_branch_hours_scraped_2026-03.json'), JSON.stringify(hours));
  return dir;
}
const branch = (code: string, extra: Record<string, unknown> = {}) => ({
  BranchCode: code,
  PhysicalBranch: 1,
  BranchName: code,
  Address: '1 Main St, Toronto, ON, M5V 1A1',
  PostalCode: 'M5V 1A1',
  Website: 'https://www.tpl.ca/x',
  Telephone: '416-393-7000',
  Lat: '43.65',
  Long: '-79.38',
  ...extra,
});

describe('toronto-library adapter on the real files', () => {
  const result = torontoLibrary(SOURCES);

  it('reads 112 records: 100 branches, 12 non-physical services rejected', () => {
    expect(result.rowsRead).toBe(112);
    expect(result.points).toHaveLength(100);
    expect(result.rejects).toHaveLength(12);
    expect(result.rejects.every((r) => r.field === 'PhysicalBranch')).toBe(true);
    expect(result.rejects.map((r) => r.reason).join('\n')).toMatch(/ME "Merril Collection"/);
  });

  it('passes "12am – 12am" (closed) through verbatim for the tpl-weekly parser', () => {
    const centennial = result.points.find((p) => p.id === 'tpl-ce');
    expect(centennial?.hours.format).toBe('tpl-weekly');
    expect(Object.values(centennial?.hours.data ?? {})).toEqual(Array(7).fill('12am – 12am'));
    const albion = result.points.find((p) => p.id === 'tpl-ab');
    expect(albion?.hours.data).toMatchObject({ Monday: '9am – 8:30pm', Sunday: '12pm – 5pm' });
  });

  it('gives Junction Triangle (no scraped hours) no hours rather than invented ones', () => {
    expect(result.points.find((p) => p.id === 'tpl-jt')?.hours).toEqual({ format: 'none', data: {} });
    expect(result.points.filter((p) => p.hours.format === 'tpl-weekly')).toHaveLength(99);
  });

  it('strips the locality from addresses, keeping mall names as a line', () => {
    expect(streetLines('Bridlewood Mall, 157A-2900 Warden Avenue, Toronto, ON, M1W 2S8')).toEqual([
      'Bridlewood Mall',
      '157A-2900 Warden Avenue',
    ]);
    expect(streetLines('305 Campbell Avenue, Toronto, ON M6P 3V7')).toEqual(['305 Campbell Avenue']);
  });
});

describe('toronto-library adapter on crafted input', () => {
  it('fails the whole source when a required field is absent from every record', () => {
    const withoutCode = [branch('AB')].map(({ BranchCode: _code, ...rest }) => rest);
    expect(() => torontoLibrary(sourcesWith(withoutCode))).toThrow(/tpl_branch_general_information\.json: missing field\(s\): BranchCode/);
  });

  it('rejects a bad record with its position and field while the others load', () => {
    const result = torontoLibrary(
      sourcesWith([branch('AB'), branch('BB', { BranchName: '' }), branch('CC')], { AB: { Monday: '9am – 5pm' } }),
    );
    expect(result.points.map((p) => p.id)).toEqual(['tpl-ab', 'tpl-cc']);
    expect(result.rejects).toEqual([expect.objectContaining({ line: 2, field: 'BranchName' })]);
  });
});
