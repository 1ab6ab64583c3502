import { join } from 'node:path';
import type { Place, ProvinceCode, Reject } from '../../model/schema';
import type { Adapter, SourceMeta } from '../contract';
import { readCsv, type CsvRow } from '../csv';
import { rejectBuilder } from '../errors';
import { isInProvince } from '../../geo/provinces';
import { provenanceFor } from '../provenance';
import { parseCoordinate, provinceCodeOf, provinceShapesFor } from './geo-common';

const PYPOSTALCODE_FILE = 'ca_fsa_centroids.csv';
const GEONAMES_FILE = 'geonames_CA_postal_fsa.tsv';

export const PYPOSTALCODE_META: SourceMeta = {
  id: 'geo-fsa-centroids-pypostalcode',
  title: { en: 'FSA centroids (Statistics Canada 2011 boundary file, via pypostalcode)', fr: 'Centroïdes des RTA (fichier des limites 2011 de Statistique Canada, via pypostalcode)' },
  publisher: 'Statistics Canada (centroids computed by pypostalcode)',
  order: 'federal',
  licence: 'Statistics Canada Open Licence (data); MIT (package)',
  sourceDate: '2011',
  upstreamUrl: 'http://www12.statcan.gc.ca/census-recensement/2011/geo/bound-limit/bound-limit-2011-eng.cfm',
  dir: 'geo-fsa-centroids-pypostalcode',
  files: [PYPOSTALCODE_FILE],
};

export const GEONAMES_META: SourceMeta = {
  id: 'geo-fsa-centroids-geonames',
  title: { en: 'FSA points (GeoNames CA postal codes)', fr: 'Points des RTA (codes postaux GeoNames CA)' },
  publisher: 'GeoNames',
  order: 'community',
  licence: 'CC BY 4.0 (GeoNames)',
  sourceDate: '2021-02',
  upstreamUrl: 'https://download.geonames.org/export/zip/CA.zip',
  dir: 'geo-fsa-centroids-geonames',
  files: [GEONAMES_FILE],
};

interface FsaFields {
  fsa?: string;
  name?: string;
  province?: string;
  lat?: string;
  lon?: string;
}

function fsaPlaces(sourcesDir: string, meta: SourceMeta, fileName: string, rows: CsvRow[], fields: (row: CsvRow) => FsaFields, rejects: Reject[]): Place[] {
  const shapes = provinceShapesFor(sourcesDir);
  const reject = rejectBuilder(meta.id, `${meta.dir}/${fileName}`);
  const places: Place[] = [];
  for (const row of rows) {
    const { fsa, name, province: provinceText, lat: latText, lon: lonText } = fields(row);
    const code = fsa?.toUpperCase();
    const province: ProvinceCode | undefined = provinceCodeOf(provinceText);
    const lat = parseCoordinate(latText);
    const lon = parseCoordinate(lonText);
    if (!code || !/^[A-Z]\d[A-Z]$/.test(code)) { rejects.push(reject(row.line, 'fsa', `not an FSA: "${fsa ?? ''}"`)); continue; }
    if (code === 'H0H') { rejects.push(reject(row.line, 'fsa', 'H0H is the reserved Santa Claus code (latitude 90), not a place')); continue; }
    if (!province) { rejects.push(reject(row.line, 'province', `unknown province "${provinceText ?? ''}"`)); continue; }
    if (lat === undefined || lon === undefined) { rejects.push(reject(row.line, 'latitude', 'missing or non-numeric coordinates')); continue; }
    if (!isInProvince(shapes, province, lat, lon)) { rejects.push(reject(row.line, 'latitude', `(${lat}, ${lon}) is not in ${province}`)); continue; }
    places.push({
      id: `fsa-${code.toLowerCase()}`,
      name: { en: code, fr: code },
      altNames: name ? [name] : [],
      kind: 'fsa',
      province,
      lat,
      lon,
      precision: 'postal-code',
      provenance: provenanceFor(meta, fileName, code, row.line),
    });
  }
  return places;
}

/** StatCan FSA polygon centroids: the primary FSA point (listed before GeoNames in the registry, so it wins). */
export const geoFsaPypostalcode: Adapter = (sourcesDir) => {
  const meta = PYPOSTALCODE_META;
  const csv = readCsv({
    sourceId: meta.id,
    path: join(sourcesDir, meta.dir, PYPOSTALCODE_FILE),
    file: `${meta.dir}/${PYPOSTALCODE_FILE}`,
    requiredColumns: ['fsa', 'city', 'province', 'latitude', 'longitude'],
  });
  const rejects = [...csv.rejects];
  const places = fsaPlaces(sourcesDir, meta, PYPOSTALCODE_FILE, csv.rows, ({ values }) => ({
    fsa: values.fsa, name: values.city, province: values.province, lat: values.latitude, lon: values.longitude,
  }), rejects);
  return { meta, organizations: [], services: [], points: [], places, enrich: [], rejects, rowsRead: csv.recordsRead };
};

const GEONAMES_COLUMNS = ['country_code', 'postal_code', 'place_name', 'admin_name1', 'admin_code1', 'admin_name2', 'admin_code2', 'admin_name3', 'admin_code3', 'latitude', 'longitude', 'accuracy'];

/**
 * GeoNames FSA points: fills FSAs newer than the 2011 StatCan list. Lines for FSAs already placed (and repeated
 * lines such as L9X ×4) are merged into the first place by id in the pipeline.
 */
export const geoFsaGeonames: Adapter = (sourcesDir) => {
  const meta = GEONAMES_META;
  const file = `${meta.dir}/${GEONAMES_FILE}`;
  const csv = readCsvWithoutHeader(join(sourcesDir, meta.dir, GEONAMES_FILE), file, meta.id);
  const rejects = [...csv.rejects];
  const places = fsaPlaces(sourcesDir, meta, GEONAMES_FILE, csv.rows, ({ values }) => ({
    fsa: values.postal_code, name: values.place_name, province: values.admin_code1, lat: values.latitude, lon: values.longitude,
  }), rejects);
  return { meta, organizations: [], services: [], points: [], places, enrich: [], rejects, rowsRead: csv.recordsRead };
};

function readCsvWithoutHeader(path: string, file: string, sourceId: string): ReturnType<typeof readCsv> {
  const parsed = readCsv({ sourceId, path, file, requiredColumns: [], delimiter: '\t', headerless: GEONAMES_COLUMNS });
  return parsed;
}
