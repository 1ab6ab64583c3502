import type { Place, Reject } from '../../model/schema';
import type { Adapter } from '../contract';
import { readCsv } from '../csv';
import { rejectBuilder } from '../errors';
import { isInProvince, provinceAt } from '../../geo/provinces';
import { provenanceFor } from '../provenance';
import { sourceFile, sourceMeta } from '../source-meta';
import { parseCoordinate, provinceCodeOf, provinceShapesFor } from './geo-common';

export const SIMPLEMAPS_FILE = 'canadacities.csv';
export const SIMPLEMAPS_SOURCE = 'geo-canadian-cities-simplemaps';

const KIND_BY_RANKING: Record<string, Place['kind']> = { '1': 'city', '2': 'city', '3': 'town', '4': 'municipality' };

/** Gazetteer of towns: the places residents search from and the reference point for each stated town. */
export const geoSimplemaps: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, SIMPLEMAPS_SOURCE);
  const location = sourceFile(sourcesDir, meta, SIMPLEMAPS_FILE);
  const shapes = provinceShapesFor(sourcesDir);
  const csv = readCsv({ ...location, requiredColumns: ['city', 'city_ascii', 'province_id', 'lat', 'lng', 'population', 'ranking', 'id'] });
  const reject = rejectBuilder(meta.id, location.file);
  const rejects: Reject[] = [...csv.rejects];
  const places: Place[] = [];
  const seen = new Set<string>();
  for (const { line, values } of csv.rows) {
    const name = values.city;
    const province = provinceCodeOf(values.province_id);
    const lat = parseCoordinate(values.lat);
    const lon = parseCoordinate(values.lng);
    const id = values.id;
    if (!id) {
      rejects.push(reject(line, 'id', 'missing id'));
      continue;
    }
    if (seen.has(id)) {
      rejects.push(reject(line, 'id', `duplicate id ${id}`));
      continue;
    }
    if (!name) {
      rejects.push(reject(line, 'city', 'missing name'));
      continue;
    }
    if (!province) {
      rejects.push(reject(line, 'province_id', `unknown province "${values.province_id ?? ''}"`));
      continue;
    }
    if (lat === undefined || lon === undefined) {
      rejects.push(reject(line, 'lat', 'missing or non-numeric coordinates'));
      continue;
    }
    const hit = provinceAt(shapes, lat, lon);
    if (!hit) {
      rejects.push(
        reject(line, 'lat', `(${lat}, ${lon}) is outside Canada${provinceAt(shapes, lon, lat) ? ' (latitude/longitude swapped?)' : ''}`),
      );
      continue;
    }
    if (!isInProvince(shapes, province, lat, lon)) {
      rejects.push(reject(line, 'lat', `(${lat}, ${lon}) is in ${hit.province}, not ${province}`));
      continue;
    }
    seen.add(id);
    const population = values.population !== undefined ? Math.round(Number(values.population)) : undefined;
    const ascii = values.city_ascii;
    places.push({
      id: `gaz-${id}`,
      name: { en: name, fr: name },
      altNames: ascii && ascii !== name ? [ascii] : [],
      kind: KIND_BY_RANKING[values.ranking ?? ''] ?? 'municipality',
      province,
      lat,
      lon,
      precision: 'locality',
      ...(population !== undefined && Number.isFinite(population) ? { population } : {}),
      // the FSAs the place lies in: the communities offered for a rural FSA
      ...(values.postal?.trim() ? { postalCodes: values.postal.trim().split(/\s+/) } : {}),
      provenance: provenanceFor(meta, SIMPLEMAPS_FILE, id, line),
    });
  }
  return { meta, organizations: [], services: [], points: [], places, enrich: [], rejects, rowsRead: csv.recordsRead };
};
