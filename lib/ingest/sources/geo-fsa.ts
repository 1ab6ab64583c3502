import type { Place, ProvinceCode, Reject } from '../../model/schema';
import type { Adapter, SourceMeta } from '../contract';
import { readCsv, type CsvRow } from '../csv';
import { rejectBuilder } from '../errors';
import { isInProvince } from '../../geo/provinces';
import { provenanceFor } from '../provenance';
import { sourceFile, sourceMeta } from '../source-meta';
import { parseCoordinate, provinceCodeOf, provinceShapesFor } from './geo-common';

const PYPOSTALCODE_FILE = 'ca_fsa_centroids.csv';
const GEONAMES_FILE = 'geonames_CA_postal_fsa.tsv';

const PYPOSTALCODE_SOURCE = 'geo-fsa-centroids-pypostalcode';
const GEONAMES_SOURCE = 'geo-fsa-centroids-geonames';

interface FsaFields {
  fsa?: string;
  name?: string;
  province?: string;
  lat?: string;
  lon?: string;
}

function fsaPlaces(
  sourcesDir: string,
  meta: SourceMeta,
  fileName: string,
  rows: CsvRow[],
  fields: (row: CsvRow) => FsaFields,
  rejects: Reject[],
): Place[] {
  const shapes = provinceShapesFor(sourcesDir);
  const reject = rejectBuilder(meta.id, `${meta.dir}/${fileName}`);
  const places: Place[] = [];
  for (const row of rows) {
    const { fsa, name, province: provinceText, lat: latText, lon: lonText } = fields(row);
    const code = fsa?.toUpperCase();
    const province: ProvinceCode | undefined = provinceCodeOf(provinceText);
    const lat = parseCoordinate(latText);
    const lon = parseCoordinate(lonText);
    if (!code || !/^[A-Z]\d[A-Z]$/.test(code)) {
      rejects.push(reject(row.line, 'fsa', `not an FSA: "${fsa ?? ''}"`));
      continue;
    }
    if (code === 'H0H') {
      rejects.push(reject(row.line, 'fsa', 'H0H is the reserved Santa Claus code (latitude 90), not a place'));
      continue;
    }
    if (!province) {
      rejects.push(reject(row.line, 'province', `unknown province "${provinceText ?? ''}"`));
      continue;
    }
    if (lat === undefined || lon === undefined) {
      rejects.push(reject(row.line, 'latitude', 'missing or non-numeric coordinates'));
      continue;
    }
    if (!isInProvince(shapes, province, lat, lon)) {
      rejects.push(reject(row.line, 'latitude', `(${lat}, ${lon}) is not in ${province}`));
      continue;
    }
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
  const meta = sourceMeta(sourcesDir, PYPOSTALCODE_SOURCE);
  const csv = readCsv({
    ...sourceFile(sourcesDir, meta, PYPOSTALCODE_FILE),
    requiredColumns: ['fsa', 'city', 'province', 'latitude', 'longitude'],
  });
  const rejects = [...csv.rejects];
  const places = fsaPlaces(
    sourcesDir,
    meta,
    PYPOSTALCODE_FILE,
    csv.rows,
    ({ values }) => ({
      fsa: values.fsa,
      name: values.city,
      province: values.province,
      lat: values.latitude,
      lon: values.longitude,
    }),
    rejects,
  );
  return { meta, organizations: [], services: [], points: [], places, enrich: [], rejects, rowsRead: csv.recordsRead };
};

const GEONAMES_COLUMNS = [
  'country_code',
  'postal_code',
  'place_name',
  'admin_name1',
  'admin_code1',
  'admin_name2',
  'admin_code2',
  'admin_name3',
  'admin_code3',
  'latitude',
  'longitude',
  'accuracy',
];

/**
 * GeoNames FSA points: fills FSAs newer than the 2011 StatCan list. Lines for FSAs already placed (and repeated
 * lines such as L9X ×4) are merged into the first place by id in the pipeline.
 */
export const geoFsaGeonames: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, GEONAMES_SOURCE);
  const csv = readCsv({
    ...sourceFile(sourcesDir, meta, GEONAMES_FILE),
    requiredColumns: [],
    delimiter: '\t',
    headerless: GEONAMES_COLUMNS,
  });
  const rejects = [...csv.rejects];
  const places = fsaPlaces(
    sourcesDir,
    meta,
    GEONAMES_FILE,
    csv.rows,
    ({ values }) => ({
      fsa: values.postal_code,
      name: values.place_name,
      province: values.admin_code1,
      lat: values.latitude,
      lon: values.longitude,
    }),
    rejects,
  );
  return { meta, organizations: [], services: [], points: [], places, enrich: [], rejects, rowsRead: csv.recordsRead };
};
