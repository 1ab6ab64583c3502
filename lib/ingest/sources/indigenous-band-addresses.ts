import type { Place, Reject } from '../../model/schema';
import type { Adapter } from '../contract';
import { readCsv } from '../csv';
import { rejectBuilder } from '../errors';
import { haversineKm } from '../../geo/distance';
import { provenanceFor } from '../provenance';
import { normalizePostalCode } from '../text';
import { matchKey } from '../../text/fold';
import { parseCoordinate, provinceCodeOf } from './geo-common';
import { sourceFile, sourceMeta } from '../source-meta';
import { FIRST_NATIONS_FILE, INDIGENOUS_COMMUNITIES_SOURCE } from './indigenous-communities';
import { SIMPLEMAPS_FILE, SIMPLEMAPS_SOURCE } from './geo-simplemaps';

const FILE = 'first_nations_band_mailing_addresses.csv';
/** A band's mailing code is placed at its community only when the post office's town is this close to it. */
export const MAX_KM_POST_OFFICE_TO_COMMUNITY = 25;

const SOURCE_ID = 'indigenous-first-nations-band-mailing-addresses';

const key = (name: string): string => matchKey(name).replace(/\b(st|ste)\b/g, (m) => (m === 'st' ? 'saint' : 'sainte'));

/**
 * Band mailing postal codes as searchable postal codes: joined by band number to ISC's community point. A code is
 * placed at the community when the mailing town is the community (or within 25 km of it); when the post office is in
 * a town farther away (Fort McKay's PO box in Fort McMurray), the code is placed at that town's gazetteer point,
 * because that is where the code is. Not a service point: these are mailing addresses (mostly PO boxes).
 */
export const indigenousBandAddresses: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, SOURCE_ID);
  const location = sourceFile(sourcesDir, meta, FILE);
  const csv = readCsv({ ...location, requiredColumns: ['Name', 'Band number', 'City', 'Province', 'Postal Code'] });
  const reject = rejectBuilder(meta.id, location.file);
  const rejects: Reject[] = [...csv.rejects];

  // Join tables (read, not imported: their own adapters import them).
  const communities = new Map<string, { name: string; lat: number; lon: number }>();
  const fnFile = sourceFile(sourcesDir, sourceMeta(sourcesDir, INDIGENOUS_COMMUNITIES_SOURCE), FIRST_NATIONS_FILE);
  const fn = readCsv({ ...fnFile, sourceId: meta.id, requiredColumns: ['BAND_NUMBER', 'BAND_NAME', 'LONGITUDE', 'LATITUDE'] });
  for (const { values } of fn.rows) {
    const lat = parseCoordinate(values.LATITUDE);
    const lon = parseCoordinate(values.LONGITUDE);
    if (values.BAND_NUMBER && values.BAND_NAME && lat !== undefined && lon !== undefined)
      communities.set(values.BAND_NUMBER, { name: values.BAND_NAME, lat, lon });
  }
  const towns = new Map<string, { name: string; lat: number; lon: number; population: number }>();
  const gazetteerFile = sourceFile(sourcesDir, sourceMeta(sourcesDir, SIMPLEMAPS_SOURCE), SIMPLEMAPS_FILE);
  const gaz = readCsv({ ...gazetteerFile, sourceId: meta.id, requiredColumns: ['city', 'province_id', 'lat', 'lng', 'population'] });
  for (const { values } of gaz.rows) {
    const lat = parseCoordinate(values.lat);
    const lon = parseCoordinate(values.lng);
    if (!values.city || lat === undefined || lon === undefined) continue;
    const k = `${values.province_id}:${key(values.city)}`;
    const population = Number(values.population ?? 0);
    if ((towns.get(k)?.population ?? -1) < population) towns.set(k, { name: values.city, lat, lon, population });
  }

  const places: Place[] = [];
  const seen = new Set<string>();
  let rowsRead = csv.recordsRead;
  for (const { line, values } of csv.rows) {
    const band = values['Band number'];
    const postal = values['Postal Code'] ? normalizePostalCode(values['Postal Code']) : undefined;
    const province = provinceCodeOf(values.Province);
    const city = values.City;
    if (!band && !values.Name && !city) {
      rowsRead -= 1;
      continue;
    } // the file's trailing empty row (",,,,,,,")
    if (!band) {
      rejects.push(reject(line, 'Band number', 'missing band number'));
      continue;
    }
    if (!postal || !province || !city) {
      rejects.push(reject(line, 'Postal Code', `band ${band} has no mailing address`));
      continue;
    }
    const community = communities.get(band);
    if (!community) {
      rejects.push(reject(line, 'Band number', `band ${band} is not in ISC's First Nations locations (no community point)`));
      continue;
    }
    const id = `postal-${postal.replace(' ', '').toLowerCase()}-band-${band}`;
    if (seen.has(id)) {
      rejects.push(reject(line, 'Band number', `duplicate band number ${band}`));
      continue;
    }
    seen.add(id);
    const town = towns.get(`${province}:${key(city)}`);
    const townKm = town ? haversineKm(town.lat, town.lon, community.lat, community.lon) : 0;
    const atTown = town !== undefined && townKm > MAX_KM_POST_OFFICE_TO_COMMUNITY;
    places.push({
      id,
      name: { en: postal, fr: postal },
      // where the code is: the community it serves, or the town whose post office holds the band's box
      altNames: [atTown ? town.name : community.name],
      kind: 'postal-code',
      province,
      lat: atTown ? town.lat : community.lat,
      lon: atTown ? town.lon : community.lon,
      precision: 'locality',
      postalCodes: [postal],
      provenance: provenanceFor(meta, FILE, band, line),
    });
  }
  return { meta, organizations: [], services: [], points: [], places, enrich: [], rejects, rowsRead };
};
