import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './encoding';
import { SOURCE_DESCRIPTION_FILE, readSourceDescription, sourceFile, sourceMeta } from './source-meta';
import { DECLARATION_FILE } from './sources/hsds-feed';
import { REAL_SOURCES_DIR, tempSourcesDir } from './test-support';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Licence names a description may cite only when its PROVENANCE.md names them too. */
const LICENCE_TERMS = [
  'Open Government Licence – Canada',
  'Open Government Licence – Toronto',
  'Open Government Licence – Vancouver',
  'Open Government Licence – British Columbia',
  'Statistics Canada Open Licence',
  'CC BY 4.0',
  'MIT',
  'Apache-2.0',
];

/** Open-data portals PROVENANCE.md may name by their name rather than their address. */
const PORTAL_NAMES: Record<string, string> = {
  'open.toronto.ca': 'City of Toronto Open Data',
  'opendata.vancouver.ca': 'City of Vancouver Open Data Portal',
};

/** Every bundled folder but HSDS feeds, which their hsds-feed.json describes. */
const folders = readdirSync(REAL_SOURCES_DIR)
  .filter((name) => statSync(join(REAL_SOURCES_DIR, name)).isDirectory() && !existsSync(join(REAL_SOURCES_DIR, name, DECLARATION_FILE)))
  .sort();

/** "2021-02" is stated as 2021-02…, "Feb 2021" or "February 2021"; a full date verbatim; a year as itself. */
function statesDate(provenance: string, date: string): boolean {
  const [year, month, day] = date.split('-');
  if (day !== undefined || month === undefined) return provenance.includes(date);
  const name = MONTHS[Number(month) - 1]!;
  return provenance.includes(`${year}-${month}`) || new RegExp(`\\b(${name}|${name.slice(0, 3)})\\.? ${year}\\b`).test(provenance);
}

describe('data/sources/<folder>/source.json', () => {
  it('is there for every source folder', () => {
    expect(folders.length).toBeGreaterThan(20);
    expect(folders.filter((folder) => !existsSync(join(REAL_SOURCES_DIR, folder, SOURCE_DESCRIPTION_FILE)))).toEqual([]);
  });

  describe.each(folders)('%s', (folder) => {
    const provenance = readFileSync(join(REAL_SOURCES_DIR, folder, 'PROVENANCE.md'), 'utf8');
    const description = readSourceDescription(REAL_SOURCES_DIR, folder);

    it('lists exactly the files of the folder, each named in PROVENANCE.md', () => {
      const present = readdirSync(join(REAL_SOURCES_DIR, folder)).filter(
        (name) => name !== 'PROVENANCE.md' && name !== SOURCE_DESCRIPTION_FILE,
      );
      expect(description.files.map((file) => file.name).sort()).toEqual(present.sort());
      for (const { name } of description.files) expect(provenance, name).toContain(name);
    });

    it('declares each file’s encoding as its bytes are, and as PROVENANCE.md states it', () => {
      for (const { name, encoding } of description.files) {
        const bytes = readFileSync(join(REAL_SOURCES_DIR, folder, name));
        expect(decodeBytes(bytes, name, encoding).encoding, name).toBe(encoding);
        if (encoding === 'cp1252') expect(provenance).toMatch(/1252/);
        if (encoding === 'utf-8-bom') expect(provenance).toMatch(/\bBOM\b/);
      }
    });

    it('takes its date, upstream address and licence from PROVENANCE.md', () => {
      expect(statesDate(provenance, description.sourceDate), description.sourceDate).toBe(true);
      if (description.upstreamUrl) {
        const url = new URL(description.upstreamUrl);
        // a GitHub address names the repository PROVENANCE.md gives; any other, a host or portal PROVENANCE.md names
        const repository = url.hostname === 'github.com' ? url.pathname.split('/').slice(1, 3).join('/') : undefined;
        const named = repository ? [repository] : [url.hostname, PORTAL_NAMES[url.hostname]].filter((name) => name !== undefined);
        expect(
          named.some((name) => provenance.includes(name)),
          description.upstreamUrl,
        ).toBe(true);
      }
      for (const term of LICENCE_TERMS.filter((t) => description.licence.name.includes(t))) expect(provenance, term).toContain(term);
      if (description.licence.url) expect(provenance).toContain(description.licence.url);
    });
  });
});

describe('sourceMeta', () => {
  it('gives adapters the description’s facts, its data files in order and its guard', () => {
    expect(sourceMeta(REAL_SOURCES_DIR, 'municipal-toronto-public-library-branches')).toEqual({
      id: 'municipal-toronto-public-library-branches',
      title: {
        en: 'Toronto Public Library branches and opening hours',
        fr: 'Succursales et heures d’ouverture de la Bibliothèque publique de Toronto',
      },
      publisher: 'Toronto Public Library (City of Toronto Open Data; hours scraped from tpl.ca in March 2026)',
      order: 'municipal',
      licence: 'Open Government Licence – Toronto (branch information); hours: none stated',
      sourceDate: '2026-03',
      upstreamUrl: 'https://open.toronto.ca/dataset/library-branch-general-information/',
      dir: 'municipal-toronto-public-library-branches',
      files: [
        { name: 'tpl_branch_general_information.json', encoding: 'utf-8' },
        { name: 'tpl_branch_hours_scraped_2026-03.json', encoding: 'utf-8' },
      ],
      guard: { maxRejectedShare: 0.15 },
    });
  });

  it('fails the source on a description that breaks the schema or sits in another folder', () => {
    const id = 'municipal-vancouver-community-centres';
    const real = JSON.parse(readFileSync(join(REAL_SOURCES_DIR, id, SOURCE_DESCRIPTION_FILE), 'utf8')) as Record<string, unknown>;
    const dir = tempSourcesDir({
      [`${id}/${SOURCE_DESCRIPTION_FILE}`]: JSON.stringify({ ...real, sourceDate: 'June 2024', title: { en: 'x' } }),
    });
    expect(() => sourceMeta(dir, id)).toThrow(`${id}/source.json: does not follow the source description schema: title.fr:`);
    expect(() => sourceMeta(dir, id)).toThrow(/sourceDate: YYYY, YYYY-MM or YYYY-MM-DD/);
    writeFileSync(join(dir, id, SOURCE_DESCRIPTION_FILE), JSON.stringify({ ...real, id: 'municipal-vancouver' }));
    expect(() => sourceMeta(dir, id)).toThrow(`${id}/source.json: id "municipal-vancouver" is not the folder's name`);
  });

  it('locates only the data files the description declares', () => {
    const meta = sourceMeta(REAL_SOURCES_DIR, 'indigenous-first-nations-inuit-communities-isc');
    expect(sourceFile('/sources', meta, 'Collectivite_Inuite_Inuit_Community_cp1252.csv')).toEqual({
      sourceId: 'indigenous-first-nations-inuit-communities-isc',
      path: join('/sources', 'indigenous-first-nations-inuit-communities-isc', 'Collectivite_Inuite_Inuit_Community_cp1252.csv'),
      file: 'indigenous-first-nations-inuit-communities-isc/Collectivite_Inuite_Inuit_Community_cp1252.csv',
      encoding: 'cp1252',
    });
    const library = sourceMeta(REAL_SOURCES_DIR, 'municipal-toronto-public-library-branches');
    expect(() => sourceFile('/sources', library, 'tpl_branch_general_information_data_dictionary.csv')).toThrow(
      'municipal-toronto-public-library-branches/source.json: does not declare the data file "tpl_branch_general_information_data_dictionary.csv"',
    );
  });
});
