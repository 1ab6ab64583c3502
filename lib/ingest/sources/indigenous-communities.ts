import type { Localized, Place, Reject } from '../../model/schema';
import type { Adapter } from '../contract';
import { readCsv } from '../csv';
import { rejectBuilder } from '../errors';
import { isInProvince, provinceAt } from '../../geo/provinces';
import { provenanceFor } from '../provenance';
import { normalizePostalCode } from '../text';
import { sourceFile, sourceMeta } from '../source-meta';
import { parseCoordinate, provinceCodeOf, provinceShapesFor } from './geo-common';

export const FIRST_NATIONS_FILE = 'Premiere_Nation_First_Nation.csv';
const INUIT_FILE = 'Collectivite_Inuite_Inuit_Community_cp1252.csv';

export const INDIGENOUS_COMMUNITIES_SOURCE = 'indigenous-first-nations-inuit-communities-isc';

/** The file gives one name per band, in English or French: French ones are recognisable by their article/noun order. */
export function firstNationName(bandName: string): Localized {
  const french =
    /^(premi[eè]res? nations?|nation|conseil|communaut[eé]|bande|les |la |le |mohawks? de)/i.test(bandName) ||
    /\b(des|du|de la)\b/i.test(bandName);
  return french ? { fr: bandName } : { en: bandName };
}

const NOT_APPLICABLE = /^(s\. ?o\.|n\/a|s\. ?o\. \/ n\/a)$/i;

/** Indigenous communities as places to search from (not service points). */
export const indigenousCommunities: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, INDIGENOUS_COMMUNITIES_SOURCE);
  const shapes = provinceShapesFor(sourcesDir);
  const places: Place[] = [];
  const rejects: Reject[] = [];

  const fnFile = sourceFile(sourcesDir, meta, FIRST_NATIONS_FILE);
  const fn = readCsv({ ...fnFile, requiredColumns: ['BAND_NUMBER', 'BAND_NAME', 'LONGITUDE', 'LATITUDE'] });
  rejects.push(...fn.rejects);
  const fnReject = rejectBuilder(meta.id, fnFile.file);
  const bandNumbers = new Set<string>();
  for (const { line, values } of fn.rows) {
    const band = values.BAND_NUMBER;
    const name = values.BAND_NAME;
    const lat = parseCoordinate(values.LATITUDE);
    const lon = parseCoordinate(values.LONGITUDE);
    if (!band) {
      rejects.push(fnReject(line, 'BAND_NUMBER', 'missing band number'));
      continue;
    }
    if (bandNumbers.has(band)) {
      rejects.push(fnReject(line, 'BAND_NUMBER', `duplicate band number ${band}`));
      continue;
    }
    if (!name) {
      rejects.push(fnReject(line, 'BAND_NAME', 'missing name'));
      continue;
    }
    if (lat === undefined || lon === undefined) {
      rejects.push(fnReject(line, 'LATITUDE', 'missing or non-numeric coordinates'));
      continue;
    }
    const hit = provinceAt(shapes, lat, lon);
    if (!hit) {
      rejects.push(
        fnReject(
          line,
          'LATITUDE',
          `(${lat}, ${lon}) is outside Canada${provinceAt(shapes, lon, lat) ? ' (latitude/longitude swapped?)' : ''}`,
        ),
      );
      continue;
    }
    bandNumbers.add(band);
    places.push({
      id: `fn-${band}`,
      name: firstNationName(name),
      altNames: [],
      kind: 'first-nation',
      province: hit.province,
      lat,
      lon,
      precision: 'locality',
      provenance: provenanceFor(meta, FIRST_NATIONS_FILE, band, line),
    });
  }

  const inuitFile = sourceFile(sourcesDir, meta, INUIT_FILE);
  const inuit = readCsv({
    ...inuitFile,
    requiredColumns: ['id', 'NAME', 'TRADITIONAL_NAME', 'POPULATION', 'PROVINCE_CODE', 'LONGITUDE', 'LATITUDE'],
  });
  rejects.push(...inuit.rejects);
  const inuitReject = rejectBuilder(meta.id, inuitFile.file);
  for (const { line, values } of inuit.rows) {
    const present = (v: string | undefined): string | undefined => (v && !NOT_APPLICABLE.test(v) ? v : undefined);
    const id = values.id;
    const name = present(values.NAME);
    const province = provinceCodeOf(values.PROVINCE_CODE);
    const lat = parseCoordinate(values.LATITUDE);
    const lon = parseCoordinate(values.LONGITUDE);
    const population = present(values.POPULATION) !== undefined ? Number(values.POPULATION) : undefined;
    if (!id || !name) {
      rejects.push(inuitReject(line, 'NAME', 'missing id or name'));
      continue;
    }
    if (!province) {
      rejects.push(
        inuitReject(line, 'PROVINCE_CODE', `no province for ${name} ("${values.PROVINCE_CODE ?? ''}"): closed or unlocated community`),
      );
      continue;
    }
    if (population === 0) {
      rejects.push(inuitReject(line, 'POPULATION', `${name} has population 0 (no permanent residents)`));
      continue;
    }
    if (lat === undefined || lon === undefined) {
      rejects.push(inuitReject(line, 'LATITUDE', 'missing or non-numeric coordinates'));
      continue;
    }
    if (!isInProvince(shapes, province, lat, lon)) {
      rejects.push(inuitReject(line, 'LATITUDE', `(${lat}, ${lon}) is not in ${province}`));
      continue;
    }
    const traditional = present(values.TRADITIONAL_NAME);
    places.push({
      id: `inuit-${id.toLowerCase()}`,
      name: { en: name, fr: name },
      altNames: traditional && traditional !== name ? [traditional] : [],
      kind: 'inuit-community',
      province,
      lat,
      lon,
      precision: 'locality',
      ...(population !== undefined && Number.isFinite(population) ? { population: Math.round(population) } : {}),
      ...(normalizePostalCode(values.POSTAL_CODE) ? { postalCodes: [normalizePostalCode(values.POSTAL_CODE)!] } : {}),
      provenance: provenanceFor(meta, INUIT_FILE, id, line),
    });
  }
  return { meta, organizations: [], services: [], points: [], places, enrich: [], rejects, rowsRead: fn.recordsRead + inuit.recordsRead };
};
