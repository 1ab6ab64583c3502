import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalogue } from './catalogue';
import { vacServiceId } from './vac-import';

const SOURCES_DIR = join(process.cwd(), 'data', 'sources');
const { catalogue, serviceById } = getCatalogue();

function departmentsById(): Map<number, { en: string; fr: string }> {
  const text = iconv.decode(readFileSync(join(SOURCES_DIR, 'federal-gc-departments-bilingual', 'departments_cp1252.csv')), 'win1252');
  const rows = new Map<number, { en: string; fr: string }>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    // Quoted cells (names with commas) are split by a small state machine rather than a CSV dependency.
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (const character of line) {
      if (character === '"') quoted = !quoted;
      else if (character === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += character;
    }
    cells.push(cell);
    const [id, , nameEn, nameFr] = cells;
    if (id !== undefined && nameEn !== undefined && nameFr !== undefined) rows.set(Number(id), { en: nameEn.trim(), fr: nameFr.trim() });
  }
  return rows;
}

describe('federal organization names', () => {
  it('match data/sources/federal-gc-departments-bilingual row for row', () => {
    const departments = departmentsById();
    const federal = catalogue.organizations.filter((organization) => organization.departmentsCsvId !== undefined);
    expect(federal.length).toBeGreaterThanOrEqual(5);
    for (const organization of federal) {
      expect(organization.legalName, organization.id).toEqual(departments.get(organization.departmentsCsvId ?? 0));
    }
  });
});

describe('Veterans Affairs import', () => {
  const raw = JSON.parse(readFileSync(join(SOURCES_DIR, 'federal-vac-benefits-directory', 'vac_benefits_directory_data.json'), 'utf8')) as {
    benefits: Array<{ id: string; vacNameEn: string; vacNameFr: string; benefitPageFr: string; needs: string[] }>;
    needs: Array<{ id: string; nameEn: string }>;
  };

  it('carries each benefit’s own names and French page from the file', () => {
    expect(raw.benefits).toHaveLength(51);
    for (const benefit of raw.benefits) {
      const service = serviceById.get(vacServiceId(benefit.vacNameEn));
      expect(service?.origin).toEqual({
        kind: 'imported',
        sourceId: 'federal-vac-benefits-directory',
        file: 'vac_benefits_directory_data.json',
        recordId: benefit.id,
      });
      expect(service?.name.en).toBe(benefit.vacNameEn.trim());
      expect(service?.name.fr.replace(/’/g, "'")).toBe(benefit.vacNameFr.trim().replace(/’/g, "'"));
      expect(service?.channels.online?.url.fr).toBe(benefit.benefitPageFr.trim());
      expect(service?.lifeEventIds).toContain('veterans-and-families');
    }
  });

  it('links benefits to other life events only where VAC’s needs say so', () => {
    const bereavement = raw.needs.find((need) => need.nameEn.trim() === 'Bereavement');
    for (const benefit of raw.benefits) {
      const service = serviceById.get(vacServiceId(benefit.vacNameEn));
      expect(service?.lifeEventIds.includes('death-of-a-loved-one')).toBe(benefit.needs.includes(bereavement?.id ?? ''));
    }
    expect(serviceById.get('vac-death-benefit')?.lifeEventIds).toContain('death-of-a-loved-one');
  });
});
